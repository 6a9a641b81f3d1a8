import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type IR } from '@connspec/core';
import { javaSettings, javaTypeNames } from '@connspec/generator-java';
import { moduleParts } from '../../../packages/connspec/src/targets/python/paths.js';
import { checkModels, type ModelCheckResult } from '../../../tools/python/python.js';
import { compileJava, runJob, type CaseResult } from '../../../tools/java/maven.js';
import { generate } from '../../support/generate.js';
import { reportByFile, reportOf, tscStrict } from '../../support/tsc.js';
import { tempConfig } from '../../support/workspace.js';
import { PACKAGE, pythonModules } from '../python/support.js';
import { asciiEscaped, CHARS, escapeSource, HOSTILE_CONFIG, PATH, TAG, valuesOf, WELL_FORMED } from './cases.js';

/**
 * The values of escape.test.ts's hostile schema survive each language: TypeScript compiles under
 * `tsc --strict` with literal types equal to the values (and not to the value without its character)
 * and its enum arrays evaluate to them; the Pydantic models import, accept exactly the values and
 * carry titles, descriptions, aliases and enum members unchanged; Java compiles with -Werror (one
 * javac run) and Jackson + Bean Validation accept exactly the values and write them back unchanged.
 */
let out: string;
let ir: IR;
const I = CHARS.map((_, i) => i);
const CONNECTION = 'EscapeConnection';

/** Every value in place, and per character the value without it, where the schema must reject that. */
function samples(indices: readonly number[] = I): { id: string; value: Record<string, unknown> }[] {
  const full: Record<string, unknown> = { type: TAG };
  for (const i of indices) {
    const v = valuesOf(i);
    Object.assign(full, { [`e${i}`]: v.enumValue, [v.key]: v.example, [`c${i}`]: v.constValue, [`r${i}`]: v.match, [`f${i}`]: v.definitionValue });
  }
  const without = indices.flatMap((i) => {
    const wrong = [['enum', `e${i}`, 'v'], ['const', `c${i}`, 'c'], ['pattern', `r${i}`, 'r'], ['ref', `f${i}`, 'd'], ...(valuesOf(i).key !== `k${i}` ? [['key', `k${i}`, 'k']] : [])];
    return wrong.map(([what, key, value]) => ({ id: `${what}-${i}`, value: { type: TAG, [key ?? '']: value } }));
  });
  return [{ id: 'full', value: full }, { id: 'defaults', value: { type: TAG } }, ...without];
}

/**
 * Assignments that compile only if each literal type is exactly the value (the test's own `\\u`
 * escapes), and `@ts-expect-error` ones that compile only if the value without its character is not.
 */
function typeChecks(head: string): string {
  const lines = [head, ''];
  for (const i of I) {
    const v = valuesOf(i);
    const pairs: [string, string, string][] = [[`e${i}`, v.enumValue, 'v'], [`c${i}`, v.constValue, 'c'], [`f${i}`, v.definitionValue, 'd']];
    for (const [key, value, stripped] of pairs) {
      lines.push(`export const ${key}: C['${key}'] = "${asciiEscaped(value)}";`, '// @ts-expect-error the character is part of the value', `export const ${key}x: C['${key}'] = "${stripped}";`);
    }
    lines.push(`export const k${i}: C["${asciiEscaped(v.key)}"] = "";`);
    if (v.key !== `k${i}`) lines.push('// @ts-expect-error the character is part of the name', `export const k${i}x: C["k${i}"] = "";`);
  }
  return `${lines.join('\n')}\n`;
}

const rejected = (indices?: readonly number[]): string[] => samples(indices).slice(2).map((s) => s.id);

/** The definitions' declarations (`D<char>ef<i>`), by index. */
function definitionNames(indices: readonly number[] = I): string[] {
  return indices.map((i) => ir.declarations.get(`${PATH}#/definitions/${valuesOf(i).definition}`)?.name ?? `missing ${i}`);
}

beforeAll(async () => {
  const config = tempConfig(HOSTILE_CONFIG);
  await generate(config, ['typescript', 'openapi', 'java'], [escapeSource()]);
  const analysis = await analyse(config, [escapeSource()]);
  if (!analysis.ir) throw new Error('no IR');
  ir = analysis.ir;
  out = config.outDir;
}, 300_000);

/** Both check modules (ours and openapi-typescript's) in one tsc --strict program; its report by file, once. */
let tsReport: Map<string, string> | undefined;
function typecheck(): Map<string, string> {
  if (tsReport) return tsReport;
  writeFileSync(join(out, 'typescript', 'escape-check.ts'), typeChecks(`import type { ${CONNECTION} as C } from './${PATH.replace(/\.json$/, '')}.js';`));
  const head = `import type { components } from './connspec.openapi.js';\ntype C = components['schemas']['${CONNECTION}'];`;
  writeFileSync(join(out, 'openapi', 'escape-check.ts'), typeChecks(head));
  tsReport = reportByFile(out, tscStrict(out, ['typescript/**/*.ts', 'openapi/**/*.ts']));
  return tsReport;
}

describe('typescript keeps every value', () => {
  it('compiles under --strict with literal types that are exactly the values', () => {
    expect(reportOf(typecheck(), (f) => !f.startsWith('openapi/'))).toBe('');
  });

  it("so do openapi-typescript's types (from the OpenAPI document)", () => {
    expect(reportOf(typecheck(), (f) => f.startsWith('openapi/'))).toBe('');
  });

  it('evaluates each definition enum to its value', () => {
    const text = readFileSync(join(out, 'typescript', PATH.replace(/\.json$/, '.ts')), 'utf8');
    const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const exports: Record<string, unknown> = {};
    new Function('exports', js)(exports);
    expect(definitionNames().map((name) => exports[name])).toEqual(I.map((i) => [valuesOf(i).definitionValue]));
  });
});

describe('python keeps every value (but a lone surrogate, which Pydantic cannot hold)', () => {
  let result: ModelCheckResult;
  const module = moduleParts(PATH).join('.');

  beforeAll(async () => {
    const config = tempConfig(HOSTILE_CONFIG);
    await generate(config, ['python'], [escapeSource(WELL_FORMED)]);
    const dir = join(config.outDir, 'python');
    const describeAlso = [CONNECTION, ...definitionNames(WELL_FORMED)].map((name) => ({ module, class: name }));
    result = checkModels(dir, PACKAGE, pythonModules(join(dir, PACKAGE)), samples(WELL_FORMED).map((s) => ({ ...s, module, class: CONNECTION })), describeAlso);
  }, 300_000);

  it('imports every module', () => {
    expect(result.imports.filter((i) => !i.ok)).toEqual([]);
  });

  it('accepts the values, round-trips them, fills the defaults, and rejects each value without its character', () => {
    const byId = new Map(result.samples.map((s) => [s.id, s]));
    const full = samples(WELL_FORMED)[0]?.value;
    expect(byId.get('full')).toMatchObject({ accepted: true, acceptedJson: true, roundTrip: true, dumped: full });
    expect(byId.get('defaults')?.dumpedFull).toMatchObject(Object.fromEntries(WELL_FORMED.map((i) => [`e${i}`, valuesOf(i).enumValue])));
    expect(rejected(WELL_FORMED).filter((id) => byId.get(id)?.accepted !== false || byId.get(id)?.acceptedJson !== false)).toEqual([]);
  });

  it('keeps docstrings, aliases, titles, descriptions and enum members unchanged', () => {
    const [model, ...definitions] = result.describe;
    expect(model?.doc).toContain(`root ${WELL_FORMED.map((i) => CHARS[i]?.char).join('|')}`);
    const fields = Object.values(model?.fields ?? {});
    for (const i of WELL_FORMED) {
      const v = valuesOf(i);
      expect(fields.find((f) => f.alias === v.key), `alias ${CHARS[i]?.name}`).toBeDefined();
      expect(model?.fields?.[`e${i}`], CHARS[i]?.name).toMatchObject({ title: v.title, description: v.description });
    }
    expect(definitions.map((d) => Object.values(d.members ?? {}))).toEqual(WELL_FORMED.map((i) => [valuesOf(i).definitionValue]));
  });
});

describe('java keeps every value', () => {
  let results: Map<string, CaseResult>;

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'connspec-escape-java-'));
    const built = compileJava(join(out, 'java/src/main/java'), join(work, 'build'));
    const fqcn = javaTypeNames(ir, javaSettings({})).get(ir.files.find((f) => f.path === PATH)?.root ?? '') ?? '';
    const cases = samples().map((s) => {
      const file = join(work, `${s.id}.json`);
      writeFileSync(file, JSON.stringify(s.value));
      return { id: s.id, class: fqcn, file };
    });
    results = new Map(runJob(built, work, { cases }).cases.map((r) => [r.id, r]));
  }, 600_000);

  // The Runner's stdout (UTF-8) cannot carry a lone surrogate back, so its values are compared as accepted
  // only: `full` holds it in an enum, a const and a pattern, each of which rejects the value without it.
  it('compiles with -Werror, accepts the values and writes them back unchanged, with the defaults', () => {
    expect(results.get('full')?.accepted).toBe(true);
    expect(results.get('full')?.output).toMatchObject(samples(WELL_FORMED)[0]?.value ?? {});
    // The defaults read back through the getters; the contract writes only what was set.
    expect(results.get('defaults')?.read).toMatchObject({ type: TAG, ...Object.fromEntries(WELL_FORMED.map((i) => [`e${i}`, valuesOf(i).enumValue])) });
    expect(results.get('defaults')?.output).toEqual({ type: TAG });
  });

  it('rejects each value without its character', () => {
    expect(rejected().filter((id) => results.get(id)?.accepted !== false || results.get(id)?.crashed !== undefined)).toEqual([]);
  });
});

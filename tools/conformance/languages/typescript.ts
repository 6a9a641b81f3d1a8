import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IR } from '@connspec/core';
import { modulePath, relativeModule } from '../../../packages/connspec/src/targets/typescript/module.js';
import { reportByFile, reportOf, tscStrict } from '../../../test/support/tsc.js';
import type { Fixture, Verdict } from '../verdicts.js';

export const TS_FILE = '__conformance__.ts';

/**
 * One module assigning each fixture to its connection's generated type, checked by one `tsc --strict`
 * run: a valid fixture must type-check; an invalid one `judges` picks (typeLevelJudge: what a static
 * type can reject) is under `@ts-expect-error`, so tsc fails when the type accepts it. Any other
 * invalid fixture has no TypeScript verdict. `outside` is the same run's report on every other file
 * of the folder ('' when the generated code is strict-clean), so a caller need not run tsc on the folder again.
 */
export function typescriptVerdicts(ir: IR, tsDir: string, fixtures: readonly Fixture[], judges: (f: Fixture) => boolean): { verdicts: Map<string, Verdict>; outside: string } {
  const judged = fixtures.filter(judges);
  const types = new Map<string, string>();
  const imports: string[] = [];
  const lines: string[] = [];
  const owner = new Map<number, string>();
  for (const f of judged) {
    const file = ir.files.find((x) => x.path === f.connection);
    const decl = file ? ir.declarations.get(file.root) : undefined;
    if (!decl) continue;
    if (!types.has(f.connection)) {
      types.set(f.connection, `T${types.size}`);
      imports.push(`import type { ${decl.name} as T${types.size - 1} } from '${relativeModule(TS_FILE.replace(/\.ts$/, ''), modulePath(f.connection))}.js';`);
    }
    if (!f.valid) owner.set(lines.push(`// @ts-expect-error ${f.id} is invalid (${f.keyword ?? ''} at "${f.instancePath ?? ''}")`), f.id);
    // A fixture's own text keeps its numbers as written; its line breaks are JSON whitespace.
    const literal = f.text === undefined ? JSON.stringify(f.value) : f.text.replace(/\r?\n/g, ' ');
    owner.set(lines.push(`export const f${lines.length}: ${types.get(f.connection) ?? 'never'} = ${literal};`), f.id);
  }
  const offset = imports.length + 1;
  writeFileSync(join(tsDir, TS_FILE), [...imports, '', ...lines, ''].join('\n'));
  const report = tscStrict(tsDir);
  const errors = parseErrors(report);
  const byFixture = new Map<string, string[]>();
  const stray: string[] = [];
  for (const e of errors) {
    const id = e.file === TS_FILE ? owner.get(e.line - offset) : undefined;
    if (id === undefined) stray.push(`${e.file}(${e.line}): ${e.message}`);
    else byFixture.set(id, [...(byFixture.get(id) ?? []), e.message]);
  }
  const verdicts = new Map(fixtures.map((f): [string, Verdict] => {
    if (stray.length > 0) return [f.id, { problem: `tsc failed outside the fixtures: ${stray.slice(0, 3).join('; ')}` }];
    if (!judges(f)) return [f.id, {}];
    const messages = byFixture.get(f.id) ?? [];
    if (f.valid) return [f.id, { accepted: messages.length === 0, ...(messages.length ? { detail: messages.slice(0, 2).join('; ') } : {}) }];
    const unused = messages.some((m) => m.includes('TS2578'));
    return [f.id, { accepted: unused, ...(unused ? { detail: 'the type accepts it (unused @ts-expect-error)' } : {}) }];
  }));
  // The generated modules' own diagnostics: what tsc on the folder without the fixtures module reports.
  return { verdicts, outside: reportOf(reportByFile(tsDir, report), (file) => file !== TS_FILE) };
}

interface TscError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** `path(line,col): error TSnnnn: message` lines, with the path relative to the checked folder. */
export function parseErrors(output: string): TscError[] {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map((m) => ({ file: (m[1] ?? '').replace(/^.*?(?=__conformance__\.ts$)/, ''), line: Number(m[2]), message: m[3] ?? '' }));
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type IR } from '@connspec/core';
import { expectDiagnostics, schema } from '../../bad-input/sources.js';
import { generate } from '../../support/generate.js';
import { tempConfig } from '../../support/workspace.js';
import { CHARS, escapeSource, HOSTILE_CONFIG, PATH, rawInvisible, valuesOf } from './cases.js';

/**
 * Trojan Source (CVE-2021-42574) and kin: a schema carrying bidi controls, zero-width and other
 * invisible characters in every place a generated file can hold schema text. No output file may hold
 * one raw; every value must still come out equal (the language checks are in escape-languages.test.ts).
 */
let out: string;
let ir: IR;

beforeAll(async () => {
  const config = tempConfig(HOSTILE_CONFIG);
  await generate(config, undefined, [escapeSource()]);
  const analysis = await analyse(config, [escapeSource()]);
  if (!analysis.ir) throw new Error('no IR');
  ir = analysis.ir;
  out = config.outDir;
}, 300_000);

describe('generated files never carry an invisible or bidi character raw', () => {
  it('loads the hostile schema with every character in place (the cases are real)', () => {
    const root = ir.declarations.get(ir.files.find((f) => f.path === PATH)?.root ?? '');
    const names = root?.type.kind === 'object' ? root.type.properties.map((p) => p.name) : [];
    expect(names).toEqual(expect.arrayContaining(CHARS.map((_, i) => valuesOf(i).key)));
  });

  it('no file of any target holds one', () => {
    expect(rawInvisible(out)).toEqual([]);
  });

  it("names them in Java's report of what it cannot enforce (a Markdown file people read)", () => {
    const report = readFileSync(join(out, 'java/UNENFORCED.md'), 'utf8');
    expect(report).toContain(`#/properties/u${CHARS.slice(0, 3).map((c) => `U+${(c.char.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join('|')}|`);
  });

  it('JSON outputs keep every value (escaped, equal once parsed)', () => {
    const form = JSON.parse(readFileSync(join(out, 'ui-forms/database/escapeConnection.schema.json'), 'utf8')) as { properties: Record<string, { enum?: string[]; default?: string; const?: string; pattern?: string; description?: string }> };
    CHARS.forEach(({ char }, i) => {
      const v = valuesOf(i);
      expect(form.properties[`e${i}`]?.enum, CHARS[i]?.name).toEqual([v.enumValue, v.other]);
      expect(form.properties[`e${i}`]?.default).toBe(v.enumValue);
      expect(form.properties[`e${i}`]?.description).toBe(v.description);
      expect(form.properties[`c${i}`]?.const).toBe(v.constValue);
      expect(form.properties[`r${i}`]?.pattern).toBe(`^r${char}$`);
      expect(Object.keys(form.properties)).toContain(v.key);
    });
  });
});

describe('a lone surrogate is stopped by default (rule string-well-formed)', () => {
  it('in a string: at its place, with the fix', async () => {
    const source = schema('type/a.json', '  "type": "string",', '  "description": "a\\ud800b",', '  "enum": ["x", "\\udc00y"]');
    const { diagnostics } = await analyse(tempConfig(), [source]);
    expectDiagnostics(diagnostics, [
      { rule: 'string-well-formed', file: 'type/a.json', line: 5, column: 3, pointer: '/description', says: ['unpaired surrogate \\ud800', 'no Unicode text'], hint: /character meant/ },
      { rule: 'string-well-formed', file: 'type/a.json', line: 6, column: 17, pointer: '/enum/1', says: ['unpaired surrogate \\udc00'], hint: /character meant/ },
    ]);
  });

  it('in a key (ajv, which cannot compile it, says so under its own rule)', async () => {
    const source = schema('type/a.json', '  "type": "object",', '  "properties": { "k\\ud800": { "type": "string" } }');
    const { diagnostics } = await analyse(tempConfig(), [source]);
    expectDiagnostics(diagnostics.filter((d) => d.rule === 'string-well-formed'), [
      { rule: 'string-well-formed', file: 'type/a.json', line: 5, column: 19, pointer: '/properties/k\ud800', says: ['this key holds the unpaired surrogate \\ud800'], hint: /character meant/ },
    ]);
  });
});

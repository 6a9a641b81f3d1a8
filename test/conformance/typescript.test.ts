import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseErrors } from '../../tools/conformance/languages/typescript.js';
import { typeLevelSchema } from '../../tools/conformance/languages/typescript-judge.js';
import { reportByFile, reportOf } from '../support/tsc.js';
import { ROOT } from '../support/workspace.js';

describe('TypeScript as a checker', () => {
  it('judges an invalid fixture by the schema a static type sees', () => {
    const schema = {
      type: 'object',
      properties: { port: { type: 'integer', minimum: 1 }, host: { type: 'string', pattern: '^h', format: 'hostname' }, pattern: { const: 1 } },
      oneOf: [{ required: ['port'] }, { required: ['host'] }],
      patternProperties: { '^x-': { type: 'string' } },
      additionalProperties: false,
    };
    expect(typeLevelSchema(schema)).toEqual({
      type: 'object',
      properties: { port: { type: 'number' }, host: { type: 'string' }, pattern: { const: 1 } },
      allOf: [{ anyOf: [{ required: ['port'] }, { required: ['host'] }] }],
    });
    expect(typeLevelSchema({ type: ['integer', 'number', 'null'], items: [{ type: 'integer', maximum: 3 }] })).toEqual({ type: ['number', 'null'], items: [{ type: 'number' }] });
    expect(typeLevelSchema({ properties: { a: { type: 'boolean' } }, additionalProperties: { type: 'string', minLength: 2 } })).toEqual({
      properties: { a: { type: 'boolean' } },
      additionalProperties: { anyOf: [{ type: 'string' }, { type: 'boolean' }] },
    });
  });

  it('reads tsc errors of the conformance module, wherever tsc prints its path from', () => {
    const out = "../../tmp/a/typescript/__conformance__.ts(12,14): error TS2322: Type 'number' is not assignable to type 'string'.\nother.ts(1,1): error TS1: x";
    expect(parseErrors(out)).toEqual([
      { file: '__conformance__.ts', line: 12, message: "TS2322: Type 'number' is not assignable to type 'string'." },
      { file: 'other.ts', line: 1, message: 'TS1: x' },
    ]);
  });

  it('splits one tsc run over many cases by file, continuation lines with their diagnostic', () => {
    const dir = join(ROOT, 'tmp/case');
    const out = [
      "tmp/case/__conformance__.ts(3,7): error TS2322: Type 'number' is not assignable to type 'string'.",
      "tmp/case/a/b.ts(1,1): error TS2741: Property 'x' is missing in type '{}' but required in type 'T'.",
      "  'x' is declared here.",
      "error TS5083: Cannot read file 'tsconfig.json'.",
    ].join('\n');
    const byFile = reportByFile(dir, out);
    expect([...byFile.keys()]).toEqual(['__conformance__.ts', 'a/b.ts', '']);
    expect(byFile.get('a/b.ts')).toContain("'x' is declared here.");
    expect(reportOf(byFile, (f) => f !== '__conformance__.ts')).toContain('TS5083');
    expect(reportOf(reportByFile(dir, "error TS5083: Cannot read file 'tsconfig.json'."), (f) => f !== '__conformance__.ts')).toContain('TS5083');
    expect(reportOf(byFile, (f) => f.startsWith('c/'))).toBe('');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, createAjv, DiagnosticError, type Diagnostic } from '@connspec/core';
import { loadConfig } from 'connspec';
import { parseAll } from '../../packages/connspec/src/core/load/load.js';
import { resolveRefs } from '../../packages/connspec/src/core/resolve/resolve.js';
import { compileCatalogue } from '../../packages/connspec/src/core/validate/compile.js';
import { generate } from '../support/generate.js';
import { BASE_URL, tempConfig } from '../support/workspace.js';
import { connection, expectDiagnostics, schema, type Expected, type Source } from './sources.js';

/** Issue 11: duplicate keys, and diagnostics that used to land in the wrong place or mislead. */
interface PlacementCase {
  readonly name: string;
  readonly sources: readonly Source[];
  readonly expected: readonly Expected[];
  /** Rules of other stages a case also triggers but does not test (the Java generator's tuple warnings). */
  readonly ignore?: readonly string[];
  readonly rules?: Readonly<Record<string, 'error' | 'warning' | 'off'>>;
}

const A = 'type/a.json';
const B = 'type/b.json';
const SHARED = 'type/shared.json';
const REGISTRY = 'entity/services/databaseService.json';
const FOO = 'entity/services/connections/database/fooConnection.json';
const BAR = 'entity/services/connections/database/barConnection.json';
const FOO_TYPE = 'entity/services/connections/database/common/fooType.json';

/** A file whose property `s` is `{"$ref": ref}` (line 5). */
const referrer = (path: string, ref: string): Source => schema(path, '  "type": "object",', `  "properties": { "s": { "$ref": "${ref}" } }`);
const referrers = (ref: string): Source[] => [referrer(A, ref), referrer(B, ref)];
const text = (path: string, body: string): Source => ({ path, text: body });
const SYNTAX = /missing comma/;
const ROOT_HINT = /one schema object/;
const FORMAT_HINT = /use a format connspec knows/;
const JAVA_NOTES = ['unsupported-keyword'];

const rootCase = (what: string, body: string): PlacementCase => ({
  name: `a root that is ${what}: one error, no "$schema is null"`,
  sources: [text(A, body)],
  expected: [{ rule: 'schema-root', file: A, line: 1, column: 1, pointer: '', says: [`root is ${what}`, 'must be a JSON object'], hint: ROOT_HINT }],
});

export const PLACEMENT_CASES: readonly PlacementCase[] = [
  {
    name: 'duplicate key: at the second, naming the first',
    // Lines 6 and 7 both open with `    "username"` (column 5).
    sources: [schema(A, '  "type": "object",', '  "properties": {', '    "username": { "type": "string" },', '    "username": { "type": "integer" }', '  }')],
    expected: [{ rule: 'json-duplicate-key', file: A, line: 7, column: 5, pointer: '/properties/username', says: ['"username"', 'twice', 'first at 6:5', 'keep only this later value'], hint: /delete one of the two "username" entries/ }],
  },
  {
    name: 'duplicate key: the later value is the one analysed, so its own errors still show',
    // Line 7: `    "port": { "type": "integer", "default"` puts "default" at column 34.
    sources: [schema(A, '  "type": "object",', '  "properties": {', '    "port": { "type": "string", "default": 1 },', '    "port": { "type": "integer", "default": "3306" }', '  }')],
    expected: [
      { rule: 'json-duplicate-key', file: A, line: 7, column: 5, pointer: '/properties/port', says: ['"port"', 'first at 6:5'], hint: /delete one/ },
      { rule: 'default-valid', file: A, line: 7, column: 34, pointer: '/properties/port/default', says: ['"3306"', 'integer'], hint: /change the default/ },
    ],
  },
  {
    name: 'ajv-strict: an unknown format in a shared file, once, at its keyword (not in each referrer)',
    sources: [...referrers('shared.json'), schema(SHARED, '  "type": "string",', '  "format": "wibble"')],
    expected: [{ rule: 'ajv-strict', file: SHARED, line: 5, column: 3, pointer: '/format', says: ['unknown format "wibble"'], hint: FORMAT_HINT }],
  },
  {
    name: 'ajv-strict: an unknown format deep in a definition reached through a fragment $ref',
    // Line 5: the definition `d` holds a $ref (so ajv compiles it apart from its referrers); "format" is at column 107.
    sources: [
      ...referrers('shared.json#/definitions/d'),
      schema(SHARED, '  "definitions": {', '    "d": { "type": "object", "properties": { "x": { "$ref": "#/definitions/e" }, "y": { "type": "string", "format": "wibble" } } },', '    "e": { "type": "string" }', '  }'),
    ],
    expected: [{ rule: 'ajv-strict', file: SHARED, line: 5, column: 107, pointer: '/definitions/d/properties/y/format', says: ['unknown format "wibble"'], hint: FORMAT_HINT }],
  },
  {
    name: 'ajv-strict: a strict-types slip at a shared root, at its keyword',
    sources: [referrer(A, 'shared.json'), schema(SHARED, '  "properties": { "x": { "type": "string" } }')],
    expected: [{ rule: 'ajv-strict', file: SHARED, line: 4, column: 3, pointer: '/properties', says: ['missing type "object" for keyword "properties"', 'strictTypes'], hint: /add "type": "object"/ }],
  },
  {
    name: 'ajv-strict: a strict-types slip in a definition two files reach, once',
    // Line 4: `  "definitions": { "d": { "minLength"` puts "minLength" at column 27; ajv sees it only through the referrers.
    sources: [...referrers('shared.json#/definitions/d'), schema(SHARED, '  "definitions": { "d": { "minLength": 2 } }')],
    expected: [{ rule: 'ajv-strict', file: SHARED, line: 4, column: 27, pointer: '/definitions/d/minLength', says: ['missing type "string" for keyword "minLength"'], hint: /add "type": "string"/ }],
  },
  {
    name: 'an invalid pattern ajv meets through a referrer: only pattern-ecma, in the file that has it',
    sources: [referrer(A, 'shared.json'), schema(SHARED, '  "type": "string",', '  "pattern": "(unclosed"')],
    expected: [{ rule: 'pattern-ecma', file: SHARED, line: 5, column: 3, pointer: '/pattern', says: ['/(unclosed/'], hint: /fix the syntax/ }],
  },
  {
    name: 'an invalid pattern with pattern-ecma off: ajv-strict at the pattern, in the file that has it',
    sources: [referrer(A, 'shared.json'), schema(SHARED, '  "type": "string",', '  "pattern": "(unclosed"')],
    rules: { 'pattern-ecma': 'off' },
    expected: [{ rule: 'ajv-strict', file: SHARED, line: 5, column: 3, pointer: '/pattern', says: ['Invalid regular expression: /(unclosed/'], hint: /fix the regular expression/ }],
  },
  {
    name: 'a $ref into a file that did not parse is not "not a file under the schema root"',
    sources: [referrer(A, 'shared.json'), text(SHARED, '{ "type": "string" "x": 1 }')],
    expected: [{ rule: 'json-syntax', file: SHARED, line: 1, column: 20, pointer: '', says: ['malformed JSON'], hint: SYNTAX }],
  },
  {
    name: 'a registry whose connection did not parse: no "has no connection" for it',
    sources: [
      schema(
        REGISTRY,
        '  "type": "object",',
        '  "properties": {',
        '    "serviceType": { "type": "string", "enum": ["Foo", "Bar"] },',
        '    "connection": { "type": "object", "properties": { "config": { "oneOf": [',
        '      { "$ref": "./connections/database/fooConnection.json" },',
        '      { "$ref": "./connections/database/barConnection.json" }',
        '    ] } } }',
        '  }',
      ),
      connection(FOO, 'Foo'),
      text(BAR, '{ "type": "object" "x": 1 }'),
    ],
    expected: [{ rule: 'json-syntax', file: BAR, line: 1, column: 20, pointer: '', says: ['malformed JSON'], hint: SYNTAX }],
  },
  {
    name: 'a connection whose tag property is a $ref into a file that did not parse: no "no type property"',
    sources: [
      schema(FOO, '  "type": "object",', '  "schemaVersion": "1.0.0",', '  "properties": { "type": { "$ref": "./common/fooType.json" } },', '  "additionalProperties": false'),
      text(FOO_TYPE, '{ "type": "string", }'),
    ],
    // The trailing comma is found at the `}` after it (column 21).
    expected: [{ rule: 'json-syntax', file: FOO_TYPE, line: 1, column: 21, pointer: '', says: ['malformed JSON'], hint: SYNTAX }],
  },
  {
    name: 'a UTF-8 byte order mark has its own error, not a comma hint',
    sources: [text(A, '\uFEFF{ "type": "string" }\n')],
    expected: [{ rule: 'json-bom', file: A, line: 1, column: 1, pointer: '', says: ['byte order mark (BOM)', 'JSON does not allow'], hint: /UTF-8 without a byte order mark/ }],
  },
  rootCase('an array', '[{ "type": "string" }]\n'),
  rootCase('a string', '"string"\n'),
  rootCase('a number', '42\n'),
  rootCase('null', 'null\n'),
  rootCase('the boolean schema true', 'true\n'),
  {
    name: 'a $ref into a file whose root is an array: only the root error',
    sources: [referrer(A, 'list.json'), text('type/list.json', '[1, 2]\n')],
    expected: [{ rule: 'schema-root', file: 'type/list.json', line: 1, column: 1, pointer: '', says: ['root is an array'], hint: ROOT_HINT }],
  },
  {
    name: 'strictTuples: a closed tuple without minItems is a warning at "items"',
    sources: [schema(A, '  "type": "array",', '  "items": [{ "type": "string" }, { "type": "integer" }],', '  "additionalItems": false')],
    expected: [{ severity: 'warning', rule: 'ajv-strict-tuple', file: A, line: 5, column: 3, pointer: '/items', says: ['2-item tuple without "minItems": 2', 'missing trailing items is valid'], hint: /(?=.*add "minItems": 2)(?=.*right as it is)/ }],
    ignore: JAVA_NOTES,
  },
  {
    name: 'strictTuples: an open tuple in a shared file, once, at the culprit',
    sources: [...referrers('shared.json'), schema(SHARED, '  "type": "array",', '  "items": [{ "type": "string" }, { "type": "integer" }],', '  "minItems": 2')],
    expected: [{ severity: 'warning', rule: 'ajv-strict-tuple', file: SHARED, line: 5, column: 3, pointer: '/items', says: ['without "additionalItems": false', 'extra items is valid'], hint: /add "additionalItems": false/ }],
    ignore: JAVA_NOTES,
  },
  {
    name: 'strictTuples: 2020-12 prefixItems',
    sources: [text(A, ['{', '  "$schema": "https://json-schema.org/draft/2020-12/schema",', `  "$id": "${BASE_URL}${A}",`, '  "type": "array",', '  "prefixItems": [{ "type": "string" }],', '  "items": false', '}', ''].join('\n'))],
    expected: [{ severity: 'warning', rule: 'ajv-strict-tuple', file: A, line: 5, column: 3, pointer: '/prefixItems', says: ['"prefixItems" is a 1-item tuple without "minItems": 1'], hint: /add "minItems": 1/ }],
    ignore: JAVA_NOTES,
  },
  {
    name: 'strictTuples: a pinned tuple says nothing',
    sources: [schema(A, '  "type": "array",', '  "items": [{ "type": "string" }, { "type": "integer" }],', '  "minItems": 2,', '  "additionalItems": false')],
    expected: [],
    ignore: JAVA_NOTES,
  },
];

describe('placement: each problem once, at the file and keyword that hold it', () => {
  it.each(PLACEMENT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diagnostics } = await analyse(tempConfig(c.rules ? { rules: c.rules } : {}), c.sources);
    expectDiagnostics(diagnostics.filter((d) => !(c.ignore ?? []).includes(d.rule)), c.expected);
  });

  it('generate refuses a file with a duplicate key', async () => {
    const sources = [PLACEMENT_CASES[0]?.sources[0] as Source];
    const error = await generate(tempConfig(), ['typescript'], sources).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['type/a.json:7:5 json-duplicate-key']);
  });

  it('a duplicate key in .connspec.json is a config error at the second key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'connspec-dup-'));
    writeFileSync(join(dir, '.connspec.json'), '{\n  "preset": "connspec",\n  "outDir": "out",\n  "outDir": "generated"\n}\n');
    const error = ((): unknown => {
      try {
        return loadConfig(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DiagnosticError);
    const [d, ...rest] = (error as DiagnosticError).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'config-duplicate-key', file: expect.stringMatching(/\.connspec\.json$/), line: 4, column: 3, pointer: '/outDir' });
    expect(`${d?.message} | ${d?.hint}`).toMatch(/"outDir" appears twice.*first at 3:3.*\| delete one of the two "outDir"/);
  });

  it('an unknown keyword ajv meets while compiling a referrer is placed in the file that has it, once', async () => {
    // The pipeline's meta-schema check finds unknown keywords first; ajv alone must place them too.
    const { files } = parseAll([...referrers('shared.json'), schema(SHARED, '  "type": "string",', '  "x-foo": 1')]);
    const { targets } = await resolveRefs(files, BASE_URL);
    const { diagnostics } = compileCatalogue(createAjv(), files, BASE_URL, true, targets);
    expect(diagnostics.map(brief)).toEqual([`${SHARED}:5:3 ajv-strict /x-foo: ajv (strict mode) rejects this schema: unknown keyword: "x-foo"`]);
  });
});

const brief = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.pointer}: ${d.message}`;

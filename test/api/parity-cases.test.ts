import { describe, expect, it } from 'vitest';
import { generate, validate, type ConfigOverrides } from 'connspec';
import { connection, expectDiagnostics, schema, type Expected, type Source } from '../bad-input/sources.js';
import { tempConfig } from '../support/workspace.js';

/** A schema set that `generate` used to refuse (or crash on) while `validate` passed it, and what both must now say. */
interface ParityCase {
  readonly name: string;
  readonly sources: readonly Source[];
  readonly config?: ConfigOverrides;
  /** Default: the targets that need no connection. */
  readonly targets?: readonly string[];
  /** Every error, in the core's order (warnings are not asserted here). */
  readonly errors: readonly Expected[];
}

const A = 'type/a.json';
const B = 'type/b.json';
const CYCLE_HINT = /through a property or an item/;
const CONN = 'entity/services/connections/database';
const TAG_HINT = /another tag|distinct within its service type/;
/** Targets that need no connection, so the cases need none. */
const TARGETS = ['java', 'openapi', 'python', 'typescript'];

const CASES: readonly ParityCase[] = [
  {
    name: 'a $ref alias cycle across two files (was: validate 0, generate crashed)',
    sources: [schema(A, '  "$ref": "b.json"'), schema(B, '  "$ref": "a.json"')],
    errors: [{ rule: 'ref-cycle', file: A, line: 4, column: 3, pointer: '/$ref', says: ['type/a.json# → type/b.json# → type/a.json#'], hint: CYCLE_HINT }],
  },
  {
    name: 'a root {"$ref": "#"}',
    sources: [schema(A, '  "$ref": "#"')],
    errors: [{ rule: 'ref-cycle', file: A, line: 4, column: 3, pointer: '/$ref', says: ['type/a.json# → type/a.json#'], hint: CYCLE_HINT }],
  },
  {
    name: 'a cycle through anyOf that never descends',
    // `  "anyOf": [{ "type": "string" }, { "$ref"`: the second branch's "$ref" is at column 37.
    sources: [schema(A, '  "anyOf": [{ "type": "string" }, { "$ref": "#" }]')],
    errors: [{ rule: 'ref-cycle', file: A, line: 4, column: 37, pointer: '/anyOf/1/$ref', says: ['type/a.json#/anyOf/1 → type/a.json# → type/a.json#/anyOf/1'], hint: CYCLE_HINT }],
  },
  {
    name: 'a constraint Java cannot enforce (was: validate 0, generate java-inexpressible)',
    sources: [
      schema(A, '  "type": "object",', '  "properties": {', '    "p": { "allOf": [{ "type": "object", "properties": { "x": { "type": "string" } } }, { "type": "object", "properties": { "y": { "type": "integer" } } }] }', '  }'),
    ],
    errors: [{ rule: 'java-inexpressible', file: A, line: 6, column: 5, pointer: '/properties/p', says: ['`allOf`', 'only the first part is modelled'], hint: /inexpressible/ }],
  },
  {
    name: 'a ReDoS pattern with ajv-strict downgraded (was: validate 0 errors, generate pattern-redos)',
    config: { rules: { 'ajv-strict': 'warning' } },
    sources: [schema(A, '  "type": "object",', '  "properties": {', '    "p": { "type": "string", "pattern": "^(a+)+$", "format": "no-such-format" }', '  }')],
    errors: [{ rule: 'pattern-redos', file: A, line: 6, column: 30, pointer: '/properties/p/pattern', says: ['ReDoS-prone'], hint: /nested or overlapping quantifiers/ }],
  },
  {
    name: 'an unknown keyword does not hide an invalid example in the same file',
    sources: [schema(A, '  "type": "object",', '  "properties": {', '    "p": { "type": "string", "examples": [5], "colour": "red" }', '  }')],
    errors: [
      { rule: 'examples-valid', file: A, line: 6, column: 43, pointer: '/properties/p/examples/0', says: ['example 5 is invalid'], hint: /fix the example/ },
      { rule: 'unknown-keyword', file: A, line: 6, column: 47, pointer: '/properties/p/colour', says: ['colour'], hint: /keyword/ },
    ],
  },
  {
    name: 'two connections of one service type with one tag, letter case aside (was: an internal error)',
    targets: ['test-connections'],
    sources: [connection(`${CONN}/aConnection.json`, 'Mysql'), connection(`${CONN}/bConnection.json`, 'MySQL')],
    errors: [{ rule: 'connection-tag-unique', file: `${CONN}/bConnection.json`, line: 7, column: 5, pointer: '/properties/type', says: ['"MySQL" is already', `${CONN}/aConnection.json`], hint: TAG_HINT }],
  },
  {
    name: 'the same, with connection-tag-unique turned down: the generator still refuses, placed at the connection',
    targets: ['test-connections'],
    config: { rules: { 'connection-tag-unique': 'warning' } },
    sources: [connection(`${CONN}/aConnection.json`, 'Mysql'), connection(`${CONN}/bConnection.json`, 'MySQL')],
    errors: [{ rule: 'test-connections-path', file: `${CONN}/bConnection.json`, line: 1, column: 1, pointer: '', says: ['writes database/MySQL.json too'], hint: TAG_HINT }],
  },
  {
    name: 'two schema files that map to one Python module (was: an internal error)',
    sources: [schema('type/ssl-mode.json', '  "type": "string"'), schema('type/ssl_mode.json', '  "typeName": "SslModeName",', '  "type": "string"')],
    errors: [{ rule: 'python-module-clash', file: 'type/ssl_mode.json', line: 1, column: 1, pointer: '', says: ['type/ssl_mode.json and type/ssl-mode.json', '"type_.ssl_mode"'], hint: /differ in letters or digits/ }],
  },
  {
    name: 'a schema file named like the module connspec writes the test-connection steps to (was: an internal error)',
    targets: ['typescript'],
    sources: [connection(`${CONN}/aConnection.json`, 'Mysql'), schema('testConnectionSteps.json', '  "type": "string"')],
    errors: [{ rule: 'name-reserved', file: 'testConnectionSteps.json', line: 1, column: 1, pointer: '', says: ['testConnectionSteps.ts', 'test-connection step constants'], hint: /rename the schema file/ }],
  },
];

describe('validate refuses exactly what generate refuses, with the same diagnostics', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const config = tempConfig({ targets: [...(c.targets ?? TARGETS)], ...c.config });
    const validated = await validate(config, [], { sources: c.sources });
    const generated = await generate(config, { sources: c.sources, write: false });
    expect(validated.ok).toBe(false);
    expect(generated.ok).toBe(false);
    expect(validated.diagnostics).toEqual(generated.diagnostics);
    expectDiagnostics(validated.diagnostics.filter((d) => d.severity === 'error'), c.errors);
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '@connspec/core';
import { checkModels, pyrightStrict, type ModelCheckResult } from '../../../tools/python/python.js';
import { generate } from '../../support/generate.js';
import { DRAFT_07 } from '../../bad-input/sources.js';
import { BASE_URL, tempConfig } from '../../support/workspace.js';
import { PACKAGE, pythonModules } from './support.js';

/**
 * Every keyword the Python models enforce, checked against ajv (connspec's validator) on the
 * same values: each case is one property schema and values ajv accepts and rejects; the
 * generated model must give the same verdict for every one.
 */
const CASES: readonly { readonly schema: object; readonly values: readonly unknown[] }[] = [
  { schema: { type: 'string', pattern: '^\\d+$' }, values: ['123', '12a', '١٢٣', '12\n'] },
  { schema: { type: 'string', pattern: '^\\w+$' }, values: ['a_1', 'é', 'a b'] },
  { schema: { type: 'string', pattern: '^a\\sb$' }, values: ['a b', 'a\u00a0b', 'a\ufeffb', 'a\u0085b', 'ab'] },
  { schema: { type: 'string', pattern: '^a.b$' }, values: ['axb', 'a\nb', 'a\rb', 'a\u2028b', 'a😀b'] },
  { schema: { type: 'string', pattern: 'ab$' }, values: ['xab', 'ab\n', 'abc'] },
  { schema: { type: 'string', pattern: '^(?=.*[0-9])[a-z0-9]+$' }, values: ['abc1', 'abc', 'ABC1'] },
  { schema: { type: 'string', pattern: '^(a+)-\\1$' }, values: ['aa-aa', 'aa-a'] },
  { schema: { type: 'string', pattern: '\\bfoo\\b' }, values: ['a foo b', 'afoo', 'éfooé'] },
  { schema: { type: 'string', pattern: '^[^\\d\\s]+$' }, values: ['abc', 'a1', 'a b', 'é'] },
  { schema: { type: 'string', pattern: '^[\\Da]+$' }, values: ['xyz', 'a', '1'] },
  { schema: { type: 'string', pattern: '^[^\\Sx]$' }, values: [' ', 'x', 'y', '\u3000'] },
  { schema: { type: 'string', pattern: '^\\u{1F600}\\u00e9$' }, values: ['😀é', '😀e'] },
  { schema: { type: 'string', pattern: '^(?<x>a|b)\\k<x>$' }, values: ['aa', 'ab'] },
  { schema: { type: 'string', pattern: '^\\p{Lu}+$' }, values: ['ÀB', 'aB'] },
  { schema: { type: 'string', pattern: '(?<=ab|c)d' }, values: ['abd', 'cd', 'bd', 'd'] },
  { schema: { type: 'string', pattern: '^a{1,3}(?<=a{2,3})b' }, values: ['aab', 'ab', 'aaab'] },
  { schema: { type: 'string', pattern: '^(?=A)\\p{Lu}+$' }, values: ['AB', 'BA', 'AÉ', 'Ab'] },
  { schema: { type: 'string', pattern: '^\\p{Lu}\\b(?=é|\\d)' }, values: ['A1', 'Aé', 'AB', 'É1'] },
  { schema: { type: 'string', format: 'password', pattern: '(?<=ab|c)d' }, values: ['abd', 'bd'] },
  { schema: { type: 'string', format: 'password', pattern: '^\\p{Lu}' }, values: ['Éa', 'éa'] },
  { schema: { type: 'string', pattern: '^[a-c\\-\\]]+\\/[.$^]$' }, values: ['a-]/$', 'a-]/x', 'd/.'] },
  { schema: { type: 'string', minLength: 2, maxLength: 3 }, values: ['ab', '😀😀', 'a', 'abcd', 3] },
  { schema: { type: 'string', format: 'uri' }, values: ['https://example.com/a?b#c', 'urn:isbn:123', 'example.com', '/relative', 'http://exa mple.com'] },
  { schema: { type: 'string', format: 'email' }, values: ['a@b.co', 'a@', 'a b@c.d'] },
  { schema: { type: 'string', format: 'date' }, values: ['2024-02-29', '2023-02-29', '2024-13-01'] },
  { schema: { type: 'string', format: 'date-time' }, values: ['2024-01-01T10:00:00Z', '2024-01-01T10:00:00', '2024-01-01 10:00:00+01:00'] },
  { schema: { type: 'string', format: 'ipv4' }, values: ['10.0.0.1', '256.0.0.1'] },
  { schema: { type: 'string', format: 'uuid' }, values: ['123e4567-e89b-12d3-a456-426614174000', 'nope'] },
  { schema: { type: 'string', format: 'hostname' }, values: ['db.example.com', '-bad.example'] },
  { schema: { type: 'integer', minimum: 1, maximum: 10 }, values: [1, 10, 0, 11, 5.0, 5.5, '5', true] },
  { schema: { type: 'integer', multipleOf: 3 }, values: [9, 10] },
  { schema: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, multipleOf: 0.25 }, values: [0.5, 0, 1, 0.3, '0.5', false] },
  { schema: { type: 'boolean' }, values: [true, 'true', 1, null] },
  { schema: { type: ['string', 'null'] }, values: ['x', null, 1] },
  { schema: { type: ['string', 'integer', 'boolean'] }, values: ['x', 1, true, 1.5, null] },
  { schema: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2, uniqueItems: true }, values: [['a'], [], ['a', 'b', 'c'], ['a', 'a'], [1]] },
  { schema: { type: 'array', uniqueItems: true }, values: [[1, 1.0], [1, true], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [[1], [1]], [0, false]] },
  { schema: { type: 'array', contains: { type: 'integer' } }, values: [['a', 1], ['a'], []] },
  { schema: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false, minItems: 2 }, values: [['a', 1], ['a'], [1, 'a'], ['a', 1, 2]] },
  { schema: { enum: ['a', 1, 2.5, null, { k: [1] }] }, values: ['a', 1, 1.0, 2.5, null, { k: [1] }, { k: [2] }, true, 'b'] },
  { schema: { const: { a: [1, 'x'] } }, values: [{ a: [1, 'x'] }, { a: [1] }] },
  { schema: { not: { type: 'string', maxLength: 2 } }, values: ['abc', 'ab', 3] },
  { schema: { type: 'string', if: { type: 'string', maxLength: 2 }, then: { type: 'string', pattern: '^a' }, else: { type: 'string', pattern: 'z$' } }, values: ['ab', 'bb', 'xyz', 'xyy'] },
  { schema: { allOf: [{ type: 'string' }, { type: 'string', minLength: 2 }, { type: 'string', pattern: 'b' }] }, values: ['ab', 'a', 'aa', 3] },
  { schema: { anyOf: [{ type: 'string', maxLength: 1 }, { type: 'integer' }] }, values: ['a', 'ab', 2, 2.5] },
  { schema: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 2 }] }, values: [1, 3, 2.5, 'x'] },
  { schema: { $ref: '#/definitions/closedWithPatterns' }, values: [{ a: 'x', x_1: 1 }, { a: 'x', x_1: 'y' }, { a: 'x', other: 1 }, {}, { a: 'x', b: 'y', c: 'z' }] },
  { schema: { $ref: '#/definitions/typedExtras' }, values: [{ n: 1, extra: 'x' }, { n: 1, extra: 2 }, { toolongname: 'x' }, { n: 1 }] },
  { schema: { $ref: '#/definitions/lookBehindNames' }, values: [{ x_1: 1 }, { yy_2: 2 }, { x_1: 'a' }, { z_1: 1 }, { Éa: 'x' }, { Éa: 1 }] },
  { schema: { $ref: '#/definitions/dependent' }, values: [{ card: 'x', billing: 'y' }, { card: 'x' }, { billing: 'y' }, { card: 'x', billing: 'y', vip: true, level: 2 }, { vip: true }] },
];

const DEFINITIONS = {
  closedWithPatterns: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], patternProperties: { '^x_\\d$': { type: 'integer' } }, additionalProperties: false, maxProperties: 2 },
  typedExtras: { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: { type: 'string' }, propertyNames: { type: 'string', maxLength: 5 }, minProperties: 1 },
  lookBehindNames: { type: 'object', patternProperties: { '(?<=x|yy)_\\d$': { type: 'integer' }, '^\\p{Lu}': { type: 'string' } }, additionalProperties: false },
  dependent: { type: 'object', properties: { card: { type: 'string' }, billing: { type: 'string' }, vip: { type: 'boolean' }, level: { type: 'integer' } }, dependencies: { card: ['billing'], vip: { type: 'object', required: ['level'] } } },
};

const PATH = 'entity/services/connections/database/agreeConnection.json';
const SCHEMA = {
  $schema: DRAFT_07,
  $id: `${BASE_URL}${PATH}`,
  title: 'AgreeConnection',
  type: 'object',
  schemaVersion: '1.0.0',
  definitions: DEFINITIONS,
  properties: { type: { type: 'string', enum: ['Agree'], default: 'Agree' }, ...Object.fromEntries(CASES.map((c, i) => [`p${i}`, c.schema])) },
  additionalProperties: false,
};

const instances = CASES.flatMap((c, i) => c.values.map((value, j) => ({ id: `p${i}[${j}]`, value: { type: 'Agree', [`p${i}`]: value } })));

let dir: string;
let result: ModelCheckResult;

beforeAll(async () => {
  const config = tempConfig();
  await generate(config, ['python'], [{ path: PATH, text: JSON.stringify(SCHEMA, null, 2) }]);
  dir = join(config.outDir, 'python');
  const jobs = instances.map((s) => ({ ...s, module: 'entity.services.connections.database.agree_connection', class: 'AgreeConnection' }));
  result = checkModels(dir, PACKAGE, pythonModules(join(dir, PACKAGE)), jobs);
}, 300_000);

describe('python models agree with ajv on every keyword', () => {
  it('generate, import and type-check', () => {
    expect(result.imports.filter((i) => !i.ok)).toEqual([]);
    expect(pyrightStrict(dir)).toBe('');
  }, 300_000);

  it('accept and reject exactly the values ajv accepts and rejects, in Python and JSON mode', () => {
    const validate = createAjv().compile(SCHEMA);
    const disagreements = instances.flatMap((instance) => {
      const ajv = validate(instance.value);
      const r = result.samples.find((s) => s.id === instance.id);
      if (r?.accepted === ajv && r.acceptedJson === ajv) return [];
      return [`${instance.id} ${JSON.stringify(instance.value)}: ajv ${ajv}, python ${r?.accepted}, json ${r?.acceptedJson} ${JSON.stringify(r?.errors.map((e) => `${e.pointer} ${e.type}`))}`];
    });
    expect(instances.length).toBeGreaterThan(150);
    expect(disagreements).toEqual([]);
  });

  it('round-trips every accepted value', () => {
    expect(result.samples.filter((s) => s.accepted && !s.roundTrip).map((s) => `${s.id}: ${JSON.stringify(s.dumped)}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse, type IR } from '@connspec/core';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

const URIS = { '2019-09': 'https://json-schema.org/draft/2019-09/schema', '2020-12': 'https://json-schema.org/draft/2020-12/schema' } as const;
type Later = keyof typeof URIS;

const file = (path: string, body: object, dialect: Later = '2020-12') => ({ path, text: JSON.stringify({ $schema: URIS[dialect], $id: BASE_URL + path, ...body }, null, 2) });

async function build(sources: { path: string; text: string }[]): Promise<IR> {
  const { ir, diagnostics } = await analyse(tempConfig(), sources);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!ir) throw new Error('no IR');
  return ir;
}

interface Case {
  readonly name: string;
  readonly dialect?: Later;
  readonly body: object;
  /** Declaration id → what its type must match. */
  readonly expected: Readonly<Record<string, object>>;
  /** Declaration id → name. */
  readonly names?: Readonly<Record<string, string>>;
}

const S = { type: 'string' };

const CASES: readonly Case[] = [
  {
    name: '$defs: one declaration per entry, keyed by its pointer and named by its key, as definitions',
    body: { title: 'A', type: 'object', $defs: { hostPort: { type: 'object', properties: { host: S } } }, properties: { x: { $ref: '#/$defs/hostPort' } } },
    expected: { 'a.json#/$defs/hostPort': { kind: 'object' }, 'a.json#': { kind: 'object', properties: [{ name: 'x', type: { kind: 'ref', target: 'a.json#/$defs/hostPort' } }] } },
    names: { 'a.json#/$defs/hostPort': 'HostPort' },
  },
  {
    name: 'prefixItems + items (2020-12): the tuple and its rest',
    body: { type: 'array', minItems: 2, maxItems: 2, prefixItems: [S, { type: 'integer' }], items: false },
    expected: { 'a.json#': { kind: 'array', tuple: [{ kind: 'string' }, { kind: 'integer' }], additionalItems: { kind: 'never', origin: { pointer: '/items' } } } },
  },
  {
    name: 'items array + additionalItems (2019-09): the tuple and its rest',
    dialect: '2019-09',
    body: { type: 'array', minItems: 1, maxItems: 1, items: [S], additionalItems: false },
    expected: { 'a.json#': { kind: 'array', tuple: [{ kind: 'string' }], additionalItems: { kind: 'never' } } },
  },
  {
    name: 'dependentRequired and dependentSchemas: the two forms of dependencies',
    body: { type: 'object', properties: { a: S, b: S }, dependentRequired: { a: ['b'] }, dependentSchemas: { b: { required: ['a'] } } },
    expected: { 'a.json#': { kind: 'object', dependencies: [{ property: 'a', requires: ['b'] }, { property: 'b', requires: { kind: 'ref', target: 'a.json#/dependentSchemas/b' } }] } },
  },
  {
    name: 'unevaluatedProperties with nothing else evaluating: additionalProperties',
    body: { type: 'object', properties: { a: S }, unevaluatedProperties: false },
    expected: { 'a.json#': { kind: 'object', additional: { kind: 'closed' } } },
  },
  {
    name: 'unevaluatedProperties with a schema: a typed additional, named as additionalProperties is',
    body: { title: 'A', type: 'object', unevaluatedProperties: { type: 'object', properties: { v: S } } },
    expected: { 'a.json#': { kind: 'object', additional: { kind: 'typed', type: { kind: 'ref', target: 'a.json#/unevaluatedProperties' } } } },
    names: { 'a.json#/unevaluatedProperties': 'AValue' },
  },
  {
    name: 'unevaluatedProperties beside allOf: kept as a facet, the object stays open',
    body: { type: 'object', allOf: [{ properties: { a: S } }], unevaluatedProperties: false },
    expected: { 'a.json#': { kind: 'intersection', unevaluated: { properties: { kind: 'never', origin: { pointer: '/unevaluatedProperties' } } } } },
  },
  {
    name: 'unevaluatedProperties beside additionalProperties: nothing is left unevaluated',
    body: { type: 'object', additionalProperties: S, unevaluatedProperties: false },
    expected: { 'a.json#': { kind: 'object', additional: { kind: 'typed' } } },
  },
  {
    name: 'unevaluatedItems with nothing else evaluating: items',
    body: { type: 'array', unevaluatedItems: S },
    expected: { 'a.json#': { kind: 'array', items: { kind: 'string', origin: { pointer: '/unevaluatedItems' } } } },
  },
  {
    name: 'unevaluatedItems after a tuple: its rest',
    body: { type: 'array', minItems: 1, maxItems: 1, prefixItems: [S], unevaluatedItems: false },
    expected: { 'a.json#': { kind: 'array', tuple: [{ kind: 'string' }], additionalItems: { kind: 'never' } } },
  },
  {
    name: 'unevaluatedItems beside contains: a facet',
    body: { type: 'array', contains: S, unevaluatedItems: false },
    expected: { 'a.json#': { kind: 'array', contains: { kind: 'string' }, unevaluated: { items: { kind: 'never' } } } },
  },
  {
    name: '$ref with a validating sibling: an intersection (siblings apply in 2019-09 and later)',
    body: { $defs: { s: S }, type: 'object', properties: { x: { $ref: '#/$defs/s', type: 'string', maxLength: 3 } } },
    expected: { 'a.json#/properties/x': { kind: 'intersection', members: [{ kind: 'ref', target: 'a.json#/$defs/s' }, { kind: 'string', maxLength: 3 }] } },
  },
  {
    name: '$ref beside $defs and $anchor only: still a plain reference',
    body: { $ref: '#/$defs/s', $defs: { s: S }, $anchor: 'top' },
    expected: { 'a.json#': { kind: 'ref', target: 'a.json#/$defs/s' } },
  },
  {
    name: '$ref to an $anchor: the schema that declares it, by its canonical pointer',
    body: { type: 'object', $defs: { port: { $anchor: 'port', type: 'integer' } }, properties: { p: { $ref: '#port' } } },
    expected: { 'a.json#': { kind: 'object', properties: [{ name: 'p', type: { kind: 'ref', target: 'a.json#/$defs/port' } }] } },
  },
  {
    name: 'const and deprecated',
    body: { type: 'object', properties: { kind: { const: 'mysql', deprecated: true } } },
    expected: { 'a.json#': { kind: 'object', properties: [{ name: 'kind', type: { kind: 'const', value: 'mysql', annotations: { deprecated: true } } }] } },
  },
];

describe('2019-09 / 2020-12 keywords in the IR', () => {
  it.each(CASES)('$name', async ({ body, dialect, expected, names }) => {
    const ir = await build([file('a.json', body, dialect)]);
    for (const [id, shape] of Object.entries(expected)) expect(ir.declarations.get(id)?.type, id).toMatchObject(shape);
    for (const [id, name] of Object.entries(names ?? {})) expect(ir.declarations.get(id)?.name, id).toBe(name);
  });

  it('resolves a $ref to an $anchor in another file, by relative URL and by $id', async () => {
    const ir = await build([
      file('a.json', { type: 'object', properties: { x: { $ref: 'b.json#port' }, y: { $ref: `${BASE_URL}b.json#port` } } }),
      file('b.json', { $defs: { port: { $anchor: 'port', type: 'integer' } } }),
    ]);
    const root = ir.declarations.get('a.json#')?.type;
    expect(root?.kind === 'object' ? root.properties.map((p) => p.type) : []).toMatchObject([{ target: 'b.json#/$defs/port' }, { target: 'b.json#/$defs/port' }]);
  });

  it('builds the IR from a draft-07 file and a 2020-12 file side by side (no $ref between them)', async () => {
    const draft07 = { path: 'd.json', text: JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `${BASE_URL}d.json`, type: 'object', definitions: { a: S } }) };
    const ir = await build([draft07, file('e.json', { type: 'object', $defs: { b: S } })]);
    expect([...ir.declarations.keys()].sort()).toEqual(['d.json#', 'd.json#/definitions/a', 'e.json#', 'e.json#/$defs/b']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse, type Diagnostic } from '@connspec/core';
import { generate } from 'connspec';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

const URI = {
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
} as const;

const file = (path: string, schema: string, body: object) => ({ path, text: JSON.stringify({ $schema: schema, $id: BASE_URL + path, ...body }, null, 2) });

/** Line and column (1-based) of the first `needle` in `text`, as the diagnostics count them. */
function at(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

async function errors(sources: { path: string; text: string }[]): Promise<Diagnostic[]> {
  const { diagnostics } = await analyse(tempConfig(), sources);
  return diagnostics.filter((d) => d.severity === 'error');
}

const S = { type: 'string' };

interface Case {
  readonly name: string;
  readonly schema: string;
  readonly body: object;
  readonly rule: string;
  readonly pointer: string;
  /** Where the diagnostic must point: the first occurrence of this text in the file. */
  readonly needle: string;
  readonly says: readonly string[];
  readonly hint: RegExp;
}

const CASES: readonly Case[] = [
  { name: 'an unsupported $schema', schema: 'http://json-schema.org/draft-04/schema#', body: { type: 'object' }, rule: 'draft-07', pointer: '/$schema', needle: '"$schema"', says: ['draft-04', 'not a dialect connspec reads'], hint: /draft\/2020-12\/schema/ },
  { name: 'a keyword of another dialect (prefixItems in draft-07)', schema: URI['draft-07'], body: { type: 'array', prefixItems: [S] }, rule: 'unknown-keyword', pointer: '/prefixItems', needle: '"prefixItems"', says: ['"prefixItems"', 'not a draft-07 keyword'], hint: /spelling/ },
  { name: 'a misspelt keyword deep under $defs (2020-12)', schema: URI['2020-12'], body: { $defs: { a: { type: 'string', titel: 'A' } } }, rule: 'unknown-keyword', pointer: '/$defs/a/titel', needle: '"titel"', says: ['"titel"', 'not a 2020-12 keyword'], hint: /spelling/ },
  { name: 'additionalItems in 2020-12 (it has prefixItems/items instead)', schema: URI['2020-12'], body: { type: 'array', additionalItems: false }, rule: 'unknown-keyword', pointer: '/additionalItems', needle: '"additionalItems"', says: ['not a 2020-12 keyword'], hint: /spelling/ },
  { name: 'a bad value of an extension keyword (2019-09)', schema: URI['2019-09'], body: { type: 'object', properties: { p: { type: 'string', mask: 3 } } }, rule: 'meta-schema', pointer: '/properties/p/mask', needle: '"mask"', says: ['boolean'], hint: /mask/ },
  { name: '$dynamicRef (2020-12)', schema: URI['2020-12'], body: { $dynamicAnchor: 'node', type: 'object', properties: { next: { $dynamicRef: '#node' } } }, rule: 'dialect-keyword', pointer: '/properties/next/$dynamicRef', needle: '"$dynamicRef"', says: ['`$dynamicRef`', 'dynamic scope', 'does not support'], hint: /"\$ref"/ },
  { name: '$recursiveRef (2019-09)', schema: URI['2019-09'], body: { $recursiveAnchor: true, type: 'object', properties: { next: { $recursiveRef: '#' } } }, rule: 'dialect-keyword', pointer: '/properties/next/$recursiveRef', needle: '"$recursiveRef"', says: ['`$recursiveRef`'], hint: /"\$ref"/ },
  { name: 'minContains (2020-12)', schema: URI['2020-12'], body: { type: 'array', contains: S, minContains: 2 }, rule: 'dialect-keyword', pointer: '/minContains', needle: '"minContains"', says: ['`minContains`'], hint: /remove "minContains"/ },
  { name: 'a $ref to an anchor nobody declares', schema: URI['2020-12'], body: { type: 'object', properties: { p: { $ref: '#nowhere' } } }, rule: 'ref-unresolvable', pointer: '/properties/p/$ref', needle: '"$ref"', says: ['"nowhere"', '$anchor'], hint: /"\$anchor": "nowhere"/ },
  { name: 'an $id with a fragment (2020-12 forbids it)', schema: URI['2020-12'], body: { $defs: { a: { $id: 'inner.json#x', type: 'string' } } }, rule: 'meta-schema', pointer: '/$defs/a/$id', needle: '"$id": "inner', says: ['pattern'], hint: /\$id/ },
];

describe('dialects: diagnostics', () => {
  it.each(CASES)('$name', async ({ schema, body, rule, pointer, needle, says, hint }) => {
    const source = file('a.json', schema, body);
    const found = (await errors([source])).filter((d) => d.rule === rule);
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d).toMatchObject({ file: 'a.json', pointer, ...at(source.text, needle) });
    for (const text of says) expect(d?.message).toContain(text);
    expect(d?.hint).toMatch(hint);
  });

  it('accepts each dialect URI with and without the trailing #, and a file without $schema as draft-07', async () => {
    const uris = [URI['draft-07'], URI['draft-07'].slice(0, -1), URI['2019-09'], `${URI['2019-09']}#`, URI['2020-12'], `${URI['2020-12']}#`];
    const sources = uris.map((u, i) => file(`f${i}.json`, u, { title: `F${i}`, type: 'object' }));
    expect(await errors(sources)).toEqual([]);
    const bare = { path: 'g.json', text: JSON.stringify({ $id: `${BASE_URL}g.json`, type: 'object', properties: { p: { type: 'array', prefixItems: [S] } } }) };
    // Read as draft-07 (so `prefixItems` is unknown there); the missing $schema is reported as before.
    expect((await errors([bare])).map((d) => `${d.rule} ${d.pointer}`).sort()).toEqual(['draft-07 ', 'unknown-keyword /properties/p/prefixItems']);
  });

  it('refuses a $ref between files of different dialects, at the $ref', async () => {
    const a = file('a.json', URI['2020-12'], { type: 'object', properties: { b: { $ref: 'b.json' } } });
    const b = file('b.json', URI['draft-07'], { type: 'string' });
    const found = await errors([a, b]);
    expect(found.map((d) => d.rule)).toEqual(['ref-dialect']);
    expect(found[0]).toMatchObject({ file: 'a.json', pointer: '/properties/b/$ref', ...at(a.text, '"$ref"') });
    expect(found[0]?.message).toContain('b.json, a draft-07 schema, from a 2020-12 schema');
    expect(found[0]?.hint).toMatch(/same "\$schema"/);
  });

  it('validates 2020-12 with ajv 2020 semantics: prefixItems and $anchor compile, an invalid default is caught', async () => {
    const source = file('a.json', URI['2020-12'], { type: 'object', properties: { pair: { type: 'array', minItems: 1, maxItems: 1, prefixItems: [{ $ref: '#port' }], default: ['x'] } }, $defs: { port: { $anchor: 'port', type: 'integer' } } });
    const { diagnostics } = await analyse(tempConfig({ rules: { 'unsupported-keyword': 'off' } }), [source]);
    expect(diagnostics.map((d) => `${d.severity} ${d.rule} ${d.pointer}`)).toEqual(['error default-valid /properties/pair/default']);
  });

  it('names unevaluatedProperties beside allOf at generation: a Python warning and a Java inexpressible constraint', async () => {
    const source = file('type/closed.json', URI['2020-12'], { title: 'Closed', type: 'object', allOf: [{ properties: { a: S } }], unevaluatedProperties: false });
    const result = await generate(tempConfig(), { targets: ['python', 'java'], sources: [source], write: false });
    const named = result.diagnostics.filter((d) => d.pointer === '/unevaluatedProperties').map((d) => `${d.severity} ${d.rule}`);
    expect(named.sort()).toEqual(['error java-inexpressible', 'warning python-unenforced']);
  });
});

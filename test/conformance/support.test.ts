import { describe, expect, it } from 'vitest';
import { analyse, keywordUses, LINT_RULES, SUPPORT_KEYWORDS, supportMatrix } from '@connspec/core';
import { LANGUAGES } from '../support/languages.js';
import { BASE_URL, tempConfig } from '../support/workspace.js';

const kinds = (schema: unknown): string[] => [...new Set(keywordUses(schema as never, BASE_URL).map((u) => u.keyword))].sort();

describe('support table and keyword detection', () => {
  it('names every language for every keyword', () => {
    // Every language's column has a cell for every row, and nothing else.
    for (const l of LANGUAGES) expect(Object.keys(l.support).sort()).toEqual(SUPPORT_KEYWORDS.map((k) => k.keyword).sort());
    for (const row of supportMatrix(LANGUAGES)) for (const l of LANGUAGES) expect(['full', 'partial', 'none']).toContain(row.cells[l.id]?.level);
    expect(new Set(SUPPORT_KEYWORDS.map((k) => k.keyword)).size).toBe(SUPPORT_KEYWORDS.length);
  });

  it('tells forms apart: tuple items, type lists, boolean schemas, remote refs, nested $id, keywords beside a combinator', () => {
    expect(kinds({ type: 'array', items: [{ type: 'string' }], additionalItems: false })).toEqual(['additionalItems', 'items (array form)', 'type']);
    expect(kinds({ type: ['string', 'null'], properties: { a: false }, additionalProperties: false })).toEqual(['additionalProperties', 'false (schema)', 'properties', 'type (list)']);
    expect(kinds({ $ref: 'http://example.com/x.json' })).toEqual(['$ref (remote)']);
    expect(kinds({ $ref: `${BASE_URL}a.json`, definitions: { a: { $id: 'b.json' } } })).toEqual(['$id (inside a schema)', '$ref', 'definitions']);
    expect(kinds({ type: 'string', anyOf: [{ maxLength: 2 }] })).toEqual(['anyOf', 'keywords beside $ref or a combinator', 'maxLength', 'type']);
    expect(kinds({ enum: [1], default: 1, examples: [{ not: {} }] })).toEqual(['default', 'enum']);
  });

  it('warns at generation time where Python or Java cannot enforce a keyword, naming the language', async () => {
    expect(LINT_RULES.find((r) => r.id === 'unsupported-keyword')?.severity).toBe('warning');
    const path = 'type/thing.json';
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: BASE_URL + path, type: 'array', items: { type: 'string' }, contains: { type: 'string', const: 'x' } };
    const { diagnostics } = await analyse(tempConfig(), [{ path, text: JSON.stringify(schema, null, 2) }], { languages: LANGUAGES });
    const warnings = diagnostics.filter((d) => d.rule === 'unsupported-keyword');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: path, pointer: '/contains' });
    expect(warnings[0]?.message).toContain('Java');
    expect(warnings[0]?.message).not.toContain('Python');
  });
});

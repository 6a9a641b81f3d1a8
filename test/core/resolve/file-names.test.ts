import { describe, expect, it } from 'vitest';
import { analyse } from '@connspec/core';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const file = (path: string, id: string, body: object) => ({ path, text: JSON.stringify({ $schema: DRAFT_07, $id: id, ...body }, null, 2) });

/** A file name with a space and non-ASCII letters, its `$id` spelt either way, referred to either way. */
const CASES = [
  { name: 'raw $id, raw $ref', id: `${BASE_URL}type/dé faut.json`, ref: 'dé faut.json#/definitions/a' },
  { name: 'raw $id, percent-encoded $ref', id: `${BASE_URL}type/dé faut.json`, ref: 'd%C3%A9%20faut.json#/definitions/a' },
  { name: 'percent-encoded $id, raw $ref', id: `${BASE_URL}type/d%C3%A9%20faut.json`, ref: 'dé faut.json#/definitions/a' },
  { name: 'file name with # and %', id: `${BASE_URL}type/a%23b%25c.json`, ref: 'a%23b%25c.json#/definitions/a', path: 'type/a#b%c.json' },
] as const;

describe('file names that URLs spell with escapes resolve like any other', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const target = 'path' in c ? c.path : 'type/dé faut.json';
    const sources = [
      file(target, c.id, { definitions: { a: { type: 'string' } } }),
      file('type/b.json', `${BASE_URL}type/b.json`, { type: 'object', properties: { p: { $ref: c.ref } } }),
    ];
    const { ir, diagnostics } = await analyse(tempConfig({ targets: ['typescript'] }), sources);
    expect(diagnostics).toEqual([]);
    const b = [...(ir?.declarations.values() ?? [])].find((d) => d.file === 'type/b.json');
    expect(JSON.stringify(b?.type)).toContain(`${target}#/definitions/a`);
  });
});

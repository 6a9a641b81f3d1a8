import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifierMember, supportMatrix, SUPPORT_KEYWORDS, type Generator, type LanguageSupport, type TargetLanguage } from '@connspec/core';
import { BUILTIN_GENERATORS, check, loadConfig } from 'connspec';
import { LANGUAGES } from '../support/languages.js';
import { ROOT } from '../support/workspace.js';

/**
 * A fourth language registered from the tests alone: the core learns its reserved names, member
 * spellings and support column from the `TargetLanguage` it registers, with no change to the core.
 * Toy spells members in upper snake case, reserves `Widget`, checks values, and enforces nothing but
 * `type` and `properties`.
 */
const TOY_KEYWORDS = new Set(['SELF']);
const TOY: TargetLanguage = {
  id: 'toy',
  label: 'Toy',
  validates: true,
  keywords: TOY_KEYWORDS,
  reservedTypeNames: ['Widget'],
  memberName: (name) => identifierMember(name, { valid: (n) => /^[A-Z][A-Z0-9_]*$/.test(n), join: (words) => words.map((w) => w.toUpperCase()).join('_'), prefix: 'F_', keywords: TOY_KEYWORDS }),
  support: Object.fromEntries(SUPPORT_KEYWORDS.map((k): [string, LanguageSupport] => [k.keyword, { level: ['type', 'properties'].includes(k.keyword) ? 'full' : 'none', note: 'Toy checks kinds and properties only.' }])),
  // Toy's regex engine has no look-ahead: `pattern-portable` then names it.
  patternDialects: [{ id: 'toy', unshared: { 'look-ahead': 'Toy regex' } }],
};

/** One `.toy` file per schema file: each declaration and its members as Toy spells them. */
const toyGenerator: Generator = {
  target: 'toy',
  description: 'Toy declarations (a test target)',
  language: TOY,
  generate: async (ir) => ({
    files: ir.files.map((file) => ({
      path: file.path.replace(/\.json$/, '.toy'),
      contents: file.declarations
        .map((id) => ir.declarations.get(id))
        .map((decl) => `${decl?.name ?? '?'}: ${decl?.type.kind === 'object' ? decl.type.properties.map((p) => TOY.memberName(p.name).identifier).join(', ') : decl?.type.kind}\n`)
        .join(''),
    })),
    diagnostics: [],
  }),
};

const generators = [...BUILTIN_GENERATORS, toyGenerator];
const configOf = (overrides = {}) => loadConfig(ROOT, { outDir: mkdtempSync(join(tmpdir(), 'connspec-toy-')), ...overrides }, { generators });

describe('a fourth language registered from outside the core', () => {
  it('generates for the whole catalogue beside the built-in targets, which stay as they were', async () => {
    const withToy = await check(configOf(), { generators, targets: ['toy', 'python'] });
    const without = await check(configOf(), { targets: ['python'] });
    expect(withToy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const toy = withToy.files.get('toy') ?? [];
    expect(toy.length).toBe(withToy.ir?.files.length);
    expect(toy.find((f) => f.path.endsWith('mysqlConnection.toy'))?.contents).toMatch(/^MysqlConnection: TYPE, .*HOST_PORT/m);
    expect(withToy.files.get('python')).toEqual(without.files.get('python'));
  });

  it.each([
    { name: 'a type name it reserves is refused, naming it', schema: { title: 'Widget', type: 'object' }, rule: 'name-reserved', says: 'reserved in toy' },
    { name: 'two properties it spells alike collide', schema: { type: 'object', properties: { 'host-port': { type: 'string' }, HOST_PORT: { type: 'string' } } }, rule: 'member-collision', says: 'in toy' },
    { name: 'a keyword it does not enforce is a warning naming it', schema: { type: 'array', contains: { type: 'string' } }, rule: 'unsupported-keyword', says: 'Toy' },
    { name: 'a pattern construct its regex engine lacks is a warning naming it', schema: { type: 'string', pattern: '^(?!x)y$' }, rule: 'pattern-portable', says: 'Toy regex' },
  ])('$name', async ({ schema, rule, says }) => {
    const path = 'type/thing.json';
    const text = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `https://connspec.dev/schema/${path}`, ...schema }, null, 2);
    const result = await check(configOf({ connections: null }), { generators, targets: ['toy'], sources: [{ path, text }] });
    const found = result.diagnostics.filter((d) => d.rule === rule);
    expect(found.map((d) => d.message).join('\n')).toContain(says);
    // Without Toy registered, the same schema passes that rule.
    const builtIn = await check(loadConfig(ROOT, { outDir: mkdtempSync(join(tmpdir(), 'connspec-toy-')), connections: null }), { targets: ['typescript'], sources: [{ path, text }] });
    expect(builtIn.diagnostics.filter((d) => d.rule === rule && d.message.includes(says))).toEqual([]);
  });

  it('adds its column to the support matrix', () => {
    const matrix = supportMatrix([...LANGUAGES, TOY]);
    expect(matrix.find((r) => r.keyword === 'contains')?.cells.toy).toEqual({ level: 'none', note: 'Toy checks kinds and properties only.' });
    expect(matrix.find((r) => r.keyword === 'properties')?.cells).toMatchObject({ toy: { level: 'full' }, python: { level: 'full' } });
  });
});

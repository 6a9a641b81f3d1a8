import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from 'connspec';
import type { JsonValue } from '@connspec/core';
import { convertDialect, type LaterDialect } from '../../support/dialect-convert.js';
import { SCHEMAS, tempConfig } from '../../support/workspace.js';

const TARGETS = ['typescript', 'python', 'java'] as const;

/** Every shipped schema (the connections, the registries and every file they reference), as sources. */
function catalogue(): { path: string; text: string }[] {
  return readdirSync(SCHEMAS, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => relative(SCHEMAS, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(SCHEMAS, path), 'utf8') }));
}

function converted(dialect: LaterDialect): { path: string; text: string }[] {
  return catalogue().map(({ path, text }) => ({ path, text: `${JSON.stringify(convertDialect(JSON.parse(text) as JsonValue, dialect), null, 2)}\n` }));
}

/** Target → path → contents, and the error diagnostics (there must be none). */
async function outputs(sources: { path: string; text: string }[]): Promise<{ files: Record<string, Record<string, string>>; errors: string[] }> {
  // Java reports (in UNENFORCED.md, compared too) what it cannot enforce, here tuples and `dependencies`.
  const result = await generate(tempConfig({ generators: { java: { inexpressible: 'report' } } }), { targets: TARGETS, sources, write: false });
  const files = Object.fromEntries([...result.files].map(([target, list]) => [target, Object.fromEntries(list.map((f) => [f.path, f.contents]))]));
  return { files, errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} [${d.rule}] ${d.message}`) };
}

/**
 * The one legitimate difference: where generated code names its source (`@see file.json#/$defs/x`),
 * it names the place as the file spells it (`$defs`, `dependentSchemas`, `prefixItems`, …). Those
 * pointers are blanked on both sides; every other byte must be the same.
 */
function sameSource(text: string): string {
  return text.replace(/(\.json#)\/[^\s'"`)]*/g, '$1/…');
}

async function expectSameOutputs(draft07: { path: string; text: string }[], later: { path: string; text: string }[]): Promise<void> {
  const [before, after] = await Promise.all([outputs(draft07), outputs(later)]);
  expect(after.errors).toEqual([]);
  expect(before.errors).toEqual([]);
  for (const target of TARGETS) {
    expect(Object.keys(after.files[target] ?? {})).toEqual(Object.keys(before.files[target] ?? {}));
    for (const [path, contents] of Object.entries(before.files[target] ?? {})) expect(sameSource(after.files[target]?.[path] ?? ''), `${target}: ${path}`).toBe(sameSource(contents));
  }
}

/** What the shipped catalogue lacks: a tuple with its rest, `dependencies` in both forms, `definitions` inside a definition. */
const SHAPES = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://connspec.dev/schema/type/shapes.json',
  title: 'Shapes',
  type: 'object',
  definitions: {
    point: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'], additionalProperties: false, definitions: { unit: { type: 'string', enum: ['cm', 'in'] } } },
  },
  properties: {
    // ajv's strict mode wants a tuple's length pinned.
    pair: { type: 'array', minItems: 2, maxItems: 2, items: [{ type: 'string' }, { $ref: '#/definitions/point' }], additionalItems: { type: 'object', properties: { tag: { type: 'string' } } } },
    unit: { $ref: '#/definitions/point/definitions/unit' },
    host: { type: 'string' },
    port: { type: 'integer' },
    tls: { type: 'boolean' },
  },
  // Name lists first: the rewrite groups them under `dependentRequired` before `dependentSchemas`, and the
  // Python rules follow that order (interleaved, the same checks would come in another order).
  dependencies: { port: ['host'], host: ['port'], tls: { type: 'object', properties: { certificate: { type: 'string' } } } },
  additionalProperties: false,
};

describe('2019-09 and 2020-12 input: the same IR, the same generated code', () => {
  it.each(['2020-12', '2019-09'] as const)('the whole catalogue rewritten as %s generates the same TypeScript, Python and Java', async (dialect) => {
    const sources = converted(dialect);
    // The rewrite is real: every file changed dialect, and `$defs` replaced every `definitions`.
    expect(sources.every((s) => s.text.includes(`draft/${dialect}/schema`))).toBe(true);
    expect(sources.some((s) => s.text.includes('"$defs"'))).toBe(true);
    expect(sources.some((s) => s.text.includes('"definitions"') || s.text.includes('#/definitions/'))).toBe(false);
    const connections = sources.filter((s) => /^entity\/services\/connections\/.+Connection\.json$/.test(s.path));
    expect(connections.length).toBeGreaterThanOrEqual(4);
    await expectSameOutputs(catalogue(), sources);
  });

  it.each(['2020-12', '2019-09'] as const)('tuples, both forms of dependencies and nested definitions rewritten as %s generate the same code', async (dialect) => {
    const draft07 = [{ path: 'type/shapes.json', text: JSON.stringify(SHAPES, null, 2) }];
    const later = draft07.map(({ path, text }) => ({ path, text: JSON.stringify(convertDialect(JSON.parse(text) as JsonValue, dialect), null, 2) }));
    if (dialect === '2020-12') expect(later[0]?.text).toContain('"prefixItems"');
    expect(later[0]?.text).toContain('"dependentSchemas"');
    await expectSameOutputs(draft07, later);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../support/generate.js';
import { DRAFT_07, type Source } from '../../bad-input/sources.js';
import { tscStrict } from '../../support/tsc.js';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

/**
 * What the TypeScript types accept at the edges, checked by tsc --strict: inherited member names
 * (`toString`), unions of closed branches, and `oneOf` branches that only list `required` names
 * (a shape the Java target refuses, so the probe suite cannot hold it).
 */
const PATH = 'entity/services/connections/database/edgesConnection.json';
const EDGES: Source = {
  path: PATH,
  text: JSON.stringify({
    $schema: DRAFT_07,
    $id: `${BASE_URL}${PATH}`,
    title: 'EdgesConnection',
    type: 'object',
    schemaVersion: '1.0.0',
    properties: {
      type: { type: 'string', enum: ['Edges'] },
      host: { type: 'string' },
      socket: { type: 'string' },
      toString: { type: 'string' },
      constructor: { type: 'integer' },
      auth: {
        oneOf: [
          { title: 'Password', type: 'object', properties: { user: { type: 'string' }, toString: { type: 'string' } }, required: ['user'], additionalProperties: false },
          { title: 'Token', type: 'object', properties: { key: { type: 'string', format: 'password' } }, required: ['key'], additionalProperties: false },
        ],
      },
      open: { type: 'object', oneOf: [{ required: ['a'] }, { required: ['b'] }] },
    },
    oneOf: [{ required: ['host'] }, { required: ['socket'] }],
    additionalProperties: false,
  }),
};

/** A config literal typed as the connection; `ok: false` puts it under `@ts-expect-error`. */
const CASES: readonly { readonly ok: boolean; readonly value: unknown }[] = [
  { ok: true, value: { host: 'h' } },
  { ok: true, value: { socket: 's', toString: 't', constructor: 1 } },
  { ok: true, value: { host: 'h', auth: { user: 'u' } } },
  { ok: true, value: { host: 'h', auth: { user: 'u', toString: 'x' } } },
  { ok: true, value: { host: 'h', auth: { key: 'k' } } },
  { ok: true, value: { host: 'h', open: { a: 1, z: [] } } },
  { ok: false, value: {} },
  { ok: false, value: { toString: 't' } },
  { ok: false, value: { host: 'h', other: 1 } },
  { ok: false, value: { host: 'h', toString: 5 } },
  { ok: false, value: { host: 'h', constructor: 'c' } },
  { ok: false, value: { host: 'h', auth: { user: 'u', key: 'k' } } },
  { ok: false, value: { host: 'h', auth: { toString: 'x' } } },
  { ok: false, value: { host: 'h', open: {} } },
  { ok: false, value: { host: 'h', open: { z: 1 } } },
];

let dir: string;

beforeAll(async () => {
  const config = tempConfig();
  await generate(config, ['typescript'], [EDGES]);
  dir = join(config.outDir, 'typescript');
});

describe('typescript types at the edges', () => {
  it('accept every valid config and reject each invalid one a type can see (tsc --strict)', () => {
    const lines = CASES.map((c, i) => `${c.ok ? '' : '// @ts-expect-error\n'}export const c${i}: EdgesConnection = ${JSON.stringify(c.value)};`);
    writeFileSync(join(dir, '__edges__.ts'), `import type { EdgesConnection } from './${PATH.replace(/\.json$/, '.js')}';\n\n${lines.join('\n')}\n`);
    expect(tscStrict(dir)).toBe('');
  });
});

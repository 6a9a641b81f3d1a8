import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from 'connspec';
import { SCHEMAS, tempConfig } from '../../support/workspace.js';

const MYSQL = 'entity/services/connections/database/mysqlConnection.json';

/** A step named like a Python keyword: the lint rule refuses it; with that rule off, the Python target still does. */
describe('a test-connection step named like a Python keyword', () => {
  it.each([
    { name: 'the lint rule refuses it', rules: {} as Record<string, 'off'>, from: 'the analysis' },
    { name: 'with the rule off, the Python target refuses it instead of writing an unimportable module', rules: { 'test-connection-steps': 'off' } as Record<string, 'off'>, from: 'the generator' },
  ])('$name', async ({ rules, from }) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, MYSQL), 'utf8')) as Record<string, unknown>;
    schema.testConnection = { add: [{ name: 'None', description: 'A step named None.' }] };
    const sources = readdirSync(SCHEMAS, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(SCHEMAS, join(e.parentPath, e.name)).split(sep).join('/'))
      .map((path) => ({ path, text: path === MYSQL ? `${JSON.stringify(schema, null, 2)}\n` : readFileSync(join(SCHEMAS, path), 'utf8') }));
    const result = await check(tempConfig({ rules }), { targets: ['python'], sources });
    const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.rule === 'test-connection-steps');
    expect(errors.map((d) => d.file)).toEqual([MYSQL]);
    expect(errors[0]?.message).toMatch(from === 'the analysis' ? /"None" is a keyword in python/ : /"None" is a Python keyword/);
    expect(result.files.size).toBe(0);
  });
});

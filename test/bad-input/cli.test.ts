import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copySchemas, ROOT } from '../support/workspace.js';

const run = async (...args: string[]) => {
  const r = await runCli(args, { cwd: ROOT });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};
const FIELDS = ['column', 'file', 'hint', 'line', 'message', 'pointer', 'rule', 'severity'];

describe('connspec CLI on bad input', () => {
  it('validate --format json on a broken tree exits 1 and prints a JSON array of diagnostics', async () => {
    const schemas = copySchemas();
    const file = 'entity/services/connections/database/mysqlConnection.json';
    const text = readFileSync(join(schemas, file), 'utf8');
    // Line 6 is `  "type": "object",`; without its comma the parser stops at line 7, column 3.
    expect(text.split('\n')[5]).toBe('  "type": "object",');
    writeFileSync(join(schemas, file), text.replace('  "type": "object",', '  "type": "object"'));
    const result = await run('validate', '--format', 'json', '--schemas', schemas);
    expect(result.status, result.stderr).toBe(1);
    const diagnostics = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(Array.isArray(diagnostics)).toBe(true);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(Object.keys(d).sort()).toEqual(FIELDS);
    expect(diagnostics).toContainEqual({
      severity: 'error',
      rule: 'json-syntax',
      file,
      line: 7,
      column: 3,
      pointer: '',
      message: expect.stringContaining('malformed JSON'),
      hint: expect.stringContaining('missing comma'),
    });
  });

  it('validate on the shipped schemas exits 0', async () => {
    const result = await run('validate');
    expect(result.stderr).toContain('0 error(s)');
    expect(result.status, result.stderr).toBe(0);
  });

  it('generate --format json prints the write reports, the diagnostics and what the cache gave, nothing else', async () => {
    const out = mkdtempSync(join(tmpdir(), 'connspec-cli-json-'));
    const result = await run('generate', '--target', 'typescript', '--out', out, '--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, diagnostics: [], reports: [{ target: 'typescript', written: 47, removed: [], changed: true }], cache: 'miss', units: {} });
  });

  it('an unknown command exits 2 and points at the usage', async () => {
    const result = await run('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('run "connspec --help" for usage');
  });
});

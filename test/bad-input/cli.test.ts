import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySchemas, ROOT } from '../support/workspace.js';

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'tools/cli/bin/connspec.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
const FIELDS = ['column', 'file', 'hint', 'line', 'message', 'pointer', 'rule', 'severity'];

describe('connspec CLI on bad input', () => {
  it('validate --format json on a broken tree exits 1 and prints a JSON array of diagnostics', () => {
    const schemas = copySchemas();
    const file = 'entity/services/connections/database/mysqlConnection.json';
    const text = readFileSync(join(schemas, file), 'utf8');
    // Line 6 is `  "type": "object",`; without its comma the parser stops at line 7, column 3.
    expect(text.split('\n')[5]).toBe('  "type": "object",');
    writeFileSync(join(schemas, file), text.replace('  "type": "object",', '  "type": "object"'));
    const result = run('validate', '--format', 'json', '--schemas', schemas);
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

  it('validate on the shipped schemas exits 0', () => {
    const result = run('validate');
    expect(result.stderr).toContain('0 error(s)');
    expect(result.status, result.stderr).toBe(0);
  });

  it('an unknown command exits 2 with the usage', () => {
    const result = run('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('usage:');
  });
});

import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '@connspec/core';
import { schema } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';

const A = 'entity/services/connections/database/aConnection.json';
// The same module object the rule loads (it requires recheck lazily), so a spy sees its calls.
const recheck = createRequire(import.meta.url)('recheck') as typeof import('recheck');

describe('pattern-redos when recheck\'s worker fails', () => {
  const saved = process.env.RECHECK_SYNC_BACKEND;
  afterEach(() => {
    if (saved === undefined) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = saved;
  });

  it('falls back to the in-process checker: the same verdict, and the setting is left as it was', async () => {
    // An unknown backend makes recheck throw, as a crashed synckit worker does.
    process.env.RECHECK_SYNC_BACKEND = 'broken';
    const { diagnostics } = await analyse(tempConfig(), [schema(A, '  "type": "string",', '  "pattern": "^(a+)+$"')]);
    expect(diagnostics.filter((d) => d.rule === 'pattern-redos')).toEqual([expect.objectContaining({ file: A, pointer: '/pattern', severity: 'error' })]);
    expect(process.env.RECHECK_SYNC_BACKEND).toBe('broken');
  });
});

describe('pattern-redos over repeated patterns', () => {
  const saved = process.env.RECHECK_SYNC_BACKEND;
  afterEach(() => {
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = saved;
  });

  it('asks recheck once per distinct pattern and reports every place that holds a ReDoS-prone one', async () => {
    // In-process, so a failing worker's retry (a second call for the same pattern) cannot happen here.
    process.env.RECHECK_SYNC_BACKEND = 'pure';
    const checkSync = vi.spyOn(recheck, 'checkSync');
    const { diagnostics } = await analyse(tempConfig(), [schema(A,
      '  "type": "object",',
      '  "properties": {',
      '    "a": { "type": "string", "pattern": "^(a+)+$" },',
      '    "b": { "type": "string", "pattern": "^[a-z]+$" },',
      '    "c": { "type": "string", "pattern": "^(a+)+$" },',
      '    "d": { "type": "string", "pattern": "^[a-z]+$" }',
      '  }',
    )]);
    expect(checkSync.mock.calls).toEqual([['^(a+)+$', 'u'], ['^[a-z]+$', 'u']]);
    const found = diagnostics.filter((d) => d.rule === 'pattern-redos');
    expect(found.map(({ file, line, column, pointer }) => ({ file, line, column, pointer }))).toEqual([
      { file: A, line: 6, column: 30, pointer: '/properties/a/pattern' },
      { file: A, line: 8, column: 30, pointer: '/properties/c/pattern' },
    ]);
    // One verdict, stated at both places (the attack string is recheck's, so only its start is fixed here).
    expect(found[0]?.message).toMatch(/^\/\^\(a\+\)\+\$\/ is ReDoS-prone: exponential backtracking \(e\.g\. "a+/);
    expect(found[1]?.message).toBe(found[0]?.message);
  });
});

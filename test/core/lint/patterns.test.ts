import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '@connspec/core';
import { schema } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';

const A = 'entity/services/connections/database/aConnection.json';

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

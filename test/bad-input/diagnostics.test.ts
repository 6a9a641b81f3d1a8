import { describe, expect, it } from 'vitest';
import { analyse } from '@connspec/core';
import { tempConfig } from '../support/workspace.js';
import { BAD_CASES } from './cases.js';
import { expectDiagnostics, schema } from './sources.js';

describe('bad input: each is reported at its exact place, with rule, message and fix', () => {
  it.each(BAD_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { diagnostics } = await analyse(tempConfig(), c.sources);
    expectDiagnostics(diagnostics, c.expected);
  });

  it('the same two definitions do not collide once one sets typeName', async () => {
    const sources = [
      schema('type/a.json', '  "definitions": {', '    "sslMode": { "type": "string", "enum": ["disable", "require"] }', '  }'),
      schema('type/b.json', '  "definitions": {', '    "SSLMode": { "typeName": "VerifySslMode", "type": "string", "enum": ["disable", "verify-full"] }', '  }'),
    ];
    const { ir, diagnostics } = await analyse(tempConfig(), sources);
    expect(diagnostics).toEqual([]);
    const names = [...(ir?.declarations.values() ?? [])].map((d) => d.name).sort();
    expect(names).toEqual(['A', 'B', 'SslMode', 'VerifySslMode']);
  });
});

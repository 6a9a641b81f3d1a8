import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, type IR } from '@connspec/core';
import { generate } from './generate.js';
import { tempConfig } from './workspace.js';

export interface Generated {
  readonly ir: IR;
  readonly out: string;
}

let cached: Promise<Generated> | undefined;

/** Generates every target from the shipped schemas once per test file, into a temp dir. */
export function generatedFromShippedSchemas(): Promise<Generated> {
  cached ??= (async () => {
    const config = tempConfig({ outDir: mkdtempSync(join(tmpdir(), 'connspec-gen-')) });
    await generate(config);
    const { ir } = await analyse(config);
    if (!ir) throw new Error('no IR');
    return { ir, out: config.outDir };
  })();
  return cached;
}

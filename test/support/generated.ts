import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { analyse, type IR } from '@connspec/core';
import { generate } from './generate.js';
import { tempConfig } from './workspace.js';
import { LANGUAGES } from './languages.js';

export interface Generated {
  readonly ir: IR;
  readonly out: string;
}

const cached = new Map<string, Promise<Generated>>();

/**
 * The named targets (default: every one) generated from the shipped schemas, once per test file,
 * in a temp dir of its own: a copy of what the global setup (tools/vitest.global-setup.ts)
 * generated once for all files, or generated here when it did not run.
 */
export function generatedFromShippedSchemas(targets?: readonly string[]): Promise<Generated> {
  const key = targets?.join(',') ?? '';
  const found = cached.get(key);
  if (found) return found;
  const made = (async () => {
    const config = tempConfig({ outDir: mkdtempSync(join(tmpdir(), 'connspec-gen-')) });
    const shipped = inject('shippedOutput');
    if (!shipped) await generate(config, targets);
    else if (!targets) cpSync(shipped, config.outDir, { recursive: true });
    else for (const target of targets) cpSync(join(shipped, target), join(config.outDir, target), { recursive: true });
    const { ir } = await analyse(config, undefined, { languages: LANGUAGES });
    if (!ir) throw new Error('no IR');
    return { ir, out: config.outDir };
  })();
  cached.set(key, made);
  return made;
}

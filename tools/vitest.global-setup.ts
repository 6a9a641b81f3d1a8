import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { generate, loadConfig } from 'connspec';
import { dependencyClasspath } from './java/maven.js';
import { ensureVenv } from './python/python.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every target generated from the shipped schemas with the shipped config, once (copy it: never write into it). */
    shippedOutput: string;
  }
}

/**
 * Runs once before the test files (which run two at a time): the Python venv and the Java
 * dependency classpath are made ready here, so no two files race to create them, and the shipped
 * catalogue is generated once for the files that check that output (test/support/generated.ts).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  ensureVenv();
  dependencyClasspath();
  const out = mkdtempSync(join(tmpdir(), 'connspec-shipped-'));
  const result = await generate(loadConfig(fileURLToPath(new URL('..', import.meta.url)), { outDir: out }));
  if (!result.ok) throw new Error(`the shipped schemas do not generate: ${result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; ')}`);
  project.provide('shippedOutput', out);
  return () => rmSync(out, { recursive: true, force: true });
}

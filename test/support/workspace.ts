import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfigOverrides, type ConnspecConfig } from '@connspec/core';
import { loadConfig } from 'connspec';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMAS = join(ROOT, 'schemas');
export const BASE_URL = 'https://connspec.dev/schema/';

/** A config pointing at the shipped schemas, writing into a fresh temp dir. */
export function tempConfig(overrides: ConfigOverrides = {}): ConnspecConfig {
  const out = mkdtempSync(join(tmpdir(), 'connspec-out-'));
  return loadConfig(ROOT, { outDir: out, ...overrides });
}

/** A copy of the shipped schemas in a temp dir, to break on purpose. */
export function copySchemas(): string {
  const dir = mkdtempSync(join(tmpdir(), 'connspec-schemas-'));
  cpSync(SCHEMAS, dir, { recursive: true });
  return dir;
}

/** Every file below `dir` with its bytes, keyed by relative path: compare two trees exactly. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConnspecConfig } from '@connspec/core';
import { loadConfig } from 'connspec';
import { checkPlan, diskStore, planScaffold, writeToDisk, type RawScaffoldOptions } from '../../packages/connspec/src/scaffold/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DOCS = join(ROOT, 'test/openapi-docs');

/** A temp copy of `schemas/` and a config pointing at it (the real tree is never touched). */
export function tempWorkspace(): { schemas: string; config: ConnspecConfig } {
  const dir = mkdtempSync(join(tmpdir(), 'connspec-scaffold-'));
  const schemas = join(dir, 'schemas');
  cpSync(join(ROOT, 'schemas'), schemas, { recursive: true });
  return { schemas, config: loadConfig(ROOT, { schemaRoot: schemas, outDir: join(dir, 'generated') }) };
}

const readFile = (file: string): string => readFileSync(file, 'utf8');

/** Plans, validates and writes, as `connspec scaffold` does; returns the plan and the check. */
export async function scaffoldInto(schemas: string, config: ConnspecConfig, options: RawScaffoldOptions) {
  const store = diskStore(schemas);
  const plan = planScaffold(store, options, config.baseUrl, readFile);
  const check = await checkPlan(config, store, plan.writes);
  if (check.ok) writeToDisk(schemas, plan.writes);
  return { plan, check };
}

import { relative, resolve } from 'node:path';
import { analyse, type ConnspecConfig, type Diagnostic } from '@connspec/core';

/**
 * Validates the whole catalogue (refs need every file) and reports on `only` when given:
 * paths relative to the cwd or the schema root, as a pre-commit hook passes them.
 */
export async function validate(config: ConnspecConfig, only: readonly string[] = []): Promise<Diagnostic[]> {
  const { diagnostics } = await analyse(config);
  if (only.length === 0) return [...diagnostics];
  const wanted = new Set(only.map((p) => relative(config.schemaRoot, resolve(p)).split('\\').join('/')));
  return diagnostics.filter((d) => wanted.has(d.file));
}

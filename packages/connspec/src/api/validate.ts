import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { checkConfigPaths, configDisplayFile, hasErrors, UsageError, type ConnspecConfig, type Diagnostic } from '../core/index.js';
import { check, type CheckOptions } from './check.js';

export interface ValidateOptions extends CheckOptions {
  /** What relative `files` are relative to (default: the working directory). */
  readonly cwd?: string;
}

export interface ValidateResult {
  /** No error diagnostic in what was asked about. */
  readonly ok: boolean;
  /** About the files asked for (every file when none was named), sorted, with the config's severities. */
  readonly diagnostics: readonly Diagnostic[];
}

/** A named path as a schema-root-relative prefix; a path that is missing or outside the root is a usage error. */
function underRoot(config: ConnspecConfig, path: string, cwd: string): { prefix: string; folder: boolean } {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new UsageError(`${path}: no such file or folder`);
  const rel = relative(config.schemaRoot, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`${path} is not under the schema root ${config.schemaRoot}; name files below it (or set schemaRoot in the config)`);
  return { prefix: rel.split(sep).join('/'), folder: statSync(abs).isDirectory() };
}

/**
 * Runs every check `generate` runs (the same `check`, without writing) on the whole catalogue (refs
 * need every file) and reports on `files` when given: schema files or folders, relative to `cwd`, as a
 * pre-commit hook passes them. A problem that is not in any one schema file (no connection for a
 * per-connection target, say) is the whole tree's and always shown.
 */
export async function validate(config: ConnspecConfig, files: readonly string[] = [], options: ValidateOptions = {}): Promise<ValidateResult> {
  const cwd = options.cwd ?? process.cwd();
  if (options.sources === undefined) checkConfigPaths(config);
  const wanted = options.sources === undefined ? files.map((f) => underRoot(config, f, cwd)) : files.map((f) => ({ prefix: f, folder: false }));
  const { diagnostics, keepUnits } = await check(config, options);
  // What the generators worked out is as good for the next generate (or validate) as if it had written it.
  if (!hasErrors(diagnostics)) keepUnits();
  const configFile = configDisplayFile(config);
  const asked = (file: string): boolean => wanted.length === 0 || file === configFile || wanted.some((w) => (w.folder ? w.prefix === '' || file.startsWith(`${w.prefix}/`) : file === w.prefix));
  const shown = diagnostics.filter((d) => asked(d.file));
  return { ok: !hasErrors(shown), diagnostics: shown };
}

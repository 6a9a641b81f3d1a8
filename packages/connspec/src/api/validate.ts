import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { analyse, checkConfigPaths, hasErrors, noConnections, UsageError, type ConnspecConfig, type Diagnostic } from '../core/index.js';
import type { ToolOptions } from './config.js';
import { selectTargets } from './generate.js';
import type { Source } from '../core/index.js';

export interface ValidateOptions extends ToolOptions {
  /** What relative `files` are relative to (default: the working directory). */
  readonly cwd?: string;
  /** The catalogue as in-memory files instead of reading `schemaRoot` (then `files` are paths under the root). */
  readonly sources?: readonly Source[];
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
 * Validates the whole catalogue (refs need every file) and reports on `files` when given: schema
 * files or folders, relative to `cwd`, as a pre-commit hook passes them.
 */
export async function validate(config: ConnspecConfig, files: readonly string[] = [], options: ValidateOptions = {}): Promise<ValidateResult> {
  const targets = selectTargets(config, options);
  const cwd = options.cwd ?? process.cwd();
  if (options.sources === undefined) checkConfigPaths(config);
  const wanted = options.sources === undefined ? files.map((f) => underRoot(config, f, cwd)) : files.map((f) => ({ prefix: f, folder: false }));
  const { ir, diagnostics } = await analyse(config, options.sources);
  const asked = (file: string): boolean => wanted.length === 0 || wanted.some((w) => (w.folder ? w.prefix === '' || file.startsWith(`${w.prefix}/`) : file === w.prefix));
  // What generate would refuse for the whole tree (no connection for a per-connection target) is refused here too, whatever files were named.
  const shown = [...diagnostics.filter((d) => asked(d.file)), ...(ir ? noConnections(config, ir, targets) : [])];
  return { ok: !hasErrors(shown), diagnostics: shown };
}

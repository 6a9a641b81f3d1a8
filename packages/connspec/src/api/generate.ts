import { checkConfigPaths, hasErrors, recoverOutDir, writeTargets, type ConnspecConfig, type Diagnostic, type GeneratedFile, type IR, type WriteReport } from '../core/index.js';
import { check, type CheckOptions } from './check.js';

export interface GenerateOptions extends CheckOptions {
  /** Write the output into `outDir` (default). With false, only return it. */
  readonly write?: boolean;
}

export interface GenerateResult {
  /** No error diagnostic: the output was written (or, with `write: false`, would be). */
  readonly ok: boolean;
  /** Everything the analysis and the generators said, with the config's severities, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every target's files; empty when not ok. */
  readonly files: ReadonlyMap<string, readonly GeneratedFile[]>;
  /** What the write step did per target; empty when nothing was written. */
  readonly reports: readonly WriteReport[];
  /** The analysed catalogue (undefined when it could not be built). */
  readonly ir: IR | undefined;
}

/**
 * The shared checks (`check`: analysis and every chosen generator), then one atomic write. Any error
 * (in the schemas or from a generator) leaves `outDir` exactly as it was.
 */
export async function generate(config: ConnspecConfig, options: GenerateOptions = {}): Promise<GenerateResult> {
  if (options.sources === undefined) checkConfigPaths(config);
  // A run killed mid-write is finished (or undone) first, even if this one then stops on errors.
  if (options.write !== false) await recoverOutDir(config.outDir);
  const { diagnostics, files, ir } = await check(config, options);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, files: new Map(), reports: [], ir };
  const reports = options.write === false ? [] : await writeTargets(config.outDir, files);
  return { ok: true, diagnostics, files, reports, ir };
}

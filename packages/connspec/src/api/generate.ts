import { checkConfigPaths, hasErrors, readSources, recoverOutDir, writeTargets, type ConnspecConfig, type Diagnostic, type GeneratedFile, type IR, type UnitStats, type WriteReport } from '../core/index.js';
import { check, selectTargets, type CheckOptions } from './check.js';
import { RunCache } from './replay.js';

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
  /** The analysed catalogue (undefined when it could not be built, or when the run was replayed). */
  readonly ir: IR | undefined;
  /** `hit`: replayed from the run record (nothing analysed, `files` empty); `miss`: run in full and recorded; `off`: no cache. */
  readonly cache: 'hit' | 'miss' | 'off';
  /** Per target that works in units (per file closure): how many it reused from earlier runs, how many it computed. */
  readonly units: Readonly<Record<string, UnitStats>>;
}

/**
 * The shared checks (`check`: analysis and every chosen generator), then one atomic write. Any error
 * (in the schemas or from a generator) leaves `outDir` exactly as it was.
 */
export async function generate(config: ConnspecConfig, options: GenerateOptions = {}): Promise<GenerateResult> {
  if (options.sources === undefined) checkConfigPaths(config);
  // A run killed mid-write is finished (or undone) first, even if this one then stops on errors.
  if (options.write !== false) await recoverOutDir(config.outDir);
  const cached = options.cacheDir !== undefined && options.sources === undefined && options.write !== false;
  if (!cached) return run(config, { ...options, cacheDir: undefined }, 'off');
  const cache = new RunCache(options.cacheDir, config, selectTargets(config, options).map((g) => g.target));
  const sources = await readSources(config.schemaRoot);
  const key = cache.key(sources);
  const replayed = await cache.replay(key);
  if (replayed) return { ok: true, ...replayed, files: new Map(), ir: undefined, cache: 'hit', units: {} };
  const result = await run(config, { ...options, sources }, 'miss');
  if (result.ok) cache.record(key, result.diagnostics, result.files);
  return result;
}

async function run(config: ConnspecConfig, options: GenerateOptions, cache: 'miss' | 'off'): Promise<GenerateResult> {
  const { diagnostics, files, ir, keepUnits, units } = await check(config, options);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, files: new Map(), reports: [], ir, cache, units };
  const reports = options.write === false ? [] : await writeTargets(config.outDir, files);
  keepUnits();
  return { ok: true, diagnostics, files, reports, ir, cache, units };
}

import {
  analyse,
  applyOverrides,
  checkConfigPaths,
  closest,
  DiagnosticError,
  hasErrors,
  noConnections,
  resolveSettings,
  sortDiagnostics,
  UsageError,
  writeTargets,
  type ConnspecConfig,
  type Diagnostic,
  type GeneratedFile,
  type Generator,
  type IR,
  type Source,
  type WriteReport,
} from '../core/index.js';
import { generatorsOf, type ToolOptions } from './config.js';

export interface GenerateOptions extends ToolOptions {
  /** Which targets to run; default: the config's `targets`, else every generator. */
  readonly targets?: readonly string[];
  /** The catalogue as in-memory files (paths relative to the schema root) instead of reading `schemaRoot`. */
  readonly sources?: readonly Source[];
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

/** The generators to run, by name; an unknown name is a usage error with a did-you-mean. */
export function selectTargets(config: ConnspecConfig, options: GenerateOptions): Generator[] {
  const all = generatorsOf(options);
  const names = options.targets ?? config.targets ?? all.map((g) => g.target);
  const known = all.map((g) => g.target);
  return [...new Set(names)].sort().map((name) => {
    const generator = all.find((g) => g.target === name);
    if (generator) return generator;
    const near = closest(name, known);
    throw new UsageError(`unknown target "${name}"${near ? `; did you mean "${near}"?` : ''} (targets: ${known.join(', ')})`);
  });
}

async function runGenerators(ir: IR, config: ConnspecConfig, chosen: readonly Generator[], all: readonly Generator[]) {
  // Every target's settings are resolved even when only some run: outputs may refer to each other.
  const targetSettings = Object.fromEntries(all.map((g) => [g.target, resolveSettings(g.target, g.options ?? [], config.generators[g.target])]));
  const files = new Map<string, readonly GeneratedFile[]>();
  const diagnostics: Diagnostic[] = [];
  for (const generator of chosen) {
    try {
      const result = await generator.generate(ir, { recursionDepth: config.recursionDepth, settings: targetSettings[generator.target] ?? {}, targetSettings });
      files.set(generator.target, result.files);
      diagnostics.push(...result.diagnostics);
    } catch (error) {
      if (!(error instanceof DiagnosticError)) throw error;
      diagnostics.push(...error.diagnostics);
    }
  }
  return { files, diagnostics: applyOverrides(diagnostics, config.rules) };
}

/**
 * load → resolve → validate → IR once, then every chosen generator, then one atomic write. Any error
 * (in the schemas or from a generator) leaves `outDir` exactly as it was.
 */
export async function generate(config: ConnspecConfig, options: GenerateOptions = {}): Promise<GenerateResult> {
  const chosen = selectTargets(config, options);
  if (options.sources === undefined) checkConfigPaths(config);
  const analysis = await analyse(config, options.sources);
  const none = { files: new Map<string, readonly GeneratedFile[]>(), reports: [], ir: analysis.ir };
  if (analysis.ir === undefined || hasErrors(analysis.diagnostics)) return { ok: false, diagnostics: analysis.diagnostics, ...none };
  const output = await runGenerators(analysis.ir, config, chosen, generatorsOf(options));
  const diagnostics = sortDiagnostics([...analysis.diagnostics, ...noConnections(config, analysis.ir, chosen), ...output.diagnostics]);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, ...none };
  const reports = options.write === false ? [] : await writeTargets(config.outDir, output.files);
  return { ok: true, diagnostics, files: output.files, reports, ir: analysis.ir };
}

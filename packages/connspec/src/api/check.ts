import {
  analyse,
  applyOverrides,
  closest,
  DiagnosticError,
  hasErrors,
  noConnections,
  resolveSettings,
  sortDiagnostics,
  UsageError,
  type ConnspecConfig,
  type Diagnostic,
  type GeneratedFile,
  type Generator,
  type IR,
  type Source,
} from '../core/index.js';
import { generatorsOf, type ToolOptions } from './config.js';

export interface CheckOptions extends ToolOptions {
  /** Which targets to run; default: the config's `targets`, else every generator. */
  readonly targets?: readonly string[];
  /** The catalogue as in-memory files (paths relative to the schema root) instead of reading `schemaRoot`. */
  readonly sources?: readonly Source[];
}

export interface Checked {
  /** Everything the analysis and the generators said, with the config's severities, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every chosen target's files; empty when the analysis had errors (no generator ran). */
  readonly files: ReadonlyMap<string, readonly GeneratedFile[]>;
  /** The analysed catalogue (undefined when it could not be built). */
  readonly ir: IR | undefined;
}

/** The generators to run, by name; an unknown name is a usage error with a did-you-mean. */
export function selectTargets(config: ConnspecConfig, options: CheckOptions): Generator[] {
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

/**
 * The one list of checks `validate` and `generate` share: load → resolve → validate → IR, then every
 * chosen generator, dry. Whatever a generator refuses (a constraint Java cannot enforce, a fixture that
 * fails its own check) is an error here, so the gate refuses exactly what the build would.
 */
export async function check(config: ConnspecConfig, options: CheckOptions = {}): Promise<Checked> {
  const chosen = selectTargets(config, options);
  const analysis = await analyse(config, options.sources);
  const none = new Map<string, readonly GeneratedFile[]>();
  if (analysis.ir === undefined || hasErrors(analysis.diagnostics)) return { diagnostics: analysis.diagnostics, files: none, ir: analysis.ir };
  const output = await runGenerators(analysis.ir, config, chosen, generatorsOf(options));
  const diagnostics = sortDiagnostics([...analysis.diagnostics, ...noConnections(config, analysis.ir, chosen), ...output.diagnostics]);
  return { diagnostics, files: output.files, ir: analysis.ir };
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

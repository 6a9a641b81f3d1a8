import {
  analyse,
  applyOverrides,
  closest,
  DiagnosticError,
  hasErrors,
  languagesOf,
  noConnections,
  allTargetSettings,
  sortDiagnostics,
  UsageError,
  type ConnspecConfig,
  type Diagnostic,
  type GeneratedFile,
  type Generator,
  type IR,
  type Source,
  NO_UNIT_CACHE,
  type UnitStats,
} from '../core/index.js';
import { RunUnits } from './units.js';
import { generatorsOf, type ToolOptions } from './config.js';

export interface CheckOptions extends ToolOptions {
  /** Which targets to run; default: the config's `targets`, else every generator. */
  readonly targets?: readonly string[];
  /** The catalogue as in-memory files (paths relative to the schema root) instead of reading `schemaRoot`. */
  readonly sources?: readonly Source[];
  /**
   * A folder for connspec's records of earlier runs (the CLI passes its cache folder unless --no-cache):
   * generators reuse per-file work whose file closure, settings and connspec build are unchanged, and
   * `generate` replays a run whose inputs and outputs are all unchanged (replay.ts).
   */
  readonly cacheDir?: string;
}

export interface Checked {
  /** Everything the analysis and the generators said, with the config's severities, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every chosen target's files; empty when the analysis had errors (no generator ran). */
  readonly files: ReadonlyMap<string, readonly GeneratedFile[]>;
  /** The analysed catalogue (undefined when it could not be built). */
  readonly ir: IR | undefined;
  /** Keeps the generators' per-file work for the next run (call once the output is written). */
  readonly keepUnits: () => void;
  /** Per target that works in units, how many it reused from earlier runs and how many it computed. */
  readonly units: Readonly<Record<string, UnitStats>>;
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
  const runUnits = new RunUnits(config, chosen.map((g) => g.target), options.cacheDir);
  const languages = languagesOf(generatorsOf(options));
  const analysis = await analyse(config, options.sources, options.cacheDir === undefined ? { languages } : { languages, units: runUnits.forAnalysis });
  const none = new Map<string, readonly GeneratedFile[]>();
  if (analysis.ir === undefined || hasErrors(analysis.diagnostics)) return { diagnostics: analysis.diagnostics, files: none, ir: analysis.ir, keepUnits: () => undefined, units: {} };
  const output = await runGenerators(analysis.ir, config, chosen, generatorsOf(options), runUnits);
  const diagnostics = sortDiagnostics([...analysis.diagnostics, ...noConnections(config, analysis.ir, chosen), ...output.diagnostics]);
  return { diagnostics, files: output.files, ir: analysis.ir, keepUnits: () => runUnits.save(), units: output.units };
}

/** A generator's refusal: an error, saying so where the config lowered the rule's severity. */
function refusal(d: Diagnostic, configured: string | undefined): Diagnostic {
  const lowered = configured !== undefined && configured !== 'error';
  return { ...d, severity: 'error', ...(lowered ? { hint: `${d.hint} (rules.${d.rule} is "${configured}" in the config, but the target refused to generate: a rule's severity cannot let it through; use the target's own option where it has one, e.g. generators.java.inexpressible: "report")` } : {}) };
}

async function runGenerators(ir: IR, config: ConnspecConfig, chosen: readonly Generator[], all: readonly Generator[], runUnits: RunUnits) {
  // Every target's settings are resolved even when only some run: outputs may refer to each other.
  const targetSettings = allTargetSettings(config, all);
  const units = runUnits.forTargets(ir, targetSettings);
  const files = new Map<string, readonly GeneratedFile[]>();
  const diagnostics: Diagnostic[] = [];
  // What a generator refused (it threw, so the target has no files) stays an error whatever the
  // config says of the rule: turning a rule off must never make a target vanish without a word.
  const refused: Diagnostic[] = [];
  for (const generator of chosen) {
    try {
      const options = { recursionDepth: config.recursionDepth, settings: targetSettings[generator.target] ?? {}, targetSettings, units: units.get(generator.target) ?? NO_UNIT_CACHE };
      const result = await generator.generate(ir, options);
      files.set(generator.target, result.files);
      diagnostics.push(...result.diagnostics);
    } catch (error) {
      if (!(error instanceof DiagnosticError)) throw error;
      refused.push(...error.diagnostics.map((d) => refusal(d, config.rules[d.rule])));
    }
  }
  const stats = Object.fromEntries([...units].map(([target, u]) => [target, u.stats()] as const).filter(([, st]) => st.reused + st.computed > 0));
  return { files, diagnostics: [...applyOverrides(diagnostics, config.rules), ...refused], units: stats };
}

import { UsageError, type Diagnostic, type RuleInfo } from './diagnostics.js';
import type { ConnspecConfig } from './config/config.js';
import { configDiagnostic } from './config/located.js';
import type { IR } from './ir/types.js';
import type { UnitCache } from './cache/units.js';
import type { TargetLanguage } from './language.js';
import type { Packager } from './package.js';

/** One output file, path relative to `generated/<target>/`. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

export interface GeneratorOptions {
  /** Times a recursive definition is expanded before it is cut, where output must be inlined. */
  readonly recursionDepth: number;
  /** This target's settings from the config (`generators.<target>`), checked against its option declarations. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Every target's resolved settings, for outputs that refer to another target's (fixture loaders import the models). */
  readonly targetSettings: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Per-file work of this target kept from earlier runs (incremental regeneration); computes when there is none. */
  readonly units: UnitCache;
}

/** A generator option is data: a name, a sentence, its default (declared here only), and a check of a configured value. */
export interface OptionDeclaration<T = unknown> {
  readonly name: string;
  readonly sentence: string;
  readonly default: T;
  /** Returns an error message for a bad value, or undefined (the value is then a T). */
  check(value: unknown): string | undefined;
}

/** A target's options by setting name: `typedSettings` reads them into its settings type. */
export type OptionTable<S> = { readonly [K in keyof S]: OptionDeclaration<S[K]> };

/** The options of a table, in its order (what the config and README list). */
export const optionList = <S>(table: OptionTable<S>): readonly OptionDeclaration[] => Object.values(table);

/** A target's typed settings: each configured value its option accepts, else the option's default. */
export function typedSettings<S>(table: OptionTable<S>, settings: Readonly<Record<string, unknown>> = {}): S {
  const entries = Object.entries(table as Record<string, OptionDeclaration>).map(([key, option]) => {
    const given = settings[option.name];
    return [key, given !== undefined && option.check(given) === undefined ? given : option.default] as const;
  });
  return Object.fromEntries(entries) as S;
}

/** What a generator returns: its files, and what it has to say (warnings, or errors that stop the write). */
export interface GeneratorResult {
  readonly files: readonly GeneratedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A generator is a pure function from the IR to files and diagnostics; only the write step touches disk. */
export interface Generator {
  readonly target: string;
  readonly description: string;
  /** What `generators.<target>` in the config may set. */
  readonly options?: readonly OptionDeclaration[];
  /** The language it writes code in, if any: the core asks it for names and its column of the support matrix. */
  readonly language?: TargetLanguage;
  /** The rules its diagnostics carry (so the config may set their severity). */
  readonly rules?: readonly RuleInfo[];
  /** How its output becomes the artifact its ecosystem installs (`connspec package`), if it has one. */
  readonly packager?: Packager;
  /** It writes one output per connection: with no connection found, running it is an error (`no-connections`), never an empty success. */
  readonly perConnection?: boolean;
  generate(ir: IR, options: GeneratorOptions): Promise<GeneratorResult>;
}

/** One problem with `generators.<target>.<option>`: the option's name (or the unknown key) and what is wrong. */
export interface SettingProblem {
  readonly option: string;
  readonly message: string;
}

/** Checks given settings against the declarations: unknown names and bad values (the config loader reports these with positions). */
export function checkSettings(target: string, declared: readonly OptionDeclaration[], given: Readonly<Record<string, unknown>>): SettingProblem[] {
  return Object.entries(given).flatMap(([name, value]): SettingProblem[] => {
    const option = declared.find((d) => d.name === name);
    if (!option) return [{ option: name, message: `generators.${target}.${name} is not an option of ${target}; known: ${declared.map((d) => d.name).join(', ') || 'none'}` }];
    const problem = option.check(value);
    return problem ? [{ option: name, message: `generators.${target}.${name}: ${problem}` }] : [];
  });
}

/** The settings with defaults filled in; throws naming the option and the fix on an unknown or bad one. */
export function resolveSettings(target: string, declared: readonly OptionDeclaration[], given: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const problem = checkSettings(target, declared, given)[0];
  if (problem) throw new UsageError(problem.message);
  return { ...Object.fromEntries(declared.map((d) => [d.name, d.default])), ...given };
}

/** The languages of these generators (each once, in their order). */
export function languagesOf(generators: readonly Generator[]): TargetLanguage[] {
  return [...new Set(generators.flatMap((g) => (g.language ? [g.language] : [])))];
}

/** The first line(s) of every generated file say it is generated, and from what. */
export function bannerText(source: string): string {
  return `Generated by connspec from ${source}. Do not edit: change the schema and run \`connspec generate\`.`;
}

/**
 * The `no-connections` error of a run whose chosen generators work per connection and whose catalogue
 * has none: placed in the config at `connections` (or where it should be), with how to declare them.
 */
export function noConnections(config: Pick<ConnspecConfig, 'configFile' | 'workspace' | 'connections'>, ir: IR, generators: readonly Generator[]): Diagnostic[] {
  const needing = generators.filter((g) => g.perConnection).map((g) => g.target);
  if (needing.length === 0 || ir.files.some((f) => f.connection !== undefined)) return [];
  const declared = config.connections !== null;
  const message = declared
    ? `no schema file matches connections.paths (${(config.connections?.paths ?? []).join(', ')}), so ${needing.join(', ')} would produce nothing`
    : `no connections are declared, so ${needing.join(', ')} would produce nothing`;
  const hint = declared
    ? 'fix connections.paths: templates under schemaRoot such as "connections/{serviceType}/{name}.json" ({name} and {serviceType} match within one folder name, ** any folders); connspec init detects them'
    : 'declare them in .connspec.json, e.g. "connections": {"paths": ["connectors/{name}.json"]}, or pick a preset ("preset": "openmetadata" or "airbyte"); connspec init detects the layout; or run only the targets that need no connections (--target typescript,python,java,openapi)';
  return [configDiagnostic(config, declared ? '/connections/paths' : '', 'no-connections', message, hint)];
}

/** Every generator's resolved settings by target (outputs may refer to another target's). */
export function allTargetSettings(config: ConnspecConfig, generators: readonly Generator[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(generators.map((g) => [g.target, resolveSettings(g.target, g.options ?? [], config.generators[g.target])]));
}

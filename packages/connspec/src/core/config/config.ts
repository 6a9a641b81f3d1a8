import type { PackageSettings } from '../package.js';
import type { Severity } from '../diagnostics.js';

/** How the connector's tag is known: a root property pinned to one value, or the `{name}` of its path, or its title. */
export type TagSource = { readonly property: string } | { readonly from: 'name' | 'title' };

/** Where connection schemas live and what they declare (see README, Conventions). */
export interface ConnectionLayout {
  /**
   * Path templates under the schema root: `{serviceType}` and `{name}` match one path segment (or
   * part of one), `*` any characters but `/`, `**` any folders. E.g. `connections/{serviceType}/{name}.json`.
   */
  readonly paths: readonly string[];
  /** Templates of files that match `paths` but are not connections (shared definitions). */
  readonly exclude?: readonly string[];
  /** The service type of connections whose template has no `{serviceType}`. Default `connector`. */
  readonly serviceType?: string;
  /** Default: `{"from": "name"}`. */
  readonly tag?: TagSource;
  /** Regular expression for root boolean properties that are capability flags (e.g. `^supports[A-Z]`); none when absent. */
  readonly capabilities?: string;
  /** The root keyword holding the connection's semantic version, and whether every connection must have one. */
  readonly version?: { readonly keyword: string; readonly required?: boolean };
}

/** Service registries: files listing every connection of a service type (OpenMetadata's `<type>Service.json`). */
export interface RegistryLayout {
  /** Path templates with `{serviceType}`, e.g. `entity/services/{serviceType}Service.json`. */
  readonly paths: readonly string[];
}

/** How a run is set up. Every field has a default; `.connspec.json` overrides, command-line flags override that. */
export interface ConnspecConfig {
  /** The folder relative paths are resolved against: the config file's folder (or the one given). */
  readonly workspace: string;
  /** The config file read, absolute; undefined when the run has none (defaults and flags only). */
  readonly configFile: string | undefined;
  /** The config file's text when it was not read from disk (`validate --staged` reads the git index's); diagnostics in the config are placed in it. */
  readonly configText?: string;
  /** Absolute path of the schema root; every `*.json` below it is loaded. */
  readonly schemaRoot: string;
  /** `$id` of a file = baseUrl + its path under the root. Refs under it map to files; others are remote. */
  readonly baseUrl: string;
  /** Absolute path of the output root; target `t` writes only into `<outDir>/<t>/`. */
  readonly outDir: string;
  /** The targets `generate` runs when none is named (and the Nx plugin declares outputs for); undefined: all. */
  readonly targets: readonly string[] | undefined;
  /** Per-rule severity overrides (`off` silences a rule), for corpora we do not own. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /**
   * What a type-name collision does: `error` (default) stops the run with a fix hint;
   * `qualify` prefixes the colliding definitions with their file's root name (for corpora we cannot edit).
   */
  readonly onNameCollision: 'error' | 'qualify';
  /**
   * What relative `$ref`s resolve against: `id` (draft-07: the nearest `$id`) or `file` (the file's
   * own place under the root, ignoring `$id`s, as OpenMetadata's tree needs: many of its `$id`s are wrong).
   */
  readonly refBase: 'id' | 'file';
  /** Per-target settings, e.g. `{ "python": { "baseClass": "my.models.Base" } }`; each generator declares what it reads. */
  readonly generators: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** How many times a recursive definition is expanded in inlined outputs (UI forms) before it is cut. */
  readonly recursionDepth: number;
  /** `connspec diff` / `version-gate` settings, checked by `semverSettings` (profile, per-rule classes, options). */
  readonly semver: Readonly<{ profile?: string; rules?: Readonly<Record<string, string>>; formatsEnforced?: boolean; defaultsApplied?: boolean }>;
  /** `connspec package` settings: the artifacts' version, metadata and folder. */
  readonly package: PackageSettings;
  /** The preset the settings started from (`connspec`, `openmetadata`, `airbyte`), if any. */
  readonly preset: string | undefined;
  /** Where connections are and what they declare; null: none declared (per-connection targets then refuse to run). */
  readonly connections: ConnectionLayout | null;
  /** Where service registries are; null: none. */
  readonly registries: RegistryLayout | null;
  /** Vendor keywords and their roles, e.g. `{ "airbyte_secret": "secret" }`. */
  readonly keywords: Readonly<Record<string, string>>;
}

export const CONFIG_FILE = '.connspec.json';

/** The settings a config file may hold (paths relative to its folder). */
export type ConfigSettings = Omit<ConnspecConfig, 'workspace' | 'configFile' | 'configText'>;

export const CONFIG_DEFAULTS: ConfigSettings = {
  schemaRoot: 'schemas',
  baseUrl: 'https://connspec.dev/schema/',
  outDir: 'generated',
  targets: undefined,
  rules: {},
  onNameCollision: 'error',
  refBase: 'id',
  generators: {},
  recursionDepth: 2,
  semver: {},
  package: {},
  preset: undefined,
  connections: null,
  registries: null,
  keywords: {},
};

export type ConfigOverrides = Partial<{ -readonly [K in keyof ConfigSettings]: ConfigSettings[K] }>;

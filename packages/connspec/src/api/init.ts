import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, UsageError, type ConnspecConfig, type Diagnostic, type JsonObject } from '../core/index.js';
import { loadConfig, type ToolOptions } from './config.js';
import { detectLayout, type Schemas } from './detect.js';
import { relaxRules, type Relaxed } from './relax.js';
import { generate } from './generate.js';

/** The config `init` would write before it has run the tree (what the Nx generator writes), and how it was decided. */
export interface InitPlan {
  readonly configFile: string;
  /** The file's text; undefined when a config is already there (init then changes nothing). */
  readonly text: string | undefined;
  readonly schemaRoot: string;
  readonly baseUrl: string;
  /** The preset recognised (openmetadata, airbyte, connspec), if any. */
  readonly preset: string | undefined;
  /** One sentence per decision (where the schemas are, the base URL, the layout and dialect). */
  readonly notes: readonly string[];
}

export interface InitResult extends InitPlan {
  readonly written: boolean;
  readonly config: ConnspecConfig;
  readonly schemas: number;
  readonly connections: number;
  /** Files each target would write, by target. */
  readonly produces: Readonly<Record<string, number>>;
  /** Every rule set to `warning` because the tree breaks it, with the reason written into the config. */
  readonly relaxed: readonly Relaxed[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface InitOptions extends ToolOptions {
  /** The schema folder, relative to `dir`; default: found by looking for JSON Schemas. */
  readonly schemas?: string;
  readonly baseUrl?: string;
  /** Keep every rule an error (default: a rule the tree breaks becomes a warning, with the reason noted). */
  readonly strict?: boolean;
}

const SKIP = new Set(['node_modules', '.git', '.nx', 'dist', 'generated', 'build', 'target', '.venv']);
const FALLBACK_BASE = 'https://example.com/schema/';
const SCHEMA_KEYS = ['$schema', '$id', 'properties', 'definitions', '$defs', 'oneOf', 'anyOf', 'allOf', 'type'];

function jsonFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !relative(root, e.parentPath).split(sep).some((p) => SKIP.has(p)))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** A JSON object that reads as a schema (a `$schema`, or schema keywords such as `properties`); undefined otherwise. */
function readSchema(file: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject && SCHEMA_KEYS.some((k) => k in value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON Schemas below `root`, each read once, by relative path. */
function schemasUnder(root: string): Map<string, JsonObject> {
  return new Map(jsonFiles(root).flatMap((path) => {
    const schema = readSchema(join(root, path));
    return schema ? [[path, schema] as const] : [];
  }));
}

/** The top-level folder of `dir` holding the most JSON Schemas, with them. */
function findSchemaRoot(dir: string): { name: string; schemas: Map<string, JsonObject> } {
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, schemas: schemasUnder(join(dir, e.name)) }))
    .filter((c) => c.schemas.size > 0)
    .sort((a, b) => b.schemas.size - a.schemas.size || (a.name < b.name ? -1 : 1));
  const best = found[0];
  if (best === undefined) throw new UsageError(`no folder of ${dir} holds JSON Schemas; pass --schemas <folder> (schemas must sit in a folder beside the generated output, not at the top of ${dir})`);
  return best;
}

/** The base URL most `$id`s share (an `$id` that ends with its file's path), or a placeholder. */
function findBaseUrl(schemas: Schemas): { baseUrl: string; note: string } {
  const votes = new Map<string, number>();
  for (const [path, schema] of schemas) {
    const id = schema.$id;
    if (typeof id === 'string' && id.endsWith(`/${path}`)) votes.set(id.slice(0, id.length - path.length), (votes.get(id.slice(0, id.length - path.length)) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return { baseUrl: best[0], note: `baseUrl ${best[0]}: ${best[1]} $id(s) are that URL followed by their file's path` };
  return { baseUrl: FALLBACK_BASE, note: `baseUrl ${FALLBACK_BASE}: no $id names its file's path (files are identified by baseUrl + path); set the URL your $ids start with` };
}

/** `$schema` of the config: this package's config.schema.json, relative to the config when it is installed below it. */
function schemaReference(dir: string): string | undefined {
  const file = fileURLToPath(new URL('../../config.schema.json', import.meta.url));
  const rel = relative(dir, file).split(sep).join('/');
  return existsSync(file) && !rel.startsWith('..') ? `./${rel}` : undefined;
}

const text = (value: JsonObject): string => `${JSON.stringify(value, null, 2)}\n`;

/** Works out the config for `dir` without writing or running anything. */
export function planInit(dir: string, options: InitOptions = {}): InitPlan & { readonly value?: JsonObject } {
  const root = resolve(dir);
  const configFile = join(root, CONFIG_FILE);
  if (existsSync(configFile)) return { configFile, text: undefined, schemaRoot: '', baseUrl: '', preset: undefined, notes: [`${CONFIG_FILE} already exists; nothing changed`] };
  if (options.schemas !== undefined && !existsSync(join(root, options.schemas))) throw new UsageError(`--schemas ${options.schemas}: no such folder under ${root}`);
  if (options.baseUrl !== undefined && !URL.canParse(options.baseUrl)) throw new UsageError(`--base-url ${options.baseUrl}: not an absolute URL (e.g. https://example.com/schema/)`);
  const { name: schemaRoot, schemas } = options.schemas !== undefined ? { name: options.schemas, schemas: schemasUnder(join(root, options.schemas)) } : findSchemaRoot(root);
  const found = options.baseUrl ? { baseUrl: options.baseUrl, note: `baseUrl ${options.baseUrl}: given` } : findBaseUrl(schemas);
  const detected = detectLayout(schemas);
  const schemaRef = schemaReference(root);
  const value: JsonObject = {
    ...(schemaRef ? { $schema: schemaRef } : {}),
    ...(detected.preset ? { preset: detected.preset } : {}),
    schemaRoot,
    baseUrl: found.baseUrl,
    outDir: 'generated',
    ...(detected.settings as JsonObject),
  };
  const notes = [`schemaRoot ${schemaRoot}: ${options.schemas ? 'given' : 'the folder with the most JSON Schemas'} (${schemas.size})`, found.note, ...detected.notes];
  return { configFile, text: text(value), value, schemaRoot, baseUrl: found.baseUrl, preset: detected.preset, notes };
}

/**
 * Writes `.connspec.json` into `dir` (unless one is there): the plan, then every rule the tree breaks
 * relaxed to a warning with its reason in `$comment` (unless `strict`). Then validates and says what it found.
 */
export async function init(dir: string, options: InitOptions = {}): Promise<InitResult> {
  const plan = planInit(dir, options);
  let relaxed: Relaxed[] = [];
  if (plan.value !== undefined) {
    writeFileSync(plan.configFile, text(plan.value));
    relaxed = options.strict ? [] : await relaxRules(() => loadConfig(plan.configFile, {}, options), options);
    if (relaxed.length > 0) {
      const rules = Object.fromEntries(relaxed.map((r) => [r.rule, 'warning']));
      const reasons = Object.fromEntries(relaxed.map((r) => [r.rule, r.reason]));
      writeFileSync(plan.configFile, text({ ...plan.value, $comment: { rules: `Relaxed by connspec init: the tree breaks these rules (fix the schemas, then delete the entry): ${Object.keys(reasons).join(', ')}`, reasons }, rules }));
    }
  }
  const config = loadConfig(plan.configFile, {}, options);
  const result = await generate(config, { ...options, write: false });
  const produces = Object.fromEntries([...result.files].map(([target, files]) => [target, files.length]));
  const ir = result.ir;
  return {
    ...plan,
    schemaRoot: relative(config.workspace, config.schemaRoot) || '.',
    baseUrl: config.baseUrl,
    preset: config.preset,
    written: plan.text !== undefined,
    config,
    schemas: ir?.files.length ?? 0,
    connections: ir?.files.filter((f) => f.connection !== undefined).length ?? 0,
    produces,
    relaxed,
    diagnostics: result.diagnostics,
  };
}

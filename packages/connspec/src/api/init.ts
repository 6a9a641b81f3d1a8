import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, CONFIG_FILE, UsageError, type ConnspecConfig, type Diagnostic } from '../core/index.js';
import { loadConfig, type ToolOptions } from './config.js';

/** The config `init` would write, and how it was decided. */
export interface InitPlan {
  readonly configFile: string;
  /** The file's text; undefined when a config is already there (init then changes nothing). */
  readonly text: string | undefined;
  readonly schemaRoot: string;
  readonly baseUrl: string;
  /** One sentence per decision (where the schemas are, where the base URL came from). */
  readonly notes: readonly string[];
}

export interface InitResult extends InitPlan {
  readonly written: boolean;
  readonly config: ConnspecConfig;
  readonly schemas: number;
  readonly connections: number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface InitOptions extends ToolOptions {
  /** The schema folder, relative to `dir`; default: found by looking for JSON Schemas. */
  readonly schemas?: string;
  readonly baseUrl?: string;
}

const SKIP = new Set(['node_modules', '.git', '.nx', 'dist', 'generated', 'build', 'target', '.venv']);
const FALLBACK_BASE = 'https://example.com/schema/';

function jsonFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !relative(root, e.parentPath).split(sep).some((p) => SKIP.has(p)))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

function readSchema(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>).$schema === 'string' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON Schemas (files with a `$schema`) below `root`, each read once, by relative path. */
function schemasUnder(root: string): Map<string, Record<string, unknown>> {
  return new Map(jsonFiles(root).flatMap((path) => {
    const schema = readSchema(join(root, path));
    return schema ? [[path, schema] as const] : [];
  }));
}

/** The top-level folder of `dir` holding the most JSON Schemas, with them. */
function findSchemaRoot(dir: string): { name: string; schemas: Map<string, Record<string, unknown>> } {
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, schemas: schemasUnder(join(dir, e.name)) }))
    .filter((c) => c.schemas.size > 0)
    .sort((a, b) => b.schemas.size - a.schemas.size || (a.name < b.name ? -1 : 1));
  const best = found[0];
  if (best === undefined) throw new UsageError(`no folder of ${dir} holds JSON Schemas (files with a "$schema"); pass --schemas <folder>`);
  return best;
}

/** The base URL most `$id`s share (an `$id` that ends with its file's path), or a placeholder. */
function findBaseUrl(schemas: ReadonlyMap<string, Record<string, unknown>>): { baseUrl: string; note: string } {
  const votes = new Map<string, number>();
  for (const [path, schema] of schemas) {
    const id = schema.$id;
    if (typeof id === 'string' && id.endsWith(`/${path}`)) votes.set(id.slice(0, id.length - path.length), (votes.get(id.slice(0, id.length - path.length)) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return { baseUrl: best[0], note: `baseUrl ${best[0]}: ${best[1]} $id(s) are that URL followed by their file's path` };
  return { baseUrl: FALLBACK_BASE, note: `baseUrl ${FALLBACK_BASE}: no $id names its file's path; set the URL your $ids start with` };
}

/** `$schema` of the config: this package's config.schema.json, relative to the config when it is installed below it. */
function schemaReference(dir: string): string | undefined {
  const file = fileURLToPath(new URL('../../config.schema.json', import.meta.url));
  const rel = relative(dir, file).split(sep).join('/');
  return existsSync(file) && !rel.startsWith('..') ? `./${rel}` : undefined;
}

/** Works out the config for `dir` without writing anything. */
export function planInit(dir: string, options: InitOptions = {}): InitPlan {
  const root = resolve(dir);
  const configFile = join(root, CONFIG_FILE);
  if (existsSync(configFile)) return { configFile, text: undefined, schemaRoot: '', baseUrl: '', notes: [`${CONFIG_FILE} already exists; nothing changed`] };
  if (options.schemas !== undefined && !existsSync(join(root, options.schemas))) throw new UsageError(`--schemas ${options.schemas}: no such folder under ${root}`);
  if (options.baseUrl !== undefined && !URL.canParse(options.baseUrl)) throw new UsageError(`--base-url ${options.baseUrl}: not an absolute URL (e.g. https://example.com/schema/)`);
  const { name: schemaRoot, schemas } = options.schemas !== undefined ? { name: options.schemas, schemas: schemasUnder(join(root, options.schemas)) } : findSchemaRoot(root);
  const found = options.baseUrl ? { baseUrl: options.baseUrl, note: `baseUrl ${options.baseUrl}: given` } : findBaseUrl(schemas);
  const schemaRef = schemaReference(root);
  const value = { ...(schemaRef ? { $schema: schemaRef } : {}), schemaRoot, baseUrl: found.baseUrl, outDir: 'generated' };
  const notes = [`schemaRoot ${schemaRoot}: ${options.schemas ? 'given' : 'the folder with the most JSON Schemas'}`, found.note];
  return { configFile, text: `${JSON.stringify(value, null, 2)}\n`, schemaRoot, baseUrl: found.baseUrl, notes };
}

/** Writes `.connspec.json` into `dir` (unless one is there), then validates the tree and says what it found. */
export async function init(dir: string, options: InitOptions = {}): Promise<InitResult> {
  const plan = planInit(dir, options);
  if (plan.text !== undefined) writeFileSync(plan.configFile, plan.text);
  const config = loadConfig(plan.configFile, {}, options);
  const { ir, diagnostics } = await analyse(config);
  const connections = ir?.files.filter((f) => f.connection !== undefined).length ?? 0;
  return { ...plan, schemaRoot: relative(config.workspace, config.schemaRoot) || '.', baseUrl: config.baseUrl, written: plan.text !== undefined, config, schemas: ir?.files.length ?? 0, connections, diagnostics };
}

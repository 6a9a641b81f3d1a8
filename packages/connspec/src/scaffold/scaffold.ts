import { analyse, hasErrors, patternDialectsOf, type ConnspecConfig, type Diagnostic } from '../core/index.js';
import { BUILTIN_GENERATORS } from '../targets/index.js';
import { checkCapabilities } from './capabilities.js';
import { buildConnectionSchema, connectionPath } from './connection.js';
import { importOpenApi, parseOpenApiText, type OpenApiImport } from './openapi.js';
import { normaliseOptions, ScaffoldError, SERVICE_TYPES, type RawScaffoldOptions, type ScaffoldOptions } from './options.js';
import { BASIC_TYPE_PATH, ensureCapabilityFlags, registerConnector, registryPath } from './registry.js';

/** The schema tree the scaffold reads: paths are relative to the schema root, `/`-separated. */
export interface SchemaStore {
  read(path: string): string | undefined;
  /** Every `*.json` path under the root. */
  list(): readonly string[];
}

export interface FileWrite {
  readonly path: string;
  readonly text: string;
}

export interface ScaffoldPlan {
  readonly options: ScaffoldOptions;
  readonly writes: readonly FileWrite[];
}

/** Reads the `--from-openapi` file; given by the caller (disk for the CLI, the Nx tree's root for Nx). */
export type ReadFile = (file: string) => string;

function nameFromTitle(title: string): string {
  const words = title.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const name = words.join('-');
  return /^[A-Za-z]/.test(name) ? name : `api-${name}`;
}

function withOpenApi(raw: RawScaffoldOptions, readFile: ReadFile): { raw: RawScaffoldOptions; api: OpenApiImport | undefined } {
  if (raw.fromOpenapi === undefined || raw.fromOpenapi === '') return { raw, api: undefined };
  let text: string;
  try {
    text = readFile(raw.fromOpenapi);
  } catch {
    throw new ScaffoldError(`cannot read OpenAPI document ${raw.fromOpenapi}`);
  }
  const api = importOpenApi(parseOpenApiText(text, raw.fromOpenapi), raw.fromOpenapi);
  if (raw.authTypes !== undefined && raw.authTypes.length > 0) throw new ScaffoldError('--authTypes and --from-openapi exclude each other: the document\'s securitySchemes give the auth fields');
  const merged: RawScaffoldOptions = { serviceType: 'api', connectionType: 'rest_api', ...raw, name: raw.name ?? nameFromTitle(api.title) };
  return { raw: merged, api };
}

/** Refuses a name already used by another connection file or registry entry (a different path needs a different name). */
function checkExisting(store: SchemaStore, o: ScaffoldOptions): void {
  const path = connectionPath(o);
  if (store.read(path) !== undefined && !o.force) {
    throw new ScaffoldError(`connector "${o.name}" already exists at schemas/${path}; pass --force to overwrite it`);
  }
  for (const st of SERVICE_TYPES) {
    const other = connectionPath({ serviceType: st, camelName: o.camelName });
    if (st !== o.serviceType && store.read(other) !== undefined) throw new ScaffoldError(`connector "${o.name}" already exists as a ${st} connector (schemas/${other}); choose another name`);
    const registry = store.read(registryPath(st)) ?? '';
    if (st !== o.serviceType && registry.includes(`"${o.tag}"`)) throw new ScaffoldError(`the tag "${o.tag}" is already registered in schemas/${registryPath(st)}; choose another name`);
  }
}

/** Works out every file the scaffold writes, refusing bad input before anything is written. */
export function planScaffold(store: SchemaStore, input: RawScaffoldOptions, baseUrl: string, readFile: ReadFile): ScaffoldPlan {
  const { raw, api } = withOpenApi(input, readFile);
  const options = normaliseOptions(raw);
  checkCapabilities(options.capabilities, options.serviceType);
  checkExisting(store, options);
  const path = connectionPath(options);
  const schema = buildConnectionSchema(options, baseUrl, api);
  const writes: FileWrite[] = [{ path, text: `${JSON.stringify(schema, null, 2)}\n` }];
  const regPath = registryPath(options.serviceType);
  const registry = store.read(regPath) ?? missing(regPath);
  const javaName = options.tag.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const ref = `./connections/${options.serviceType}/${options.camelName}Connection.json`;
  const edited = registerConnector(registry, regPath, options.serviceType, options.tag, javaName, ref);
  if (edited !== registry) writes.push({ path: regPath, text: edited });
  const basic = store.read(BASIC_TYPE_PATH) ?? missing(BASIC_TYPE_PATH);
  const flags = ensureCapabilityFlags(basic, options.capabilities);
  if (flags !== basic) writes.push({ path: BASIC_TYPE_PATH, text: flags });
  return { options, writes };
}

function missing(path: string): never {
  throw new ScaffoldError(`schemas/${path} not found; run the scaffold from the workspace root`);
}

export interface ScaffoldCheck {
  /** Diagnostics on the written files, plus any error elsewhere (a name collision reports both places). */
  readonly diagnostics: readonly Diagnostic[];
  readonly ok: boolean;
}

/** Runs the validator over the catalogue as it will be once the plan is written. */
export async function checkPlan(config: ConnspecConfig, store: SchemaStore, writes: readonly FileWrite[]): Promise<ScaffoldCheck> {
  const overlay = new Map(store.list().map((p) => [p, store.read(p) ?? '']));
  for (const w of writes) overlay.set(w.path, w.text);
  const sources = [...overlay].map(([path, text]) => ({ path, text }));
  const { diagnostics } = await analyse(config, sources, { patternDialects: patternDialectsOf(BUILTIN_GENERATORS) });
  const written = new Set(writes.map((w) => w.path));
  const relevant = diagnostics.filter((d) => written.has(d.file) || d.severity === 'error');
  return { diagnostics: relevant, ok: !hasErrors(relevant) };
}

import { $RefParser } from '@apidevtools/json-schema-ref-parser';
import type { Diagnostic } from '../diagnostics.js';
import type { JsonObject, JsonValue, SourceFile } from '../load/source-file.js';
import { fragmentToPointer, joinPointer } from '../pointer.js';
import { valueAtPointer } from '../util/walk.js';
import { refCycles } from './cycles.js';
import { anchorIndex, isAnchorUrl, missingAnchor } from './anchors.js';
import { classifyRef, collectRefSites, refError, type RefSite } from './ref-sites.js';
import { declaredId, fileUrl, stripHash } from './urls.js';

/** A place in the catalogue: a file under the schema root and a JSON pointer inside it. */
export interface Location {
  readonly file: string;
  readonly pointer: string;
}

export function locationKey(loc: Location): string {
  return `${loc.file}#${loc.pointer}`;
}

export interface Resolution {
  /** Target of every `$ref` that resolved, keyed by the location of the object holding the `$ref`. */
  readonly targets: ReadonlyMap<string, Location>;
  /**
   * Location keys of the `$ref`s that point into a file that did not parse: left unresolved without a
   * diagnostic of their own (the file's parse error says it all), so rules reading through them stay quiet.
   */
  readonly intoUnparsed: ReadonlySet<string>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Resolves every `$ref` in every file with json-schema-ref-parser, reading only from the
 * already-parsed files (no disk, no network): URLs under the base URL, or a file's own `$id`,
 * map to files under the root; anything else is a diagnostic, never a fetch.
 */
export async function resolveRefs(files: readonly SourceFile[], baseUrl: string, refBase: 'id' | 'file' = 'id', unparsed: readonly string[] = []): Promise<Resolution> {
  const useIds = refBase === 'id';
  const byUrl = urlIndex(files, baseUrl, useIds);
  const diagnostics: Diagnostic[] = useIds ? duplicateIds(files, baseUrl) : [];
  const sites = files.flatMap((f) => collectRefSites(f, baseUrl, useIds));
  const good: { site: RefSite; url: string }[] = [];
  const broken = new Set(unparsed.map((path) => fileUrl(baseUrl, path)));
  const intoUnparsed = new Set<string>();
  for (const site of sites) {
    if (broken.has(stripHash(site.absolute))) {
      intoUnparsed.add(locationKey(site));
      continue;
    }
    const verdict = classifyRef(site, baseUrl, byUrl);
    if (verdict.ok) good.push({ site, url: verdict.url });
    else diagnostics.push(verdict.diagnostic);
  }
  // json-schema-ref-parser reads fragments as JSON pointers only; `#name` anchors are looked up here.
  const anchors = anchorIndex(files, baseUrl, useIds);
  const parser = await runRefParser(byUrl, good.map((g) => g.url).filter((u) => !isAnchorUrl(u)), baseUrl);
  const where = locationIndex(files);
  const targets = new Map<string, Location>();
  // Where each `$ref` points before any further `$ref` is followed: the links a cycle is made of.
  const direct = new Map<string, Location>();
  for (const { site, url } of good) {
    const anchor = isAnchorUrl(url);
    const target = anchor ? anchors.get(url) : lookup(parser, url, where) ?? inDocument(byUrl, url, where);
    if (target) targets.set(locationKey(site), target);
    else diagnostics.push(anchor ? missingAnchor(site, url) : missingPointer(site, url));
    const link = anchor ? target : inDocument(byUrl, url, where) ?? target;
    if (link) direct.set(locationKey(site), link);
  }
  return { targets, intoUnparsed, diagnostics: [...diagnostics, ...refCycles(files, sites, direct)] };
}

async function runRefParser(byUrl: Map<string, SourceFile>, urls: string[], baseUrl: string): Promise<$RefParser> {
  const parser = new $RefParser();
  const root: JsonObject = { definitions: Object.fromEntries(urls.map((u, i) => [String(i), { $ref: u }])) };
  const catalogue = {
    order: 1,
    canRead: (file: { url: string }) => byUrl.has(file.url),
    read: (file: { url: string }) => byUrl.get(file.url)?.value,
  };
  try {
    await parser.resolve(`${baseUrl}__connspec_catalogue__.json`, root, {
      resolve: { file: false, http: false, catalogue },
      continueOnError: true,
    });
  } catch {
    // Every failure the parser can report was already classified per site (remote, escaping,
    // missing file); missing pointers are found per site below.
  }
  return parser;
}

function lookup(parser: $RefParser, url: string, where: WeakMap<object, Location>): Location | undefined {
  try {
    const value: unknown = parser.$refs.get(url);
    if (value !== null && typeof value === 'object') return where.get(value);
    // Boolean schemas have no identity; fall back to the URL's own file and fragment.
    return undefined;
  } catch {
    return undefined;
  }
}

function missingPointer(site: RefSite, url: string): Diagnostic {
  const fragment = url.includes('#') ? url.slice(url.indexOf('#')) : '#';
  return refError(site, 'ref-unresolvable', `$ref "${site.ref}" names a file that exists but nothing at "${fragmentToPointer(fragment)}" in it`, 'correct the JSON pointer after "#" (check the definition name and its spelling), or add the definition');
}

function urlIndex(files: readonly SourceFile[], baseUrl: string, useIds: boolean): Map<string, SourceFile> {
  const map = new Map<string, SourceFile>();
  for (const f of files) map.set(fileUrl(baseUrl, f.path), f);
  // A declared `$id` is an alias too, so refs written against it still land on this file.
  if (!useIds) return map;
  for (const f of files) {
    const id = declaredId(f.value);
    if (id !== undefined && !map.has(stripHash(id))) map.set(stripHash(id), f);
  }
  return map;
}

function duplicateIds(files: readonly SourceFile[], baseUrl: string): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const f of files) {
    const id = declaredId(f.value);
    if (id === undefined) continue;
    const key = stripHash(new URL(id, fileUrl(baseUrl, f.path)).href);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, f.path);
      continue;
    }
    out.push({
      severity: 'error',
      rule: 'duplicate-id',
      file: f.path,
      ...f.locate('/$id'),
      pointer: '/$id',
      message: `$id "${id}" is already declared by ${first}`,
      hint: `give this file its own $id (${baseUrl}${f.path})`,
    });
  }
  return out;
}

/**
 * The node the URL's fragment names in its own document, without following `$ref`s. Needed where the
 * parser returns a merged copy with no identity: a target that is itself a `$ref` with sibling keywords
 * (`{"description": ..., "$ref": ...}`), or a boolean schema.
 */
function inDocument(byUrl: ReadonlyMap<string, SourceFile>, url: string, where: WeakMap<object, Location>): Location | undefined {
  const file = byUrl.get(stripHash(url));
  if (file === undefined) return undefined;
  const pointer = fragmentToPointer(url.includes('#') ? url.slice(url.indexOf('#')) : '#');
  const value = valueAtPointer(file.value, pointer);
  if (typeof value === 'boolean') return { file: file.path, pointer };
  return value !== null && typeof value === 'object' ? where.get(value) : undefined;
}

/** Maps every object in every file back to its canonical location, by identity. */
function locationIndex(files: readonly SourceFile[]): WeakMap<object, Location> {
  const map = new WeakMap<object, Location>();
  const walk = (file: string, value: JsonValue, pointer: string): void => {
    if (value === null || typeof value !== 'object') return;
    map.set(value, { file, pointer });
    if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, `${pointer}/${i}`));
    else for (const [k, v] of Object.entries(value)) walk(file, v, joinPointer(pointer, k));
  };
  for (const f of files) walk(f.path, f.value, '');
  return map;
}

/**
 * What `connspec init` works out from a schema tree alone: its layout and dialect (OpenMetadata,
 * Airbyte, or a plain tree), as config settings, each decision with a sentence saying why.
 */
import { posix } from 'node:path';
import { templatePattern, type ConfigOverrides, type ConnectionLayout, type JsonObject, type JsonValue } from '../core/index.js';

export type Schemas = ReadonlyMap<string, JsonObject>;

export interface Detected {
  /** The preset chosen, if a known family was recognised. */
  readonly preset: string | undefined;
  /** Settings to write beside the preset (a plain tree's `connections`). */
  readonly settings: ConfigOverrides;
  readonly notes: readonly string[];
}

const OPENMETADATA = templatePattern('entity/services/connections/{serviceType}/{name}Connection.json');
const AIRBYTE_KEYWORDS = ['airbyte_secret', 'airbyte_hidden'];
const SEMVER = /^\d+\.\d+\.\d+(?:[-+].*)?$/;

/** Every object key used anywhere in a value (to spot a vendor's vocabulary). */
function keysIn(value: JsonValue | undefined, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysIn(v, out);
    }
  }
  return out;
}

/** Files named by a `$ref` in another file (by the referrer's place; remote refs ignored). */
function referenced(schemas: Schemas): Set<string> {
  const out = new Set<string>();
  const visit = (from: string, value: JsonValue | undefined): void => {
    if (Array.isArray(value)) value.forEach((v) => visit(from, v));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string' && !v.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(v)) {
          const target = posix.normalize(posix.join(posix.dirname(from), v.split('#')[0] ?? ''));
          if (target !== from) out.add(target);
        } else visit(from, v);
      }
    }
  };
  for (const [path, schema] of schemas) visit(path, schema);
  return out;
}

/** A root property pinned to one string value (const or one-value enum), by name. */
function pinnedProperties(schema: JsonObject): Set<string> {
  const props = schema.properties;
  if (props === null || typeof props !== 'object' || Array.isArray(props)) return new Set();
  return new Set(Object.entries(props).flatMap(([name, p]) => {
    if (p === null || typeof p !== 'object' || Array.isArray(p)) return [];
    const one = typeof p.const === 'string' || (Array.isArray(p.enum) && p.enum.length === 1 && typeof p.enum[0] === 'string');
    return one ? [name] : [];
  }));
}

const common = (sets: readonly Set<string>[]): string[] => [...(sets[0] ?? [])].filter((k) => sets.every((s) => s.has(k))).sort();

function openmetadata(schemas: Schemas): Detected | undefined {
  const connections = [...schemas.keys()].filter((p) => OPENMETADATA.test(p) && !p.startsWith('entity/services/connections/common/'));
  if (connections.length === 0) return undefined;
  const versioned = connections.every((p) => typeof schemas.get(p)?.schemaVersion === 'string');
  const preset = versioned ? 'connspec' : 'openmetadata';
  const why = versioned ? 'and every one declares schemaVersion' : 'none of which must declare a version';
  return { preset, settings: {}, notes: [`preset ${preset}: ${connections.length} file(s) at entity/services/connections/<serviceType>/<name>Connection.json (OpenMetadata's layout), ${why}`] };
}

function airbyte(schemas: Schemas): Detected | undefined {
  const flat = [...schemas.keys()].filter((p) => !p.includes('/'));
  const marked = flat.filter((p) => AIRBYTE_KEYWORDS.some((k) => keysIn(schemas.get(p)).has(k)));
  if (marked.length === 0 || marked.length * 2 < flat.length) return undefined;
  return { preset: 'airbyte', settings: {}, notes: [`preset airbyte: ${flat.length} spec(s) in one flat folder, ${marked.length} using Airbyte's keywords (${AIRBYTE_KEYWORDS.join(', ')}); each file is one connector, named by its file`] };
}

/** A plain tree: connections are the object schemas no other file refers to, by folder. */
function plain(schemas: Schemas): Detected {
  const refs = referenced(schemas);
  const roots = [...schemas].filter(([p, s]) => !refs.has(p) && s.properties !== undefined).map(([p]) => p).sort();
  if (roots.length === 0) return { preset: undefined, settings: {}, notes: ['no connections: no object schema is free of references from other files; declare "connections" in the config'] };
  const folders = [...new Set(roots.map((p) => posix.dirname(p)))].sort();
  const paths = folders.map((f) => (f === '.' ? '{name}.json' : `${f}/{name}.json`));
  const exclude = [...schemas.keys()].filter((p) => folders.includes(posix.dirname(p)) && !roots.includes(p)).sort();
  const pinned = common(roots.map((p) => pinnedProperties(schemas.get(p) ?? {})));
  const versions = common(roots.map((p) => new Set(Object.entries(schemas.get(p) ?? {}).filter(([, v]) => typeof v === 'string' && SEMVER.test(v)).map(([k]) => k))));
  const connections: ConnectionLayout = {
    paths,
    ...(exclude.length ? { exclude } : {}),
    tag: pinned[0] !== undefined ? { property: pinned[0] } : { from: 'name' },
    ...(versions[0] !== undefined ? { version: { keyword: versions[0], required: true } } : {}),
  };
  const notes = [
    `connections ${paths.join(', ')}: the ${roots.length} object schema(s) no other file refers to${exclude.length ? ` (${exclude.length} shared file(s) beside them excluded)` : ''}`,
    pinned[0] !== undefined ? `tag: property "${pinned[0]}", pinned to one value in every connection` : 'tag: the file name (no property is pinned to one value in every connection)',
    versions[0] !== undefined ? `version: "${versions[0]}", a semantic version in every connection` : 'version: none (no root keyword holds a semantic version in every connection); the version gate needs one',
  ];
  return { preset: undefined, settings: { connections }, notes };
}

/** The tree's family, tried most specific first. */
export function detectLayout(schemas: Schemas): Detected {
  return openmetadata(schemas) ?? airbyte(schemas) ?? plain(schemas);
}

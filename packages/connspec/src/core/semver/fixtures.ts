/**
 * Valid fixtures of a connection from the fixtures generator's output
 * (`<outDir>/fixtures/<serviceType>/<name>/manifest.json` and `valid/*.json`), read from any tree
 * (a directory or a git ref) as a map of relative paths to text.
 */
import type { JsonValue } from '../ir/types.js';
import { schemaBaseName } from '../util/schema-path.js';

export interface Fixture {
  readonly name: string;
  readonly value: JsonValue;
}

/** Fixture files keyed by path relative to the fixtures folder. */
export type FixtureFiles = ReadonlyMap<string, string>;

function parse(text: string | undefined): JsonValue | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** File names a manifest lists as valid, whatever its exact shape (a list, a map, or entries with a verdict). */
export function validEntries(manifest: JsonValue | undefined): string[] {
  if (!isRecord(manifest)) return [];
  const name = (e: JsonValue): string | undefined => (typeof e === 'string' ? e : isRecord(e) ? ([e.file, e.path, e.name].find((x) => typeof x === 'string') as string | undefined) : undefined);
  const out: string[] = [];
  const valid = manifest.valid;
  if (Array.isArray(valid)) out.push(...valid.map(name).filter((x): x is string => x !== undefined));
  else if (isRecord(valid)) out.push(...Object.keys(valid));
  for (const key of ['fixtures', 'cases', 'entries']) {
    const list = manifest[key];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const n = name(e);
      const isValid = isRecord(e) && (e.valid === true || e.kind === 'valid' || (typeof n === 'string' && n.startsWith('valid/')));
      if (n && isValid) out.push(n);
    }
  }
  return out;
}

/** The folder of a connection's fixtures: by a manifest naming its schema, else by file or tag name. */
function fixtureDir(files: FixtureFiles, connection: { path: string; serviceType: string; tag?: string }): string | undefined {
  for (const [path, text] of files) {
    if (!path.endsWith('/manifest.json')) continue;
    const m = parse(text);
    const named = isRecord(m) ? [m.schema, m.source, m.connection, m.file].find((x) => typeof x === 'string') : undefined;
    if (typeof named === 'string' && (named === connection.path || named.endsWith(`/${connection.path}`))) return path.slice(0, -'/manifest.json'.length);
  }
  const base = schemaBaseName(connection.path).replace(/Connection$/, '');
  const names = [base, base.toLowerCase(), connection.tag, connection.tag?.toLowerCase()].filter((x): x is string => !!x);
  const dirs = names.map((n) => `${connection.serviceType}/${n}`);
  return dirs.find((d) => [...files.keys()].some((p) => p.startsWith(`${d}/`)));
}

/** The connection's valid fixtures, or undefined when the tree has none for it. */
export function fixturesFor(files: FixtureFiles | undefined, connection: { path: string; serviceType: string; tag?: string }): Fixture[] | undefined {
  if (!files || files.size === 0) return undefined;
  const dir = fixtureDir(files, connection);
  if (dir === undefined) return undefined;
  const listed = validEntries(parse(files.get(`${dir}/manifest.json`)));
  const onDisk = [...files.keys()].filter((p) => p.startsWith(`${dir}/valid/`) && p.endsWith('.json')).map((p) => p.slice(dir.length + 1));
  const names = [...new Set([...listed, ...onDisk])];
  const fixtures = names.flatMap((n): Fixture[] => {
    const path = [`${dir}/${n}`, `${dir}/valid/${n}`].find((p) => files.has(p));
    const value = path ? parse(files.get(path)) : undefined;
    return path && value !== undefined ? [{ name: `fixture ${path}`, value }] : [];
  });
  return fixtures.length ? fixtures : undefined;
}

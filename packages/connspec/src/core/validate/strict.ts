/**
 * Places what ajv's strict mode says. ajv compiles a referenced schema while compiling the file that
 * refers to it, and its message names the place as `at "<url>#<ptr>"`, `at path "<errSchemaPath>"`
 * (which inside an inlined `$ref` starts with the ref as written), or not at all. The diagnostic goes
 * to the file and keyword that hold the problem, so every referrer reports the same one (kept once).
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { JsonValue, SourceFile } from '../load/source-file.js';
import { fragmentToPointer, joinPointer, splitPointer } from '../pointer.js';
import { fileUrl } from '../resolve/urls.js';
import { isObject } from '../util/walk.js';

export interface StrictScope {
  /** The file being compiled. */
  readonly file: SourceFile;
  /** The files it reaches through `$ref`, nearest first (where an unplaced problem is looked for). */
  readonly reaches: readonly SourceFile[];
  readonly byUrl: ReadonlyMap<string, SourceFile>;
  readonly baseUrl: string;
}

/** What the message says about the culprit: its keyword, a test of the schema holding it, and any location. */
interface Clue {
  readonly keyword: string;
  readonly holds: (schema: { [key: string]: JsonValue }) => boolean;
  readonly url?: string;
  readonly path?: string;
}

interface Place {
  readonly file: SourceFile;
  readonly pointer: string;
}

export function strictDiagnostic(scope: StrictScope, raw: string, severity: Severity): Diagnostic {
  const text = raw.replace(/^strict mode: /, '');
  const clue = clueOf(text);
  const place = placeOf(scope, clue);
  const schema = schemaAt(place.file.value, place.pointer);
  const tuple = clue && /-tuple/.test(text) && isObject(schema) ? tupleWords(clue.keyword, schema) : undefined;
  const pointer = clue && isObject(schema) && clue.keyword in schema ? joinPointer(place.pointer, clue.keyword) : place.pointer;
  const said = text.replace(/ (?:in schema )?at (?:path )?"[^"]*"/g, '');
  return {
    severity,
    rule: tuple ? 'ajv-strict-tuple' : 'ajv-strict',
    file: place.file.path,
    ...place.file.locate(pointer),
    pointer,
    message: tuple?.message ?? `ajv (strict mode) rejects this schema: ${said}`,
    hint: tuple?.hint ?? hintFor(text, clue),
  };
}

const CLUES: readonly ((text: string) => Clue | undefined)[] = [
  (t) => match(/^unknown keyword: "([^"]+)"/, t, (m) => ({ keyword: m[1] ?? '', holds: () => true })),
  (t) => match(/^unknown format "([^"]*)" ignored in schema at path "([^"]*)"/, t, (m) => ({ keyword: 'format', holds: (s) => s.format === m[1], path: m[2] })),
  (t) => match(/^missing type "([^"]*)" for keyword "([^"]+)" at "([^"]*)"/, t, (m) => ({ keyword: m[2] ?? '', holds: (s) => !states(s.type, m[1] ?? ''), url: m[3] })),
  (t) => match(/^type "[^"]*" not allowed by context "[^"]*" at "([^"]*)"/, t, (m) => ({ keyword: 'type', holds: () => true, url: m[1] })),
  (t) => match(/^"([^"]+)" is (\d+)-tuple, .* at path "([^"]*)"/, t, (m) => ({ keyword: m[1] ?? '', holds: (s) => Array.isArray(s[m[1] ?? '']) && (s[m[1] ?? ''] as JsonValue[]).length === Number(m[2]), path: m[3] })),
  (t) => match(/^Invalid regular expression: \/(.*)\/[a-z]*: /, t, (m) => ({ keyword: 'pattern', holds: (s) => s.pattern === m[1] })),
  (t) => match(/^"(\$?[A-Za-z]+)"/, t, (m) => ({ keyword: m[1] ?? '', holds: () => true })),
];

function match(re: RegExp, text: string, make: (m: RegExpExecArray) => Clue): Clue | undefined {
  const m = re.exec(text);
  return m ? make(m) : undefined;
}

function clueOf(text: string): Clue | undefined {
  for (const read of CLUES) {
    const clue = read(text);
    if (clue) return clue;
  }
  return undefined;
}

/** The named place when it holds the keyword; else the first schema holding it in the file or what it reaches. */
function placeOf(scope: StrictScope, clue: Clue | undefined): Place {
  const named = clue?.url !== undefined ? fromUrl(scope, clue.url) : clue?.path !== undefined ? fromPath(scope, scope.file, clue.path) : undefined;
  if (clue === undefined) return named ?? { file: scope.file, pointer: '' };
  if (named && holds(clue, schemaAt(named.file.value, named.pointer))) return named;
  const candidates = [...(named ? [named.file] : []), scope.file, ...scope.reaches];
  for (const file of candidates) {
    const pointer = findSchema(file.value, '', clue);
    if (pointer !== undefined) return { file, pointer };
  }
  return named ?? { file: scope.file, pointer: '' };
}

/** Whether a `type` value names every one of the comma-separated types. */
const states = (type: JsonValue | undefined, types: string): boolean => types.split(',').every((t) => type === t || (Array.isArray(type) && type.includes(t)));

const holds = (clue: Clue, schema: JsonValue | undefined): boolean => isObject(schema) && clue.keyword in schema && clue.holds(schema);

/** `<file url>#<ptr>` names a file; ajv's `baseId + errSchemaPath` may instead be the compiled file's URL followed by a path. */
function fromUrl(scope: StrictScope, url: string): Place | undefined {
  const hash = url.indexOf('#');
  const file = hash >= 0 ? scope.byUrl.get(url.slice(0, hash)) : undefined;
  if (file) return { file, pointer: fragmentToPointer(url.slice(hash)) };
  const own = fileUrl(scope.baseUrl, scope.file.path);
  return url.startsWith(own) ? fromPath(scope, scope.file, url.slice(own.length)) : undefined;
}

/** An errSchemaPath: `#/…` inside `file`, or (inside an inlined `$ref`) the ref as written, then a path. */
function fromPath(scope: StrictScope, file: SourceFile, path: string): Place | undefined {
  if (path.startsWith('#')) return { file, pointer: fragmentToPointer(path) };
  const hash = path.indexOf('#');
  const base = fileUrl(scope.baseUrl, file.path);
  if (hash >= 0) {
    const target = scope.byUrl.get(resolveUrl(path.slice(0, hash), base));
    return target ? { file: target, pointer: fragmentToPointer(path.slice(hash)) } : undefined;
  }
  // `shared.json/properties/x`: the longest leading part that names a file is the ref.
  const tokens = path.split('/');
  for (let k = tokens.length; k > 0; k--) {
    const target = scope.byUrl.get(resolveUrl(tokens.slice(0, k).join('/'), base));
    if (target) return { file: target, pointer: tokens.slice(k).map((t) => `/${decodeURIComponent(t)}`).join('') };
  }
  return undefined;
}

function resolveUrl(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

/** Values under these keywords are data, not schemas. */
const DATA = new Set(['enum', 'const', 'default', 'examples']);

function findSchema(value: JsonValue, pointer: string, clue: Clue): string | undefined {
  if (holds(clue, value)) return pointer;
  const entries: [string, JsonValue][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : isObject(value) ? Object.entries(value) : [];
  for (const [key, child] of entries) {
    if (DATA.has(key) && !Array.isArray(value)) continue;
    const hit = findSchema(child, joinPointer(pointer, key), clue);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function schemaAt(root: JsonValue, pointer: string): JsonValue | undefined {
  let value: JsonValue | undefined = root;
  for (const token of splitPointer(pointer)) value = Array.isArray(value) ? value[Number(token)] : isObject(value) ? value[token] : undefined;
  return value;
}

function hintFor(text: string, clue: Clue | undefined): string {
  const missing = /^missing type "([^"]*)" for keyword "([^"]+)"/.exec(text);
  if (missing) return `add "type": "${missing[1]}" to the schema holding "${missing[2]}" (strict mode wants the type a keyword applies to stated where it is used)`;
  if (clue?.keyword === 'format') return 'use a format connspec knows (those of ajv-formats, such as "date-time", "uri", "email", "hostname", and "password"), or remove "format"';
  if (/^Invalid regular expression/.test(text)) return 'fix the regular expression: JSON Schema patterns are ECMA-262 (ajv compiles them with the "u" flag)';
  if (/^unknown keyword/.test(text)) return 'remove the keyword or fix its spelling; a vendor keyword is declared in .connspec.json "keywords"';
  return 'make the schema explicit where strict mode asks (add the missing "type", remove the keyword it ignores, or fix the reference)';
}

/** ajv's strictTuples asks `minItems` = length and `additionalItems: false` (or `maxItems` = length): say which is missing. */
function tupleWords(keyword: string, schema: { [key: string]: JsonValue }): { message: string; hint: string } | undefined {
  const items = schema[keyword];
  if (!Array.isArray(items)) return undefined;
  const n = items.length;
  const extra = keyword === 'prefixItems' ? 'items' : 'additionalItems';
  const open = schema.maxItems !== n && schema[extra] !== false;
  const short = schema.minItems !== n;
  const lacks = [...(short ? [`"minItems": ${n}`] : []), ...(open ? [`"${extra}": false`] : [])];
  const passes = [...(short ? ['an array missing trailing items'] : []), ...(open ? ['an array with extra items'] : [])];
  return {
    message: `"${keyword}" is a ${n}-item tuple without ${lacks.join(' and ')}, so ${passes.join(' or ')} is valid; ajv's strict mode (strictTuples) wants a tuple's length pinned`,
    hint: `if every item is required, add ${lacks.join(' and ')}; if trailing items may be left out, the schema is right as it is (silence this with "rules": {"ajv-strict-tuple": "off"} in .connspec.json)`,
  };
}

/**
 * The support matrix's rows: the keywords of draft-07 (and the 2019-09/2020-12 keywords connspec
 * reads), and where a schema uses them. Each target language owns its column
 * (`TargetLanguage.support`). Read by the `unsupported-keyword` lint rule (a warning naming the
 * language), by the conformance run (tools/conformance: which draft-07 suite groups each language is
 * held to, checked against the official suite) and by README's support matrix.
 */
import type { JsonValue } from './load/source-file.js';
import { joinPointer } from './pointer.js';
import { isObject } from './util/walk.js';
import { CANONICAL_KEYWORDS } from './validate/keywords.js';
import type { LanguageSupport, TargetLanguage } from './language.js';
import { SUBSCHEMA_KEYWORDS } from './validate/json-schema-keywords.js';

/** `full`: enforced exactly; `partial`: enforced except for what the note says; `none`: not enforced. */
export type SupportLevel = 'full' | 'partial' | 'none';

/** A row of the support matrix: the keyword (or a named form of one), and what holds in every language. */
export interface SupportKeyword {
  /** The keyword, or a named form of one (`items (array form)`, `false (schema)`). */
  readonly keyword: string;
  /** What connspec itself does with it, whatever the language. */
  readonly note?: string;
}

const keyword = (name: string, note?: string): SupportKeyword => (note === undefined ? { keyword: name } : { keyword: name, note });

/** The rows; each registered language (`TargetLanguage.support`) gives one cell per row. */
export const SUPPORT_KEYWORDS: readonly SupportKeyword[] = [
  keyword('type'),
  keyword('type (list)'),
  keyword('enum'),
  keyword('const'),
  keyword('multipleOf'),
  keyword('maximum'),
  keyword('exclusiveMaximum'),
  keyword('minimum'),
  keyword('exclusiveMinimum'),
  keyword('maxLength'),
  keyword('minLength'),
  keyword('pattern', 'A pattern no engine of the language can run as ECMA-262 does is not checked (generation warns, naming it).'),
  keyword('format', 'Formats ajv-formats does not know are not checked (generation warns, naming them).'),
  keyword('items'),
  keyword('items (array form)'),
  keyword('additionalItems'),
  keyword('prefixItems', 'As `items (array form)` (2020-12).'),
  keyword('items (after prefixItems)', 'As `additionalItems` (2020-12).'),
  keyword('unevaluatedItems', 'Enforced as `items` (or, after a tuple, as `additionalItems`) where nothing beside it (allOf, $ref, contains, …) evaluates items; elsewhere not enforced, and generation reports it (Java: `inexpressible`).'),
  keyword('maxItems'),
  keyword('minItems'),
  keyword('uniqueItems'),
  keyword('contains'),
  keyword('maxProperties'),
  keyword('minProperties'),
  keyword('required'),
  keyword('properties'),
  keyword('patternProperties'),
  keyword('additionalProperties'),
  keyword('dependencies'),
  keyword('dependentRequired', 'As `dependencies` with a list of names (2019-09, 2020-12).'),
  keyword('dependentSchemas', 'As `dependencies` with a schema (2019-09, 2020-12).'),
  keyword('unevaluatedProperties', 'Enforced as `additionalProperties` where nothing beside it (allOf, anyOf, oneOf, if, $ref, dependentSchemas) evaluates properties; elsewhere not enforced, and generation reports it (Java: `inexpressible`).'),
  keyword('propertyNames'),
  keyword('if / then / else'),
  keyword('allOf'),
  keyword('anyOf'),
  keyword('oneOf'),
  keyword('not'),
  keyword('keywords beside $ref or a combinator', 'An implicit allOf.'),
  keyword('$ref'),
  keyword('definitions'),
  keyword('$defs', 'As `definitions` (2019-09, 2020-12): the same declarations and names.'),
  keyword('$anchor', 'A `$ref` to `#name` means the schema that declares that `$anchor`.'),
  keyword('default', 'An annotation: never validated; a default that is invalid for its schema is not applied.'),
  keyword('true (schema)'),
  keyword('false (schema)'),
  keyword('$id (inside a schema)', 'connspec resolves $refs against file $ids only; an $id that changes the base URI inside a file is not followed.'),
  keyword('$ref (remote)', 'Refs outside the catalogue are errors (never fetched).'),
  keyword('$schema (other meta-schema)', 'Only draft-07, 2019-09 and 2020-12 are read (rule `draft-07`); a custom meta-schema or `$vocabulary` is not followed.'),
];

/** A language's column written by level: the keywords at each, those with a note in `…Noted`. */
export interface ColumnSpec {
  readonly full?: readonly string[];
  readonly fullNoted?: Readonly<Record<string, string>>;
  readonly partial?: readonly string[];
  readonly partialNoted?: Readonly<Record<string, string>>;
  readonly none?: readonly string[];
  readonly noneNoted?: Readonly<Record<string, string>>;
}

/** The cells of a column from its spec (`TargetLanguage.support`). */
export function supportColumn(spec: ColumnSpec): Record<string, LanguageSupport> {
  const cells: Record<string, LanguageSupport> = {};
  for (const level of ['full', 'partial', 'none'] as const) {
    for (const keyword of spec[level] ?? []) cells[keyword] = { level };
    for (const [keyword, note] of Object.entries(spec[`${level}Noted`] ?? {})) cells[keyword] = { level, note };
  }
  return cells;
}

/** A row of the matrix with every language's cell, and the note of the row and of each language, in language order. */
export interface SupportRow extends SupportKeyword {
  readonly cells: Readonly<Record<string, LanguageSupport>>;
  readonly notes: readonly string[];
}

/** The matrix of the given languages; a language without a cell for a row counts as `none`. */
export function supportMatrix(languages: readonly TargetLanguage[]): SupportRow[] {
  return SUPPORT_KEYWORDS.map((row) => supportRow(row, languages));
}

export function keywordSupport(keyword: string, languages: readonly TargetLanguage[]): SupportRow | undefined {
  const row = SUPPORT_KEYWORDS.find((k) => k.keyword === keyword);
  return row && supportRow(row, languages);
}

function supportRow(row: SupportKeyword, languages: readonly TargetLanguage[]): SupportRow {
  const cells = Object.fromEntries(languages.map((l) => [l.id, l.support[row.keyword] ?? { level: 'none' as const }]));
  const notes = [row.note, ...languages.map((l) => cells[l.id]?.note)].filter((n): n is string => n !== undefined);
  return { ...row, cells, notes };
}

/** Table keywords that are draft-07 keywords spelled as-is (the others are detected by form). */
const PLAIN = new Set(SUPPORT_KEYWORDS.map((k) => k.keyword).filter((k) => /^[$a-zA-Z]+$/.test(k) && k !== 'items'));
const { one: SUBSCHEMA, list: SUBSCHEMA_LIST, map: SUBSCHEMA_MAP } = SUBSCHEMA_KEYWORDS;
const CLOSING = new Set(['additionalProperties', 'additionalItems', 'unevaluatedProperties', 'unevaluatedItems']);

export interface KeywordUse {
  readonly keyword: string;
  readonly pointer: string;
}

/**
 * Every use of a table keyword in a schema document, boolean subschemas included (data such as
 * `enum` or `default` values is not walked). A `$ref` is remote when it is an absolute URL outside
 * `baseUrl`; an `$id` is reported below the root only.
 */
export function keywordUses(root: JsonValue, baseUrl = ''): KeywordUse[] {
  const out: KeywordUse[] = [];
  const walk = (schema: JsonValue | undefined, pointer: string): void => {
    if (schema === true || schema === false) out.push({ keyword: `${String(schema)} (schema)`, pointer });
    if (!isObject(schema)) return;
    for (const key of Object.keys(schema)) out.push(...usesOf(schema, key, pointer, baseUrl));
    // `additionalProperties`/`additionalItems: false` closes the object or tuple: that keyword's own row says it.
    for (const key of SUBSCHEMA) if (key in schema && !(CLOSING.has(key) && typeof schema[key] === 'boolean')) walk(schema[key], joinPointer(pointer, key));
    for (const key of SUBSCHEMA_LIST) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((s, i) => walk(s, joinPointer(pointer, key, i)));
    }
    for (const key of SUBSCHEMA_MAP) {
      const map = schema[key];
      if (isObject(map)) for (const [name, s] of Object.entries(map)) walk(s, joinPointer(pointer, key, name));
    }
    const items = schema.items;
    if (Array.isArray(items)) items.forEach((s, i) => walk(s, joinPointer(pointer, 'items', i)));
    else if (items !== undefined) walk(items, joinPointer(pointer, 'items'));
    const deps = schema.dependencies;
    if (isObject(deps)) for (const [name, s] of Object.entries(deps)) if (!Array.isArray(s)) walk(s, joinPointer(pointer, 'dependencies', name));
  };
  walk(root, '');
  return out;
}

function usesOf(schema: Readonly<Record<string, JsonValue>>, key: string, pointer: string, baseUrl: string): KeywordUse[] {
  const at = joinPointer(pointer, key);
  const use = (keyword: string): KeywordUse => ({ keyword, pointer: at });
  const beside = COMBINED.has(key) && besides(schema, key) ? [use('keywords beside $ref or a combinator')] : [];
  if (key === 'items') return [use(Array.isArray(schema.items) ? 'items (array form)' : Array.isArray(schema.prefixItems) ? 'items (after prefixItems)' : 'items')];
  if (key === 'type') return [use(Array.isArray(schema.type) ? 'type (list)' : 'type')];
  if (key === 'if') return [use('if / then / else')];
  if (key === '$id') return pointer === '' ? [] : [use('$id (inside a schema)')];
  if (key === '$ref') return [use(remoteRef(schema.$ref, baseUrl) ? '$ref (remote)' : '$ref'), ...beside];
  return PLAIN.has(key) ? [use(key), ...beside] : [];
}

/** Keywords that validate nothing themselves, or ride along without an intersection (`not`, `if`). */
const INERT = new Set(['title', 'description', 'default', 'examples', '$comment', 'readOnly', 'writeOnly', 'definitions', '$defs', '$anchor', '$id', '$schema', 'contentMediaType', 'contentEncoding', 'not', 'if', 'then', 'else', ...CANONICAL_KEYWORDS.map((k) => k.keyword)]);
const COMBINED = new Set(['$ref', 'allOf', 'anyOf', 'oneOf']);

/** Whether `$ref` or a combinator shares its schema with another validating keyword: connspec intersects the parts. */
function besides(schema: Readonly<Record<string, JsonValue>>, key: string): boolean {
  return Object.keys(schema).some((k) => k !== key && !INERT.has(k));
}

function remoteRef(ref: JsonValue | undefined, baseUrl: string): boolean {
  if (typeof ref !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(ref)) return false;
  return baseUrl === '' || !ref.startsWith(baseUrl);
}

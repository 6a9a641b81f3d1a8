/**
 * What each generated language enforces of draft-07 (and of the 2019-09/2020-12 keywords connspec
 * reads), keyword by keyword, as data. Read by the
 * `unsupported-keyword` lint rule (a warning naming the language), by the conformance run
 * (tools/conformance: which draft-07 suite groups each language is held to) and by README's
 * support matrix. The conformance run checks these claims against the official draft-07 suite.
 */
import type { JsonValue } from './load/source-file.js';
import { joinPointer } from './pointer.js';
import { isObject } from './util/walk.js';
import { CANONICAL_KEYWORDS } from './validate/keywords.js';

/** `full`: enforced exactly; `partial`: enforced except for what `note` says; `none`: not enforced. */
export type SupportLevel = 'full' | 'partial' | 'none';
export type SupportLanguage = 'typescript' | 'python' | 'java';
export const SUPPORT_LANGUAGES: readonly SupportLanguage[] = ['typescript', 'python', 'java'];
/** The languages whose models check values at runtime; TypeScript types are compile-time only. */
export const VALIDATING_LANGUAGES: readonly SupportLanguage[] = ['python', 'java'];

export interface KeywordSupport {
  /** The keyword, or a named form of one (`items (array form)`, `false (schema)`). */
  readonly keyword: string;
  readonly typescript: SupportLevel;
  readonly python: SupportLevel;
  readonly java: SupportLevel;
  /** What `partial` or `none` leaves out, per language. */
  readonly note?: string;
}

const row = (keyword: string, typescript: SupportLevel, python: SupportLevel, java: SupportLevel, note?: string): KeywordSupport =>
  note === undefined ? { keyword, typescript, python, java } : { keyword, typescript, python, java, note };

/** TypeScript enforces what a static type can: shapes, never values (lengths, bounds, patterns). */
export const KEYWORD_SUPPORT: readonly KeywordSupport[] = [
  row('type', 'partial', 'full', 'full', 'TypeScript has one `number` for `integer` and `number`.'),
  row('type (list)', 'partial', 'full', 'partial', 'Java reads an object allowed by a type list as a plain map (its object keywords unchecked); generation reports it.'),
  row('enum', 'full', 'full', 'partial', 'Java rejects object and array values of an enum (no Java constant holds them); generation reports it.'),
  row('const', 'full', 'full', 'partial', 'Java rejects an object or array const (as for enum); generation reports it.'),
  row('multipleOf', 'none', 'full', 'full'),
  row('maximum', 'none', 'full', 'full'),
  row('exclusiveMaximum', 'none', 'full', 'full'),
  row('minimum', 'none', 'full', 'full'),
  row('exclusiveMinimum', 'none', 'full', 'full'),
  row('maxLength', 'none', 'full', 'full'),
  row('minLength', 'none', 'full', 'full'),
  row('pattern', 'none', 'partial', 'partial', 'A pattern no engine of the language can run as ECMA-262 does is not checked (generation warns, naming it).'),
  row('format', 'none', 'partial', 'partial', 'Formats ajv-formats does not know are not checked (generation warns, naming them).'),
  row('items', 'full', 'full', 'full'),
  row('items (array form)', 'partial', 'full', 'none', 'Java reads tuple items as any JSON; TypeScript types them as an array of the item types.'),
  row('additionalItems', 'none', 'full', 'none'),
  row('prefixItems', 'partial', 'full', 'none', 'As `items (array form)` (2020-12): Java reads tuple items as any JSON; TypeScript types them as an array of the item types.'),
  row('items (after prefixItems)', 'none', 'full', 'none', 'As `additionalItems` (2020-12).'),
  row('unevaluatedItems', 'partial', 'partial', 'partial', 'Enforced as `items` (or, after a tuple, as `additionalItems`) where nothing beside it (allOf, $ref, contains, …) evaluates items; elsewhere not enforced, and generation reports it (Java: `inexpressible`).'),
  row('maxItems', 'none', 'full', 'full'),
  row('minItems', 'none', 'full', 'full'),
  row('uniqueItems', 'none', 'full', 'full'),
  row('contains', 'none', 'full', 'none'),
  row('maxProperties', 'none', 'full', 'none'),
  row('minProperties', 'none', 'full', 'none'),
  row('required', 'full', 'full', 'partial', 'Java cannot check a name no `properties` declares, nor tell a missing property from null where its schema allows null; generation reports both.'),
  row('properties', 'full', 'full', 'full'),
  row('patternProperties', 'none', 'partial', 'none', 'Python does not check names against a pattern no Python engine runs as ECMA-262 does (generation warns, naming it). Java keeps extra properties without checking them against the patterns.'),
  row('additionalProperties', 'partial', 'full', 'full', 'TypeScript rejects unknown properties only in object literals.'),
  row('dependencies', 'none', 'full', 'none'),
  row('dependentRequired', 'none', 'full', 'none', 'As `dependencies` with a list of names (2019-09, 2020-12).'),
  row('dependentSchemas', 'none', 'full', 'none', 'As `dependencies` with a schema (2019-09, 2020-12).'),
  row('unevaluatedProperties', 'partial', 'partial', 'partial', 'Enforced as `additionalProperties` where nothing beside it (allOf, anyOf, oneOf, if, $ref, dependentSchemas) evaluates properties; elsewhere not enforced, and generation reports it (Java: `inexpressible`).'),
  row('propertyNames', 'none', 'full', 'none'),
  row('if / then / else', 'none', 'full', 'none'),
  row('allOf', 'full', 'full', 'partial', 'Java models one part of an allOf (or keywords beside a $ref) unless the parts merge into one type; generation reports it.'),
  row('anyOf', 'full', 'full', 'full'),
  row('oneOf', 'partial', 'full', 'full', 'TypeScript cannot say "exactly one": a value matching two branches still type-checks.'),
  row('not', 'none', 'full', 'none'),
  row('keywords beside $ref or a combinator', 'full', 'partial', 'partial', 'An implicit allOf. Python checks an object part that has no name of its own only as a mapping; Java models one part unless the parts merge into one type. Generation reports both.'),
  row('$ref', 'full', 'full', 'full'),
  row('definitions', 'full', 'full', 'full'),
  row('$defs', 'full', 'full', 'full', 'As `definitions` (2019-09, 2020-12): the same declarations and names.'),
  row('$anchor', 'full', 'full', 'full', 'A `$ref` to `#name` means the schema that declares that `$anchor`.'),
  row('default', 'full', 'full', 'full', 'An annotation: never validated; a default that is invalid for its schema is not applied.'),
  row('true (schema)', 'full', 'full', 'full'),
  row('false (schema)', 'partial', 'full', 'none', 'TypeScript types it `never`; Java accepts null there.'),
  row('$id (inside a schema)', 'none', 'none', 'none', 'connspec resolves $refs against file $ids only; an $id that changes the base URI inside a file is not followed.'),
  row('$ref (remote)', 'none', 'none', 'none', 'Refs outside the catalogue are errors (never fetched).'),
  row('$schema (other meta-schema)', 'none', 'none', 'none', 'Only draft-07, 2019-09 and 2020-12 are read (rule `draft-07`); a custom meta-schema or `$vocabulary` is not followed.'),
];

export function keywordSupport(keyword: string): KeywordSupport | undefined {
  return KEYWORD_SUPPORT.find((k) => k.keyword === keyword);
}

/** Table keywords that are draft-07 keywords spelled as-is (the others are detected by form). */
const PLAIN = new Set(KEYWORD_SUPPORT.map((k) => k.keyword).filter((k) => /^[$a-zA-Z]+$/.test(k) && k !== 'items'));
const SUBSCHEMA = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems'];
const CLOSING = new Set(['additionalProperties', 'additionalItems', 'unevaluatedProperties', 'unevaluatedItems']);
const SUBSCHEMA_LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAP = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];

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

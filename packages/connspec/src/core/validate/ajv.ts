import { Ajv, type Options } from 'ajv';
import { createRequire } from 'node:module';
import type { FormatsPlugin } from 'ajv-formats';
import { DIALECT_URIS, type Dialect } from './dialects.js';
import { CANONICAL_KEYWORDS, EXTRA_FORMATS, EXTRA_STANDARD_KEYWORDS, type ExtensionKeyword } from './keywords.js';

// All are CommonJS: `require` gives the same value under Node, vitest and any bundler, where a default
// import's shape differs between them.
const require = createRequire(import.meta.url);
export const addFormats = require('ajv-formats') as FormatsPlugin;
const draft07 = require('ajv/dist/refs/json-schema-draft-07.json') as { $id: string; properties: Record<string, unknown> };
const AJV_CLASSES: Readonly<Record<Dialect, new (options: Options) => Ajv>> = {
  'draft-07': Ajv,
  '2019-09': (require('ajv/dist/2019') as { default: new (options: Options) => Ajv }).default,
  '2020-12': (require('ajv/dist/2020') as { default: new (options: Options) => Ajv }).default,
};

export const META_SCHEMA_ID = 'https://connspec.dev/meta/draft-07-connspec.json';
/** The extended meta-schema's `$id` per dialect (draft-07's is unchanged). */
export const META_SCHEMA_IDS: Readonly<Record<Dialect, string>> = {
  'draft-07': META_SCHEMA_ID,
  '2019-09': 'https://connspec.dev/meta/2019-09-connspec.json',
  '2020-12': 'https://connspec.dev/meta/2020-12-connspec.json',
};

/**
 * An ajv of the dialect's class in strict mode that knows its formats, `password`, and the given
 * extension keywords (default: those connspec's own writers emit; the pipeline passes the run's).
 */
export function createAjv(options: Options = {}, dialect: Dialect = 'draft-07', keywords: readonly ExtensionKeyword[] = CANONICAL_KEYWORDS): Ajv {
  // `required` names missing from `properties` are the `required-exists` lint rule's, reported with their place.
  // No optimisation pass over the generated code: connspec compiles hundreds of schemas and runs each
  // validator a few times, so the pass cost more than it saved (about a fifth of the analysis).
  // strictNumbers even when a caller turns strict mode off: a JSON number beyond the range of a double
  // parses to Infinity, which is refused as a number (as the Python and Java models refuse it) rather than accepted.
  const ajv = new AJV_CLASSES[dialect]({ strict: true, strictRequired: false, strictNumbers: true, allowUnionTypes: true, allErrors: true, ownProperties: true, code: { optimize: false }, ...options });
  addFormats(ajv);
  for (const format of EXTRA_FORMATS) ajv.addFormat(format, true);
  // ajv already knows some (`deprecated`, `writeOnly` from its metadata vocabulary); the meta-schema below still checks their values.
  const known = (keyword: string): boolean => keyword in ajv.RULES.keywords;
  for (const { keyword, metaSchema } of keywords) if (!known(keyword)) ajv.addKeyword({ keyword, metaSchema });
  for (const keyword of EXTRA_STANDARD_KEYWORDS) if (!known(keyword)) ajv.addKeyword({ keyword });
  // ajv resolves `$anchor` but does not list it as a keyword, so strict mode would call it unknown.
  if (dialect !== 'draft-07' && !known('$anchor')) ajv.addKeyword({ keyword: '$anchor' });
  ajv.addMetaSchema(dialect === 'draft-07' ? extendedMetaSchema(keywords) : extendedVocabularyMetaSchema(dialect, keywords));
  return ajv;
}

function extensionProperties(keywords: readonly ExtensionKeyword[]): Record<string, unknown> {
  const extra = Object.fromEntries(keywords.map((k) => [k.keyword, k.metaSchema]));
  const standard = Object.fromEntries(EXTRA_STANDARD_KEYWORDS.map((k) => [k, true]));
  return { ...extra, ...standard };
}

/**
 * draft-07's meta-schema plus our keywords, closed with `additionalProperties: false`: an unknown
 * keyword anywhere in a schema becomes an error with its exact JSON pointer.
 */
function extendedMetaSchema(keywords: readonly ExtensionKeyword[]): object {
  const { $id: _id, ...rest } = draft07;
  return { ...rest, $id: META_SCHEMA_ID, properties: { ...rest.properties, ...extensionProperties(keywords) }, additionalProperties: false };
}

/**
 * 2019-09 and 2020-12 meta-schemas are vocabularies joined by `allOf`, so they are extended the way
 * those drafts intend: our keywords beside an `allOf` of the standard meta-schema, closed with
 * `unevaluatedProperties: false`. The dynamic (2020-12) or recursive (2019-09) anchor makes every
 * subschema the standard meta-schema reaches be checked against this one too, so an unknown keyword
 * is an error at any depth, as with draft-07.
 */
function extendedVocabularyMetaSchema(dialect: Exclude<Dialect, 'draft-07'>, keywords: readonly ExtensionKeyword[]): object {
  const uri = DIALECT_URIS[dialect];
  const anchor = dialect === '2020-12' ? { $dynamicAnchor: 'meta' } : { $recursiveAnchor: true };
  return { $schema: uri, $id: META_SCHEMA_IDS[dialect], ...anchor, allOf: [{ $ref: uri }], properties: extensionProperties(keywords), unevaluatedProperties: false };
}

/**
 * One ajv per dialect, each made when first asked for (most catalogues use one dialect). An open tuple
 * is valid JSON Schema, so strictTuples only logs: compileCatalogue listens and makes it a warning at
 * its place; any other time the log goes nowhere.
 */
export function ajvPerDialect(options: Options = {}, keywords: readonly ExtensionKeyword[] = CANONICAL_KEYWORDS): (dialect: Dialect) => Ajv {
  const made = new Map<Dialect, Ajv>();
  return (dialect) => {
    const existing = made.get(dialect);
    if (existing) return existing;
    const ajv = createAjv({ strictTuples: 'log', logger: false, ...options }, dialect, keywords);
    made.set(dialect, ajv);
    return ajv;
  };
}

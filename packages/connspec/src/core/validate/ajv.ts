import { Ajv, type Options } from 'ajv';
import { createRequire } from 'node:module';
import type { FormatsPlugin } from 'ajv-formats';
import { CANONICAL_KEYWORDS, EXTRA_FORMATS, EXTRA_STANDARD_KEYWORDS, type ExtensionKeyword } from './keywords.js';

// Both are CommonJS: `require` gives the same value under Node, vitest and any bundler, where a default
// import's shape differs between them.
const require = createRequire(import.meta.url);
export const addFormats = require('ajv-formats') as FormatsPlugin;
const draft07 = require('ajv/dist/refs/json-schema-draft-07.json') as { $id: string; properties: Record<string, unknown> };

export const META_SCHEMA_ID = 'https://connspec.dev/meta/draft-07-connspec.json';

/**
 * An ajv in strict mode that knows draft-07 formats, `password`, and the given extension keywords
 * (default: those connspec's own writers emit; the pipeline passes the run's dialect).
 */
export function createAjv(options: Options = {}, keywords: readonly ExtensionKeyword[] = CANONICAL_KEYWORDS): Ajv {
  // `required` names missing from `properties` are the `required-exists` lint rule's, reported with their place.
  const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, ownProperties: true, ...options });
  addFormats(ajv);
  for (const format of EXTRA_FORMATS) ajv.addFormat(format, true);
  // ajv already knows some (`deprecated`, `writeOnly` from its metadata vocabulary); the meta-schema below still checks their values.
  const known = (keyword: string): boolean => keyword in ajv.RULES.keywords;
  for (const { keyword, metaSchema } of keywords) if (!known(keyword)) ajv.addKeyword({ keyword, metaSchema });
  for (const keyword of EXTRA_STANDARD_KEYWORDS) if (!known(keyword)) ajv.addKeyword({ keyword });
  ajv.addMetaSchema(extendedMetaSchema(keywords));
  return ajv;
}

/**
 * draft-07's meta-schema plus our keywords, closed with `additionalProperties: false`: an unknown
 * keyword anywhere in a schema becomes an error with its exact JSON pointer.
 */
function extendedMetaSchema(keywords: readonly ExtensionKeyword[]): object {
  const { $id: _id, ...rest } = draft07;
  const extra = Object.fromEntries(keywords.map((k) => [k.keyword, k.metaSchema]));
  const standard = Object.fromEntries(EXTRA_STANDARD_KEYWORDS.map((k) => [k, true]));
  return { ...rest, $id: META_SCHEMA_ID, properties: { ...rest.properties, ...extra, ...standard }, additionalProperties: false };
}

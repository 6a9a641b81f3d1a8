/**
 * Keywords beyond JSON Schema's. Each is registered with ajv (so strict mode knows it), added to
 * the meta-schema (so a wrong value is an error at its position) and listed in README.
 */
import { createVendor, type Vendor } from '../vendor/vendor.js';
import { JSON_SCHEMA_KEYWORDS } from './json-schema-keywords.js';

export interface ExtensionKeyword {
  readonly keyword: string;
  readonly sentence: string;
  readonly metaSchema: object;
}

const SEMVER =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$';

/** connspec's own keywords, known in every dialect. */
export const CORE_KEYWORDS: readonly ExtensionKeyword[] = [
  { keyword: 'deprecated', sentence: 'The field or type is deprecated; say what replaces it in `description`.', metaSchema: { type: 'boolean' } },
  { keyword: 'typeName', sentence: 'Explicit type name for this definition in every language (wins over `title`); the fix for a name collision.', metaSchema: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' } },
  {
    keyword: 'testConnection',
    sentence:
      "On a connection schema's root: adjusts its derived test-connection steps (`steps` replaces the list, `remove`, `add` after/before a step, `errorMessages`, `displayName`, `description`); see Test-connection definitions.",
    metaSchema: testConnectionMetaSchema(),
  },
];

/** The configured version keyword (`schemaVersion` in the connspec preset): a semantic version. */
export function versionKeyword(keyword: string): ExtensionKeyword {
  return { keyword, sentence: "A connection schema's own semantic version, checked by the version gate.", metaSchema: { type: 'string', pattern: SEMVER } };
}

/** Every keyword a run accepts beyond the standard ones: connspec's, the version keyword, the vendor's. */
export function extensionKeywords(vendor: Vendor, version: string | undefined): ExtensionKeyword[] {
  const declared = [...vendor.keywords].map(([keyword, role]): ExtensionKeyword => ({ keyword, sentence: role.sentence, metaSchema: role.metaSchema }));
  const all = [...CORE_KEYWORDS, ...(version ? [versionKeyword(version)] : []), ...declared];
  return all.filter((k, i) => all.findIndex((o) => o.keyword === k.keyword) === i);
}

/** The keywords connspec's own writers emit (the connspec preset's): what its output schemas may contain. */
export const CANONICAL_KEYWORDS: readonly ExtensionKeyword[] = extensionKeywords(
  createVendor({ javaType: 'javaType', javaInterfaces: 'javaInterfaces', javaEnums: 'javaEnums', mask: 'mask', expose: 'expose' }),
  'schemaVersion',
);

/** Keyword names of JSON Schema itself (any draft connspec reads): never declarable as vendor keywords. */
export const STANDARD_KEYWORDS: readonly string[] = [...new Set([...JSON_SCHEMA_KEYWORDS, ...CORE_KEYWORDS.map((k) => k.keyword)])];

/** The closed shape of `testConnection` (a step name is PascalCase letters and digits, as STEP_NAME_PATTERN in ir/test-steps.ts). */
function testConnectionMetaSchema(): object {
  const name = { type: 'string', pattern: '^[A-Z][A-Za-z0-9]*$' };
  const text = { type: 'string', minLength: 1 };
  const fields = { name, description: text, errorMessage: text, mandatory: { type: 'boolean' }, shortCircuit: { type: 'boolean' } };
  return {
    type: 'object',
    properties: {
      displayName: text,
      description: text,
      // A string names a known step (inheriting its fields); an object may override them or define a new step.
      steps: { type: 'array', minItems: 1, items: { type: ['string', 'object'], pattern: name.pattern, required: ['name'], properties: fields, additionalProperties: false } },
      remove: { type: 'array', items: name, uniqueItems: true },
      add: { type: 'array', items: { type: 'object', required: ['name'], properties: { ...fields, after: name, before: name }, additionalProperties: false } },
      errorMessages: { type: 'object', propertyNames: name, additionalProperties: text },
    },
    additionalProperties: false,
  };
}

/** Standard draft-07 annotation keywords that ajv's bundled meta-schema does not list. */
export const EXTRA_STANDARD_KEYWORDS: readonly string[] = ['writeOnly'];

/** Formats connspec understands beyond ajv-formats; `password` marks a secret. */
export const EXTRA_FORMATS: readonly string[] = ['password'];

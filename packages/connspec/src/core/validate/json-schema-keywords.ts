/**
 * The one table of JSON Schema's own keywords (every draft connspec reads: draft-07, 2019-09,
 * 2020-12), and where their values hold subschemas. Walkers, the support matrix's keyword detection
 * and the validation key all read it; vendor and connspec keywords are in keywords.ts.
 */
export const JSON_SCHEMA_KEYWORDS: readonly string[] = [
  '$schema', '$id', '$ref', '$comment', '$defs', '$anchor', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$vocabulary',
  'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'definitions',
  'type', 'enum', 'const', 'format', 'contentMediaType', 'contentEncoding', 'contentSchema',
  'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'items', 'prefixItems', 'additionalItems', 'unevaluatedItems', 'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems',
  'properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties', 'required', 'dependencies', 'dependentRequired', 'dependentSchemas',
  'propertyNames', 'minProperties', 'maxProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else',
];

/**
 * Keywords whose value is subschemas: one, a list, or a map from names. Two more hold them in a
 * shape of their own: `items` (one, or a list in the tuple form) and `dependencies` (a map to a
 * subschema or to a list of names).
 */
export const SUBSCHEMA_KEYWORDS = {
  one: ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems'],
  list: ['allOf', 'anyOf', 'oneOf', 'prefixItems'],
  map: ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'],
} as const;

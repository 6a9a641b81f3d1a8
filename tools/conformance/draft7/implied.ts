/**
 * Draft-07 applies kind-specific keywords (`maxLength`, `properties`, …) only to values of that
 * kind, so `{"maxLength": 2}` accepts 100. connspec's typed models type such a schema by the kind
 * its keywords imply (as the IR does: object, then array, then string, then number), so they
 * reject 100. A case whose verdict changes once every implied `type` is written out is one no
 * typed model can represent; the run counts such cases apart, never as passed.
 */
import type { JsonObject, JsonValue } from '@connspec/core';

const KINDS: readonly (readonly [string, readonly string[]])[] = [
  ['object', ['properties', 'additionalProperties', 'patternProperties', 'required', 'propertyNames', 'minProperties', 'maxProperties', 'dependencies', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties']],
  ['array', ['items', 'additionalItems', 'contains', 'minItems', 'maxItems', 'uniqueItems', 'prefixItems', 'unevaluatedItems']],
  ['string', ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding']],
  ['number', ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']],
];
// 2020-12 keywords too (ir/convert.ts infers kinds from them alike).
const ONE = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems'];
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAP = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The kind the IR gives a schema without `type` (none when it has `type`, `enum`, `const` or no kind keyword). */
export function impliedKind(schema: JsonObject): string | undefined {
  if ('type' in schema || 'enum' in schema || 'const' in schema) return undefined;
  return KINDS.find(([, keys]) => keys.some((k) => k in schema))?.[0];
}

/** The schema with every implied `type` written out, in every subschema. */
export function withImpliedTypes(schema: JsonValue): JsonValue {
  if (!isObject(schema)) return schema;
  const out: Record<string, JsonValue> = { ...schema };
  const kind = impliedKind(schema);
  if (kind) out.type = kind;
  for (const k of ONE) if (k in schema) out[k] = withImpliedTypes(schema[k] as JsonValue);
  for (const k of LIST) {
    const list = schema[k];
    if (Array.isArray(list)) out[k] = list.map(withImpliedTypes);
  }
  for (const k of MAP) {
    const map = schema[k];
    if (isObject(map)) out[k] = Object.fromEntries(Object.entries(map).map(([n, s]) => [n, withImpliedTypes(s)]));
  }
  if (schema.items !== undefined) out.items = Array.isArray(schema.items) ? schema.items.map(withImpliedTypes) : withImpliedTypes(schema.items);
  const deps = schema.dependencies;
  if (isObject(deps)) out.dependencies = Object.fromEntries(Object.entries(deps).map(([n, s]) => [n, Array.isArray(s) ? s : withImpliedTypes(s)]));
  return out;
}

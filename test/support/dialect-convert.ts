/**
 * A draft-07 schema rewritten, mechanically, as 2019-09 or 2020-12: `$schema`, `definitions` →
 * `$defs` (every `#/definitions/` ref with it), `dependencies` → `dependentRequired` /
 * `dependentSchemas`, and for 2020-12 tuple `items: [...]` → `prefixItems` (with `additionalItems`
 * → `items`). Schema-aware: a property named `definitions` stays one.
 */
import type { JsonObject, JsonValue } from '@connspec/core';

export type LaterDialect = '2019-09' | '2020-12';

export const DIALECT_URI: Readonly<Record<LaterDialect, string>> = {
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

const SINGLE = new Set(['additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else']);
const LIST = new Set(['allOf', 'anyOf', 'oneOf']);
const MAP = new Set(['properties', 'patternProperties']);

const isObject = (v: JsonValue | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export function convertDialect(schema: JsonValue, dialect: LaterDialect): JsonValue {
  if (!isObject(schema)) return schema;
  const walk = (s: JsonValue): JsonValue => convertDialect(s, dialect);
  const mapOf = (m: JsonValue): JsonObject => (isObject(m) ? Object.fromEntries(Object.entries(m).map(([k, v]) => [k, walk(v)])) : {});
  const out: JsonObject = {};
  const tuple = Array.isArray(schema.items) && dialect === '2020-12';
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') out.$schema = DIALECT_URI[dialect];
    else if (key === '$ref' && typeof value === 'string') out.$ref = convertRef(value);
    else if (key === 'definitions') out.$defs = mapOf(value);
    else if (key === 'dependencies' && isObject(value)) Object.assign(out, splitDependencies(value, walk));
    else if (key === 'items') out[tuple ? 'prefixItems' : 'items'] = Array.isArray(value) ? value.map(walk) : walk(value);
    else if (key === 'additionalItems') {
      // Beside a non-tuple `items` it checks nothing (and 2020-12 has no such keyword).
      if (tuple) out.items = walk(value);
      else if (dialect === '2019-09' || Array.isArray(schema.items)) out.additionalItems = walk(value);
    } else if (SINGLE.has(key)) out[key] = walk(value);
    else if (LIST.has(key) && Array.isArray(value)) out[key] = value.map(walk);
    else if (MAP.has(key)) out[key] = mapOf(value);
    else out[key] = value;
  }
  return out;
}

/** `…#/definitions/a/definitions/b` → `…#/$defs/a/$defs/b`; a property named `definitions` stays. */
function convertRef(ref: string): string {
  const at = ref.indexOf('#/');
  if (at < 0) return ref;
  const tokens = ref.slice(at + 2).split('/');
  const named = (i: number): boolean => i > 0 && ['properties', 'patternProperties', 'definitions'].includes(tokens[i - 1] ?? '');
  return `${ref.slice(0, at)}#/${tokens.map((t, i) => (t === 'definitions' && !named(i) ? '$defs' : t)).join('/')}`;
}

function splitDependencies(deps: JsonObject, walk: (s: JsonValue) => JsonValue): JsonObject {
  const required = Object.entries(deps).filter(([, v]) => Array.isArray(v));
  const schemas = Object.entries(deps).filter(([, v]) => !Array.isArray(v));
  return {
    ...(required.length ? { dependentRequired: Object.fromEntries(required) } : {}),
    ...(schemas.length ? { dependentSchemas: Object.fromEntries(schemas.map(([k, v]) => [k, walk(v)])) } : {}),
  };
}

/**
 * 2019-09 and 2020-12 keywords in the draft-07 IR. Each maps onto the IR draft-07 already has, so
 * a schema written either way gives the same declarations, names and generated code:
 * - `$defs` is `definitions` (see build.ts and derived-names.ts);
 * - `prefixItems` + `items` (2020-12) is the tuple `items: [...]` + `additionalItems`;
 * - `dependentRequired` / `dependentSchemas` are the two forms of `dependencies`;
 * - `unevaluatedProperties` / `unevaluatedItems` are `additionalProperties` / the rest of the items
 *   where nothing beside them evaluates properties or items (no `allOf`, `$ref`, …), which is then
 *   exactly what they mean; elsewhere they are kept as a facet that generators report as unenforced.
 */
import type { JsonObject, JsonValue } from '../load/source-file.js';
import { joinPointer } from '../pointer.js';
import { child, type ConvertContext } from './convert.js';
import type { TypeNode } from './types.js';

/** Keywords of 2019-09/2020-12 that validate nothing themselves: beside a `$ref` they keep it a plain reference. */
export const DIALECT_NON_VALIDATING: ReadonlySet<string> = new Set(['$defs', '$anchor', '$dynamicAnchor', '$recursiveAnchor', '$vocabulary']);

/** Keywords that evaluate properties or items of the same instance, so `unevaluated*` then means more than `additional*`. */
const IN_PLACE = ['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', '$ref', '$dynamicRef', '$recursiveRef', 'dependentSchemas', 'dependencies'];

const inPlace = (schema: JsonObject): boolean => IN_PLACE.some((k) => k in schema);

/** What `unevaluated*` of a schema become: `additional` (the plain keyword's place), `none` (a no-op: everything is evaluated), or `facet`. */
export function unevaluatedMode(schema: JsonObject, keyword: 'unevaluatedProperties' | 'unevaluatedItems'): 'additional' | 'none' | 'facet' | undefined {
  if (schema[keyword] === undefined) return undefined;
  if (keyword === 'unevaluatedProperties') return schema.additionalProperties !== undefined ? 'none' : inPlace(schema) ? 'facet' : 'additional';
  const { rest, tuple } = arrayParts(schema);
  // A plain `items` schema, or a tuple with its rest, evaluates every item.
  if (tuple === undefined ? schema.items !== undefined : rest !== undefined && rest.key !== 'unevaluatedItems') return 'none';
  return inPlace(schema) || schema.contains !== undefined ? 'facet' : 'additional';
}

/** The schema without the `unevaluated*` keywords that are not plain `additional*` here (they become a facet, or nothing). */
export function withoutUnevaluated(schema: JsonObject): JsonObject {
  const keep = (k: 'unevaluatedProperties' | 'unevaluatedItems'): boolean => unevaluatedMode(schema, k) !== 'facet' && unevaluatedMode(schema, k) !== 'none';
  if (keep('unevaluatedProperties') && keep('unevaluatedItems')) return schema;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) if ((k !== 'unevaluatedProperties' || keep(k)) && (k !== 'unevaluatedItems' || keep(k))) out[k] = v;
  return out;
}

/** `unevaluated*` that no plain keyword expresses, converted as a facet of the node. */
export function unevaluatedFacet(ctx: ConvertContext, schema: JsonObject, pointer: string): Pick<TypeNode, 'unevaluated'> {
  const facet: { properties?: TypeNode; items?: TypeNode } = {};
  if (unevaluatedMode(schema, 'unevaluatedProperties') === 'facet') facet.properties = child(ctx, schema.unevaluatedProperties, joinPointer(pointer, 'unevaluatedProperties'));
  if (unevaluatedMode(schema, 'unevaluatedItems') === 'facet') facet.items = child(ctx, schema.unevaluatedItems, joinPointer(pointer, 'unevaluatedItems'));
  return facet.properties || facet.items ? { unevaluated: facet } : {};
}

/** A keyword and its value, so a child keeps the pointer of where it is written. */
export interface Keyed<T> {
  readonly key: string;
  readonly value: T;
}

/**
 * An array schema's parts whichever way it is written: the tuple (`prefixItems`, or draft-07/2019-09
 * `items: [...]`), the one schema for every item (`items`), and the rest after a tuple (2020-12
 * `items` beside `prefixItems`, or `additionalItems`); a plain `unevaluatedItems` fills the free place.
 */
export function arrayParts(schema: JsonObject): { tuple?: Keyed<JsonValue[]>; items?: Keyed<JsonValue>; rest?: Keyed<JsonValue> } {
  const unevaluated = schema.unevaluatedItems !== undefined ? { key: 'unevaluatedItems', value: schema.unevaluatedItems } : undefined;
  if (Array.isArray(schema.prefixItems)) {
    const rest = schema.items !== undefined ? { key: 'items', value: schema.items } : unevaluated;
    return { tuple: { key: 'prefixItems', value: schema.prefixItems }, ...(rest ? { rest } : {}) };
  }
  if (Array.isArray(schema.items)) {
    const rest = schema.additionalItems !== undefined ? { key: 'additionalItems', value: schema.additionalItems } : unevaluated;
    return { tuple: { key: 'items', value: schema.items }, ...(rest ? { rest } : {}) };
  }
  const items = schema.items !== undefined ? { key: 'items', value: schema.items } : unevaluated;
  // draft-07 keeps `additionalItems` beside a non-tuple `items` too (it then checks nothing), and so does the IR.
  const rest = schema.additionalItems !== undefined ? { key: 'additionalItems', value: schema.additionalItems } : undefined;
  return { ...(items ? { items } : {}), ...(rest ? { rest } : {}) };
}

/** `additionalProperties`, or a plain `unevaluatedProperties` in its place. */
export function additionalOf(schema: JsonObject): Keyed<JsonValue> | undefined {
  if (schema.additionalProperties !== undefined) return { key: 'additionalProperties', value: schema.additionalProperties };
  return schema.unevaluatedProperties !== undefined ? { key: 'unevaluatedProperties', value: schema.unevaluatedProperties } : undefined;
}

/** draft-07 `dependencies` (both forms), then 2019-09 `dependentRequired` and `dependentSchemas`, as one list. */
export function dependencyEntries(schema: JsonObject): { property: string; value: JsonValue; key: string }[] {
  return ['dependencies', 'dependentRequired', 'dependentSchemas'].flatMap((key) => {
    const map = schema[key];
    return map !== null && typeof map === 'object' && !Array.isArray(map) ? Object.entries(map).map(([property, value]) => ({ property, value, key })) : [];
  });
}

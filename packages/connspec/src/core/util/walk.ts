import type { JsonObject, JsonValue } from '../load/source-file.js';
import { joinPointer, splitPointer } from '../pointer.js';
import { SUBSCHEMA_KEYWORDS } from '../validate/json-schema-keywords.js';

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value a JSON pointer names inside `root`, without following `$ref`s. */
export function valueAtPointer(root: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let value = root;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(value)) value = value[Number(token)];
    else if (isObject(value)) value = value[token];
    else return undefined;
  }
  return value;
}

const { one: SINGLE, list: LIST, map: MAP } = SUBSCHEMA_KEYWORDS;

/** Calls `visit` on every schema object in a document (not on data such as `default` or `enum`). */
export function forEachSchema(root: JsonValue, visit: (schema: JsonObject, pointer: string) => void): void {
  const walk = (schema: JsonValue | undefined, pointer: string): void => {
    if (!isObject(schema)) return;
    visit(schema, pointer);
    for (const key of SINGLE) walk(schema[key], joinPointer(pointer, key));
    for (const key of LIST) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((s, i) => walk(s, joinPointer(pointer, key, i)));
    }
    for (const key of MAP) {
      const map = schema[key];
      if (isObject(map)) for (const [name, s] of Object.entries(map)) walk(s, joinPointer(pointer, key, name));
    }
    const items = schema.items;
    if (Array.isArray(items)) items.forEach((s, i) => walk(s, joinPointer(pointer, 'items', i)));
    else walk(items, joinPointer(pointer, 'items'));
    const deps = schema.dependencies;
    if (isObject(deps)) for (const [name, s] of Object.entries(deps)) if (isObject(s)) walk(s, joinPointer(pointer, 'dependencies', name));
  };
  walk(root, '');
}

/** Deterministic JSON text with sorted keys, for equality and uniqueness checks. */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

import { derefNode } from '../ir/query.js';
import type { IR, JsonValue, TypeNode } from '../ir/types.js';

/** The JSON types a value can have; `integer` is the part of `number` without a fraction. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
export const ALL_TYPES: readonly JsonType[] = ['object', 'array', 'string', 'number', 'boolean', 'null'];

export function typeOfValue(value: JsonValue): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as 'object' | 'string' | 'boolean';
}

/** Whether a type set accepts every value of type `t` (`number` covers `integer`). */
export function covers(set: ReadonlySet<JsonType>, t: JsonType): boolean {
  return set.has(t) || (t === 'integer' && set.has('number'));
}

/** The JSON types a node accepts at its top level, through refs (bounded). */
export function typesOf(ir: IR, node: TypeNode, depth = 0): Set<JsonType> {
  const n = derefNode(ir.declarations, node);
  if (depth > 16) return new Set(ALL_TYPES);
  switch (n.kind) {
    case 'any':
    case 'ref':
      return new Set(ALL_TYPES);
    case 'never':
      return new Set();
    case 'enum':
      return new Set(n.values.map(typeOfValue));
    case 'const':
      return new Set([typeOfValue(n.value)]);
    case 'union':
      return new Set(n.variants.flatMap((v) => [...typesOf(ir, v, depth + 1)]));
    case 'intersection':
      return n.members.map((m) => typesOf(ir, m, depth + 1)).reduce(intersect, new Set(ALL_TYPES));
    default:
      return new Set([n.kind]);
  }
}

function intersect(a: Set<JsonType>, b: Set<JsonType>): Set<JsonType> {
  const out = new Set<JsonType>();
  for (const t of a) if (covers(b, t)) out.add(t);
  for (const t of b) if (covers(a, t)) out.add(t);
  if (out.has('number') && !(a.has('number') && b.has('number'))) out.delete('number');
  return out;
}

/** Whether two type sets share a value. */
export function typesMeet(a: ReadonlySet<JsonType>, b: ReadonlySet<JsonType>): boolean {
  return [...a].some((t) => covers(b, t)) || [...b].some((t) => covers(a, t));
}

/** The values a node is pinned to (`enum`, `const`), or undefined when it is not a value set. */
export function valueSet(node: TypeNode): readonly JsonValue[] | undefined {
  if (node.kind === 'enum') return node.values;
  if (node.kind === 'const') return [node.value];
  return undefined;
}

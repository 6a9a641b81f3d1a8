/**
 * A small deterministic instance synthesiser: plausible values for an IR node (required-only or
 * every property; branch `k` of every union and value `k` of every enum). Not complete: what it
 * makes is checked with ajv before use, and a value it cannot make is left out.
 */
import { derefNode } from '../ir/query.js';
import type { ArrayNode, IR, JsonValue, NumberNode, ObjectNode, StringNode, TypeNode } from '../ir/types.js';
import { formatSamples } from '../formats.js';

export interface SynthMode {
  /** Every optional property too (not only required ones and the connection tag). */
  readonly full: boolean;
  /** Which union branch and enum value to take (modulo their count). */
  readonly branch: number;
}

type Synth = (node: TypeNode, mode: SynthMode, depth: number) => JsonValue | undefined;

const STRING_SAMPLES = ['localhost:3306', 'example', 'example.com', 'https://example.com', 'user@example.com', 'abc123', 'a', 'A', '1', 'x', 'us-east-1', 'a_b', 'a.b', '.*', '/'];

export function synthesise(ir: IR, node: TypeNode, mode: SynthMode, depth = 0): JsonValue | undefined {
  const self: Synth = (n, m, d) => synthesise(ir, n, m, d);
  const n = derefNode(ir.declarations, node);
  if (depth > 24) return undefined;
  const pick = <T>(list: readonly T[]): T | undefined => list[mode.branch % Math.max(list.length, 1)];
  switch (n.kind) {
    case 'const':
      return n.value;
    case 'enum':
      return pick(n.values);
    case 'any':
      return mode.full ? 'value' : {};
    case 'never':
    case 'ref':
      return undefined;
    case 'null':
      return null;
    case 'boolean':
      return leaf(n, mode) ?? true;
    case 'string':
      return stringValue(n, mode);
    case 'number':
    case 'integer':
      return numberValue(n, mode);
    case 'union': {
      const variant = pick(n.variants);
      return variant ? self(variant, mode, depth + 1) : undefined;
    }
    case 'intersection':
      return mergeAll(n.members.map((m) => self(m, mode, depth + 1)));
    case 'array':
      return arrayValue(n, mode, depth, self);
    case 'object':
      return objectValue(n, mode, depth, self);
  }
}

/** An example or the default, when the schema offers one of the right type. */
function leaf(node: TypeNode, mode: SynthMode): JsonValue | undefined {
  const offered = [...(node.annotations.examples ?? []), ...(node.annotations.default ? [node.annotations.default.value] : [])];
  const want = node.kind === 'integer' ? 'number' : node.kind;
  const fitting = offered.filter((v) => typeof v === want);
  return fitting[mode.branch % Math.max(fitting.length, 1)];
}

function stringValue(n: StringNode, mode: SynthMode): string {
  const matches = (s: string): boolean => {
    if (n.minLength !== undefined && [...s].length < n.minLength) return false;
    if (n.maxLength !== undefined && [...s].length > n.maxLength) return false;
    if (n.pattern === undefined) return true;
    try {
      return new RegExp(n.pattern, 'u').test(s);
    } catch {
      return true;
    }
  };
  const offered = leaf(n, mode);
  const format = formatSamples(n.format)?.valid;
  const candidates = [...(typeof offered === 'string' ? [offered] : []), ...(format ? [format] : []), ...STRING_SAMPLES];
  const found = candidates.find(matches);
  if (found !== undefined) return found;
  return 'x'.repeat(Math.max(n.minLength ?? 1, 1)).slice(0, n.maxLength ?? Infinity);
}

function numberValue(n: NumberNode, mode: SynthMode): number {
  const ok = (v: number): boolean =>
    (n.kind !== 'integer' || Number.isInteger(v)) &&
    (n.minimum === undefined || v >= n.minimum) && (n.maximum === undefined || v <= n.maximum) &&
    (n.exclusiveMinimum === undefined || v > n.exclusiveMinimum) && (n.exclusiveMaximum === undefined || v < n.exclusiveMaximum) &&
    (n.multipleOf === undefined || Math.abs(v / n.multipleOf - Math.round(v / n.multipleOf)) < 1e-9);
  const offered = leaf(n, mode);
  const step = n.multipleOf ?? 1;
  const from = n.minimum ?? (n.exclusiveMinimum !== undefined ? n.exclusiveMinimum + (n.kind === 'integer' ? 1 : 0.5) : undefined);
  const aligned = from !== undefined ? Math.ceil(from / step) * step : undefined;
  const candidates = [...(typeof offered === 'number' ? [offered] : []), ...(from !== undefined ? [from] : []), ...(aligned !== undefined ? [aligned, aligned + step] : []), 1, 0, step, n.maximum ?? 1];
  return candidates.find(ok) ?? from ?? 1;
}

function arrayValue(n: ArrayNode, mode: SynthMode, depth: number, self: Synth): JsonValue[] | undefined {
  if (n.tuple) {
    const values = n.tuple.map((t) => self(t, mode, depth + 1));
    return values.every((v) => v !== undefined) ? (values as JsonValue[]) : undefined;
  }
  const count = Math.max(n.minItems ?? 0, mode.full && depth < 8 ? 1 : 0);
  const out: JsonValue[] = [];
  for (let i = 0; i < count; i++) {
    const v = n.items ? self(n.items, { ...mode, branch: mode.branch + i }, depth + 1) : `item${i}`;
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

function objectValue(n: ObjectNode, mode: SynthMode, depth: number, self: Synth): JsonValue {
  // Past some depth only required properties, so recursive schemas end.
  const full = mode.full && depth < 8;
  const out: Record<string, JsonValue> = {};
  for (const p of n.properties) {
    if (!(p.required || full || p.role === 'tag')) continue;
    const v = self(p.type, mode, depth + 1);
    if (v !== undefined) out[p.name] = v;
  }
  for (const name of n.extraRequired) if (!(name in out)) out[name] = 'value';
  return out;
}

function mergeAll(values: readonly (JsonValue | undefined)[]): JsonValue | undefined {
  const defined = values.filter((v): v is JsonValue => v !== undefined);
  const objects = defined.filter((v): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v));
  if (objects.length === defined.length && objects.length > 0) return Object.assign({}, ...objects) as JsonValue;
  return defined[0];
}

/** Instances of a node for each mode (minimal and full, branches 0..width-1), deduplicated, in a stable order. */
export function synthesiseAll(ir: IR, node: TypeNode, width = 4): { name: string; value: JsonValue }[] {
  const seen = new Set<string>();
  const out: { name: string; value: JsonValue }[] = [];
  for (let branch = 0; branch < width; branch++) {
    for (const full of [false, true]) {
      const value = synthesise(ir, node, { full, branch });
      const key = JSON.stringify(value);
      if (value === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push({ name: `synthesised ${full ? 'full' : 'minimal'} instance, branch ${branch}`, value });
    }
  }
  return out;
}

import type { JsonObject, JsonValue } from '../load/source-file.js';
import { escapePointerToken, joinPointer } from '../pointer.js';
import { isObject } from '../util/walk.js';
import { ANNOTATION_KEYWORDS, readAnnotations } from './annotations.js';
import { arrayParts, DIALECT_NON_VALIDATING, unevaluatedFacet, withoutUnevaluated } from './convert-2020.js';
import { convertObject } from './convert-object.js';
import type { Annotations, DeclId, ExactNumbers, Origin, TypeNode, UnionNode } from './types.js';
import type { FileRole } from './classify.js';
import { hintsOf, type Vendor } from '../vendor/vendor.js';

/** What conversion needs from the builder: where refs point, and how to hoist a named child. */
export interface ConvertContext {
  readonly file: string;
  /** What the file is (a connection's root properties have roles: tag, capability). */
  readonly role: FileRole;
  /** The connection tag's property, when the tag is a property. */
  readonly tagProperty: string | undefined;
  /** Root boolean properties whose names match are capability flags. */
  readonly capabilities: RegExp | undefined;
  readonly vendor: Vendor;
  origin(pointer: string): Origin;
  /** The declaration a `$ref` at this pointer resolved to, if it resolved. */
  refTarget(pointer: string): DeclId | undefined;
  /** The declaration living at this pointer, when the pointer is a declaration site. */
  declarationAt(pointer: string): DeclId | undefined;
  /** The source text of the number at this pointer when a double cannot hold it (see ir/exact.ts). */
  exactNumber(pointer: string): string | undefined;
  /** Registers `node` as an inline declaration at `pointer` (named later, from its enclosing declaration). */
  hoist(pointer: string, node: TypeNode): DeclId;
}

const STRING_KEYS = ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding'] as const;
const NUMBER_KEYS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const;
// With the 2019-09/2020-12 kind keywords (a draft-07 file never has them).
const ARRAY_KEYS = ['items', 'additionalItems', 'contains', 'minItems', 'maxItems', 'uniqueItems', 'prefixItems', 'unevaluatedItems'] as const;
const OBJECT_KEYS = ['properties', 'additionalProperties', 'patternProperties', 'required', 'propertyNames', 'minProperties', 'maxProperties', 'dependencies', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties'] as const;
const TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'] as const;
type JsonType = (typeof TYPES)[number];

/** Converts the subschema at `pointer` (which the caller has already decided to inline). */
export function convert(ctx: ConvertContext, written: JsonValue | undefined, pointer: string): TypeNode {
  const origin = ctx.origin(pointer);
  if (!isObject(written)) return { kind: written === false ? 'never' : 'any', origin, annotations: {} };
  // `unevaluated*` that mean more than `additional*` here leave the content and ride along as a facet.
  const value = withoutUnevaluated(written);
  const annotations = readAnnotations(value, ctx.vendor);
  const extras = { ...extraFacets(ctx, value, pointer), ...unevaluatedFacet(ctx, written, pointer) };
  if (typeof value.$ref === 'string') {
    const target = ctx.refTarget(pointer);
    const ref: TypeNode = target ? { kind: 'ref', target, origin, annotations, ...extras } : { kind: 'any', origin, annotations };
    const validating = Object.keys(value).some((k) => k !== '$ref' && !ANNOTATION_KEYWORDS.has(k) && !DIALECT_NON_VALIDATING.has(k) && !ctx.vendor.keywords.has(k) && k !== 'not' && k !== 'if' && k !== 'then' && k !== 'else');
    if (!validating) return ref;
    // Keywords beside $ref apply in 2019-09 and 2020-12; ajv applies them in draft-07 too, and so do
    // we, as an intersection, so every dialect means what connspec's validator checks.
    const { $ref: _ref, ...rest } = value;
    return { kind: 'intersection', members: [ref, convertContent(ctx, rest, pointer, {})], origin, annotations };
  }
  return { ...convertContent(ctx, value, pointer, annotations), ...extras };
}

/** Everything but `$ref`: a base type, enum/const, and combinators, intersected when several apply. */
function convertContent(ctx: ConvertContext, schema: JsonObject, pointer: string, annotations: Annotations): TypeNode {
  const origin = ctx.origin(pointer);
  const parts: TypeNode[] = [];
  const base = baseType(ctx, schema, pointer, annotations);
  if (base) parts.push(base);
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const list = schema[combinator];
    if (!Array.isArray(list)) continue;
    const variants = list.map((v, i) => child(ctx, v, joinPointer(pointer, combinator, i)));
    const union: UnionNode = { kind: 'union', combinator, variants, origin, annotations: parts.length ? {} : annotations };
    parts.push(union);
  }
  if (Array.isArray(schema.allOf)) {
    schema.allOf.forEach((v, i) => parts.push(child(ctx, v, joinPointer(pointer, 'allOf', i))));
  }
  if (parts.length === 0) return { kind: 'any', origin, annotations };
  if (parts.length === 1 && parts[0]) return parts[0];
  return { kind: 'intersection', members: parts, origin, annotations };
}

function baseType(ctx: ConvertContext, schema: JsonObject, pointer: string, annotations: Annotations): TypeNode | undefined {
  const origin = ctx.origin(pointer);
  // An empty `enum` (which 2020-12's meta-schema allows, draft-07's does not) accepts nothing.
  if (Array.isArray(schema.enum) && schema.enum.length === 0) return { kind: 'never', origin, annotations };
  if (Array.isArray(schema.enum)) {
    const hints = hintsOf(ctx.vendor, schema);
    const exact = exactIn(ctx, schema.enum, joinPointer(pointer, 'enum'));
    return { kind: 'enum', values: schema.enum, ...(exact ? { exact } : {}), ...(hints ? { hints } : {}), origin, annotations };
  }
  if ('const' in schema) {
    const exact = exactIn(ctx, schema.const as JsonValue, joinPointer(pointer, 'const'));
    return { kind: 'const', value: schema.const as JsonValue, ...(exact ? { exact } : {}), origin, annotations };
  }
  const types = declaredTypes(schema);
  if (types.length === 0) return undefined;
  if (types.length === 1 && types[0]) {
    const node = typed(ctx, types[0], schema, pointer, annotations);
    return schema.type === undefined ? { ...node, implicitType: true } : node;
  }
  const variants = types.map((t) => typed(ctx, t, schema, pointer, {}));
  return { kind: 'union', combinator: 'type', variants, origin, annotations };
}

/** Explicit `type`, or the one implied by kind-specific keywords (strict mode asks for `type`, but draft-07 does not). */
function declaredTypes(schema: JsonObject): JsonType[] {
  const t = schema.type;
  if (typeof t === 'string') return TYPES.includes(t as JsonType) ? [t as JsonType] : [];
  if (Array.isArray(t)) return t.filter((x): x is JsonType => TYPES.includes(x as JsonType));
  if (OBJECT_KEYS.some((k) => k in schema)) return ['object'];
  if (ARRAY_KEYS.some((k) => k in schema)) return ['array'];
  if (STRING_KEYS.some((k) => k in schema)) return ['string'];
  if (NUMBER_KEYS.some((k) => k in schema)) return ['number'];
  return [];
}

function typed(ctx: ConvertContext, type: JsonType, schema: JsonObject, pointer: string, annotations: Annotations): TypeNode {
  const origin = ctx.origin(pointer);
  switch (type) {
    case 'string':
      return { kind: 'string', ...pick(schema, STRING_KEYS), origin, annotations };
    case 'number':
    case 'integer': {
      const exact = exactIn(ctx, pick(schema, NUMBER_KEYS) as JsonObject, pointer);
      return { kind: type, ...pick(schema, NUMBER_KEYS), ...(exact ? { exact } : {}), origin, annotations };
    }
    case 'boolean':
    case 'null':
      return { kind: type, origin, annotations };
    case 'array':
      return convertArray(ctx, schema, pointer, annotations);
    case 'object':
      return convertObject(ctx, schema, pointer, annotations);
  }
}

function convertArray(ctx: ConvertContext, schema: JsonObject, pointer: string, annotations: Annotations): TypeNode {
  const { tuple, items, rest } = arrayParts(schema);
  const at = (key: string) => joinPointer(pointer, key);
  return {
    kind: 'array',
    ...(tuple
      ? { tuple: tuple.value.map((s, i) => child(ctx, s, joinPointer(pointer, tuple.key, i))) }
      : items !== undefined ? { items: child(ctx, items.value, at(items.key)) } : {}),
    ...(rest !== undefined ? { additionalItems: child(ctx, rest.value, at(rest.key)) } : {}),
    ...(schema.contains !== undefined ? { contains: child(ctx, schema.contains, at('contains')) } : {}),
    ...pick(schema, ['minItems', 'maxItems', 'uniqueItems'] as const),
    origin: ctx.origin(pointer),
    annotations,
  };
}

/** `not` and `if/then/else` ride along on any node. */
function extraFacets(ctx: ConvertContext, schema: JsonObject, pointer: string): Pick<TypeNode, 'not' | 'conditional'> {
  const out: { not?: TypeNode; conditional?: { if: TypeNode; then?: TypeNode; else?: TypeNode } } = {};
  if (schema.not !== undefined) out.not = child(ctx, schema.not, joinPointer(pointer, 'not'));
  if (schema.if !== undefined) {
    out.conditional = {
      if: child(ctx, schema.if, joinPointer(pointer, 'if')),
      ...(schema.then !== undefined ? { then: child(ctx, schema.then, joinPointer(pointer, 'then')) } : {}),
      ...(schema.else !== undefined ? { else: child(ctx, schema.else, joinPointer(pointer, 'else')) } : {}),
    };
  }
  return out;
}

/** Converts a subschema; a declaration site becomes a ref, and a named-worthy shape is hoisted. */
export function child(ctx: ConvertContext, value: JsonValue | undefined, pointer: string): TypeNode {
  const existing = ctx.declarationAt(pointer);
  const origin = ctx.origin(pointer);
  if (existing) return { kind: 'ref', target: existing, origin, annotations: {} };
  const node = convert(ctx, value, pointer);
  if (!worthNaming(node)) return node;
  const id = ctx.hoist(pointer, node);
  return { kind: 'ref', target: id, origin, annotations: node.annotations };
}

/** Objects, multi-value enums, unions and intersections need a name in Python and Java; they get one everywhere. */
function worthNaming(node: TypeNode): boolean {
  switch (node.kind) {
    case 'object':
    case 'intersection':
      return true;
    case 'enum':
      return node.values.length > 1;
    case 'union':
      return node.combinator !== 'type';
    default:
      return false;
  }
}

/** The exact texts of the numbers in `value` (which sits at `pointer`), keyed by pointer from `value`. */
function exactIn(ctx: ConvertContext, value: JsonValue, pointer: string): ExactNumbers | undefined {
  const out: Record<string, string> = {};
  const visit = (v: JsonValue, rel: string): void => {
    if (typeof v === 'number') {
      const text = ctx.exactNumber(`${pointer}${rel}`);
      if (text !== undefined) out[rel] = text;
    } else if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${rel}/${i}`));
    else if (isObject(v)) for (const [k, item] of Object.entries(v)) visit(item, `${rel}/${escapePointerToken(k)}`);
  };
  visit(value, '');
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Copies plain facets; their value types were checked by meta-schema validation before the IR is built. */
function pick(schema: JsonObject, keys: readonly string[]): Record<never, never> {
  const out: Record<string, JsonValue> = {};
  for (const k of keys) if (schema[k] !== undefined) out[k] = schema[k] as JsonValue;
  return out;
}

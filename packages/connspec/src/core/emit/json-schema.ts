import type { JsonObject, JsonValue } from '../load/source-file.js';
import type { Annotations, DeclId, IR, ObjectNode, TypeNode } from '../ir/types.js';

/** How references are written: as a `$ref` object, or inlined (`undefined`) given the expansion stack. */
export type RefStrategy = (target: DeclId, stack: readonly DeclId[]) => JsonObject | undefined;

/**
 * Writes an IR node back as a draft-07 JSON Schema (the UI-form and OpenAPI generators share it).
 * Every validating facet the IR holds is written, so a fully inlined schema accepts exactly what
 * the source accepts; connspec's Java-only keywords are dropped, `mask`/`expose`/`deprecated` kept.
 * The one exception is the `unevaluated` facet (2019-09/2020-12 `unevaluated*` beside `allOf`, `$ref`,
 * …): draft-07 has no such keyword, so it is left out, as the generators that report it leave it out.
 */
export function toJsonSchema(ir: IR, node: TypeNode, refs: RefStrategy, stack: readonly DeclId[] = []): JsonObject {
  const emit = (n: TypeNode): JsonObject => toJsonSchema(ir, n, refs, stack);
  const full = body(ir, node, refs, stack);
  const { type: _inferred, ...untyped } = full;
  const content = node.implicitType ? untyped : full;
  // At a `$ref` site its own title/description/default win over the target's.
  const out: JsonObject = node.kind === 'ref' ? { ...content, ...annotations(node.annotations) } : { ...annotations(node.annotations), ...content };
  if (node.not) out.not = emit(node.not);
  if (node.conditional) {
    out.if = emit(node.conditional.if);
    if (node.conditional.then) out.then = emit(node.conditional.then);
    if (node.conditional.else) out.else = emit(node.conditional.else);
  }
  return out;
}

function body(ir: IR, node: TypeNode, refs: RefStrategy, stack: readonly DeclId[]): JsonObject {
  const emit = (n: TypeNode): JsonObject => toJsonSchema(ir, n, refs, stack);
  switch (node.kind) {
    case 'ref': {
      const written = refs(node.target, stack);
      if (written) return written;
      const decl = ir.declarations.get(node.target);
      if (!decl) return {};
      // The ref site's own annotations win over the target's (they are applied after this returns).
      return toJsonSchema(ir, decl.type, refs, [...stack, node.target]);
    }
    case 'object':
      return objectSchema(node, emit);
    case 'array': {
      const out: JsonObject = { type: 'array' };
      if (node.tuple) out.items = node.tuple.map(emit);
      else if (node.items) out.items = emit(node.items);
      if (node.additionalItems) out.additionalItems = emit(node.additionalItems);
      if (node.contains) out.contains = emit(node.contains);
      return { ...out, ...facets(node, ['minItems', 'maxItems', 'uniqueItems']) };
    }
    case 'string':
      return { type: 'string', ...facets(node, ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding']) };
    case 'number':
    case 'integer':
      return { type: node.kind, ...facets(node, ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']) };
    case 'boolean':
    case 'null':
      return { type: node.kind };
    case 'any':
      return {};
    case 'never':
      return { not: {} };
    case 'enum':
      return { enum: [...node.values] };
    case 'const':
      return { const: node.value };
    case 'union':
      return node.combinator === 'type' ? typeUnion(node.variants.map(emit)) : { [node.combinator]: node.variants.map(emit) };
    case 'intersection':
      return merge(node.members.map(emit));
  }
}

function objectSchema(node: ObjectNode, emit: (n: TypeNode) => JsonObject): JsonObject {
  const out: JsonObject = { type: 'object' };
  if (node.properties.length) out.properties = Object.fromEntries(node.properties.map((p) => [p.name, emit(p.type)]));
  const required = [...node.properties.filter((p) => p.required).map((p) => p.name), ...node.extraRequired];
  if (required.length) out.required = required;
  if (node.additional.kind === 'closed') out.additionalProperties = false;
  if (node.additional.kind === 'open') out.additionalProperties = true;
  if (node.additional.kind === 'typed') out.additionalProperties = emit(node.additional.type);
  if (node.patternProperties.length) out.patternProperties = Object.fromEntries(node.patternProperties.map((p) => [p.pattern, emit(p.type)]));
  if (node.propertyNames) out.propertyNames = emit(node.propertyNames);
  if (node.dependencies.length) {
    out.dependencies = Object.fromEntries(node.dependencies.map((d) => [d.property, Array.isArray(d.requires) ? [...d.requires] : emit(d.requires as TypeNode)]));
  }
  return { ...out, ...facets(node, ['minProperties', 'maxProperties']) };
}

/** `type: [a, b]` variants were split per type from one schema; join them back. */
function typeUnion(variants: readonly JsonObject[]): JsonObject {
  const out: JsonObject = {};
  for (const v of variants) Object.assign(out, v);
  out.type = variants.map((v) => v.type ?? null).filter((t): t is string => typeof t === 'string');
  return out;
}

/** Members of an intersection merge into one schema when their keywords do not overlap, else `allOf`. */
function merge(members: readonly JsonObject[]): JsonObject {
  const keys = members.flatMap((m) => Object.keys(m));
  if (new Set(keys).size === keys.length) return Object.assign({}, ...members) as JsonObject;
  return { allOf: [...members] };
}

function annotations(a: Annotations): JsonObject {
  const out: JsonObject = {};
  if (a.title !== undefined) out.title = a.title;
  if (a.description !== undefined) out.description = a.description;
  if (a.default) out.default = a.default.value;
  if (a.examples) out.examples = [...a.examples];
  if (a.deprecated) out.deprecated = true;
  if (a.readOnly) out.readOnly = true;
  if (a.writeOnly) out.writeOnly = true;
  if (a.comment !== undefined) out.$comment = a.comment;
  if (a.mask) out.mask = true;
  if (a.expose) out.expose = true;
  return out;
}

function facets(node: object, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  const source = node as Record<string, JsonValue | undefined>;
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k] as JsonValue;
  return out;
}

import { decimalText, doubleText, exactWithin, marksSecret, type ArrayNode, type ExactNumbers, type DeclId, type IR, type JsonValue, type NumberNode, type TypeNode } from '../../core/index.js';
import { allowedValues, arrayConstraints, numberConstraints, stringConstraints, type Constraints } from './constraints.js';
import type { FileContext } from './context.js';
import { JDK, VALIDATION } from './libs.js';
import type { PlannedType } from './plan.js';
import { effectiveNode } from './simplify.js';

/** What a union branch's JSON must look like before binding is tried (mirrors `Unions.Shape`). */
export type JsonShape = 'OBJECT' | 'ARRAY' | 'STRING' | 'INTEGER' | 'NUMBER' | 'BOOLEAN' | 'ANY';

/** A schema node as a Java type, with what a declaration of that type needs. */
export interface JType {
  /** The type as written (type-use annotations on type arguments included). */
  readonly text: string;
  /** The erased type, to keep overloads apart. */
  readonly raw: string;
  readonly kind: 'string' | 'int' | 'long' | 'biginteger' | 'double' | 'bigdecimal' | 'boolean' | 'any' | 'enum' | 'class' | 'union' | 'list';
  /** Validation cascades into it (`@Valid`). */
  readonly cascade: boolean;
  /** JSON `null` is a valid value. */
  readonly nullable: boolean;
  /** Constraint annotations for a declaration of this type. */
  readonly constraints: readonly string[];
  readonly notes: readonly string[];
  readonly shape: JsonShape;
  readonly secret: boolean;
  /** The declaration behind an enum, class or union type. */
  readonly planned?: PlannedType;
  /** Element type of a list. */
  readonly element?: JType;
}

const INT_RANGE = [-(2n ** 31n), 2n ** 31n - 1n] as const;
const LONG_RANGE = [-(2n ** 63n), 2n ** 63n - 1n] as const;

/** The Java type for a node; refs to aliases are written out (`seen` stops alias cycles). */
export function mapType(ctx: FileContext, node: TypeNode, seen: readonly DeclId[] = []): JType {
  const base = mapKind(ctx, node, seen);
  const notes = [...base.notes];
  if (node.not) notes.push(ctx.unenforced(node.not.origin, '`not`'));
  if (node.conditional) notes.push(ctx.unenforced(node.conditional.if.origin, '`if`/`then`/`else`'));
  return notes.length === base.notes.length ? base : { ...base, notes };
}

function mapKind(ctx: FileContext, node: TypeNode, seen: readonly DeclId[]): JType {
  switch (node.kind) {
    case 'ref':
      return mapRef(ctx, node.target, seen);
    case 'string':
      return scalar(ctx.imports.lang('String'), 'string', 'STRING', stringConstraints(ctx, node), marksSecret(node.annotations, node.format));
    case 'integer':
    case 'number':
      return mapNumber(ctx, node);
    case 'boolean':
      return scalar(ctx.imports.lang('Boolean'), 'boolean', 'BOOLEAN', none());
    case 'any':
      return { ...scalar(ctx.imports.lang('Object'), 'any', 'ANY', none()), nullable: true };
    case 'null':
    case 'never': {
      const notes = node.kind === 'never' ? [ctx.unenforced(node.origin, 'a `false` schema (no value allowed); Java accepts null here')] : [];
      return { ...scalar(ctx.imports.lang('Object'), 'any', 'ANY', { annotations: [`@${ctx.name(VALIDATION.Null)}`], notes }), nullable: true };
    }
    case 'enum':
    case 'const':
      return node.kind === 'enum' ? mapValues(ctx, node.values, node.exact) : mapValues(ctx, [node.value], exactWithin(node.exact, '/0'));
    case 'array':
      return mapArray(ctx, node, seen);
    case 'object':
      return { ...scalar(`${ctx.name(JDK.Map)}<${ctx.imports.lang('String')}, ${ctx.imports.lang('Object')}>`, 'any', 'OBJECT', { annotations: [], notes: [ctx.unenforced(node.origin, 'an object schema that was not given a type of its own')] }), raw: 'Map' };
    case 'union':
      return mapUnion(ctx, node, seen);
    case 'intersection': {
      const simpler = effectiveNode(ctx.plan.ir, node);
      if (simpler !== node) return mapType(ctx, simpler, seen);
      const first = node.members[0];
      const note = ctx.unenforced(node.origin, '`allOf` (or keywords beside `$ref`): only the first part is modelled');
      const inner = first ? mapType(ctx, first, seen) : mapKind(ctx, { kind: 'any', origin: node.origin, annotations: {} }, seen);
      return { ...inner, notes: [...inner.notes, note] };
    }
  }
}

function mapRef(ctx: FileContext, target: DeclId, seen: readonly DeclId[]): JType {
  const planned = ctx.plan.types.get(target);
  if (!planned) return mapKind(ctx, { kind: 'any', origin: { file: '', pointer: '', line: 1, column: 1 }, annotations: {} }, seen);
  if (planned.shape === 'alias') {
    if (seen.includes(target)) {
      const note = ctx.unenforced(planned.decl.origin, 'a recursive schema that is not an object (Java cannot name it); read as any JSON');
      return { ...mapKind(ctx, { kind: 'any', origin: planned.decl.origin, annotations: {} }, seen), notes: [note] };
    }
    return mapType(ctx, planned.node, [...seen, target]);
  }
  if (planned.node.annotations.deprecated) ctx.deprecatedUse = true;
  const name = ctx.name(planned.fqcn ?? '');
  const kind = planned.shape === 'class' ? 'class' : planned.shape;
  const shape: JsonShape = planned.shape === 'class' ? 'OBJECT' : 'ANY';
  return { text: name, raw: name, kind, cascade: kind !== 'enum', nullable: admitsNull(planned.node, ctx.plan.ir), constraints: [], notes: [], shape, secret: false, planned };
}

/**
 * `number` is Double, or BigDecimal (`numbers`). `integer` is the smallest of Integer, Long and BigInteger its schema bounds fit
 * (exact, from the schema's text); one unbounded on a side is Long or BigInteger (`unboundedIntegers`).
 */
function mapNumber(ctx: FileContext, node: NumberNode): JType {
  const constraints = numberConstraints(ctx, node);
  if (node.kind === 'number') return numberScalar(ctx, constraints);
  const low = wholeBound(node.minimum ?? node.exclusiveMinimum, node.exact?.[node.minimum !== undefined ? '/minimum' : '/exclusiveMinimum']);
  const high = wholeBound(node.maximum ?? node.exclusiveMaximum, node.exact?.[node.maximum !== undefined ? '/maximum' : '/exclusiveMaximum']);
  const within = (range: readonly [bigint, bigint]): boolean => low !== undefined && high !== undefined && low >= range[0] && high <= range[1];
  if (within(INT_RANGE)) return scalar(ctx.imports.lang('Integer'), 'int', 'INTEGER', constraints);
  const fitsLong = within(LONG_RANGE) || (ctx.plan.settings.unboundedIntegers === 'long' && (low === undefined || low >= LONG_RANGE[0]) && (high === undefined || high <= LONG_RANGE[1]));
  return fitsLong ? scalar(ctx.imports.lang('Long'), 'long', 'INTEGER', constraints) : bigInteger(ctx, constraints);
}

function numberScalar(ctx: FileContext, constraints: Constraints): JType {
  return ctx.plan.settings.numbers === 'bigdecimal' ? scalar(ctx.name(JDK.BigDecimal), 'bigdecimal', 'NUMBER', constraints) : scalar(ctx.imports.lang('Double'), 'double', 'NUMBER', constraints);
}

function fitsLong(value: number, exact: string | undefined): boolean {
  const n = wholeBound(value, exact);
  return n !== undefined && n >= LONG_RANGE[0] && n <= LONG_RANGE[1];
}

function bigInteger(ctx: FileContext, constraints: Constraints): JType {
  return scalar(ctx.name(JDK.BigInteger), 'biginteger', 'INTEGER', constraints);
}

/** A bound as a whole number, rounded away from zero by one when fractional (enough to choose a type), or undefined when absent. */
function wholeBound(value: number | undefined, exact: string | undefined): bigint | undefined {
  if (value === undefined || !Number.isFinite(value) && exact === undefined) return undefined;
  const text = decimalText(exact ?? doubleText(value));
  if (/e/.test(text)) return text.startsWith('-') ? -(10n ** 400n) : 10n ** 400n;
  const [whole = '0', fraction] = text.split('.');
  const n = BigInt(whole);
  return fraction === undefined ? n : n + (text.startsWith('-') ? -1n : 1n);
}

/** A const or a one-value enum that has no declaration: the values' JSON type plus `@AllowedValues`. */
function mapValues(ctx: FileContext, values: readonly JsonValue[], exact?: ExactNumbers): JType {
  const present = values.filter((v) => v !== null);
  const kinds = new Set(present.map((v) => (typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : Array.isArray(v) ? 'array' : typeof v)));
  const only = kinds.size === 1 ? [...kinds][0] : kinds.size === 2 && kinds.has('integer') && kinds.has('number') ? 'number' : undefined;
  const constraint = { annotations: [allowedValues(ctx, values, exact)], notes: [] };
  // A whole value a long cannot hold (the schema wrote it beyond 2^63) needs a BigInteger.
  const huge = present.some((v, i) => typeof v === 'number' && (exact?.[`/${i}`] !== undefined || !Number.isSafeInteger(v)) && !fitsLong(v, exact?.[`/${i}`]));
  const typed = ((): JType => {
    if (only === 'string') return scalar(ctx.imports.lang('String'), 'string', 'STRING', constraint);
    if (only === 'integer') return huge ? bigInteger(ctx, constraint) : scalar(ctx.imports.lang('Long'), 'long', 'INTEGER', constraint);
    if (only === 'number') return numberScalar(ctx, constraint);
    if (only === 'boolean') return scalar(ctx.imports.lang('Boolean'), 'boolean', 'BOOLEAN', constraint);
    return scalar(ctx.imports.lang('Object'), 'any', 'ANY', constraint);
  })();
  return present.length < values.length ? { ...typed, nullable: true } : typed;
}

function mapArray(ctx: FileContext, node: ArrayNode, seen: readonly DeclId[]): JType {
  const constraints = arrayConstraints(ctx, node);
  const element = node.items && !node.tuple ? mapType(ctx, node.items, seen) : mapKind(ctx, { kind: 'any', origin: node.origin, annotations: {} }, seen);
  const list = ctx.name(JDK.List);
  return {
    text: `${list}<${typeArgument(ctx, element)}>`,
    raw: list,
    kind: 'list',
    cascade: false,
    nullable: false,
    constraints: constraints.annotations,
    notes: [...constraints.notes, ...element.notes],
    shape: 'ARRAY',
    secret: false,
    element,
  };
}

function mapUnion(ctx: FileContext, node: Extract<TypeNode, { kind: 'union' }>, seen: readonly DeclId[]): JType {
  const present = node.variants.filter((v) => v.kind !== 'null');
  const nullable = present.length < node.variants.length;
  const only = node.variants[0];
  if (present.length === 0 && only && (node.variants.length === 1 || node.combinator !== 'oneOf')) return mapType(ctx, only, seen);
  const single = present.length === 1 ? present[0] : undefined;
  if (single) {
    const inner = mapType(ctx, single, seen);
    return nullable ? { ...inner, nullable: true } : inner;
  }
  const name = ctx.nested.get(node);
  if (name === undefined || present.length === 0) {
    const note = ctx.unenforced(node.origin, 'a union Java could not give a type; read as any JSON');
    return { ...mapKind(ctx, { kind: 'any', origin: node.origin, annotations: {} }, seen), notes: [note] };
  }
  return { text: name, raw: name, kind: 'union', cascade: true, nullable, constraints: [], notes: [], shape: 'ANY', secret: false };
}

/** A type argument: the element's constraints and `@Valid` become type-use annotations. */
export function typeArgument(ctx: FileContext, element: JType): string {
  const annotations = [...(element.cascade ? [`@${ctx.name(VALIDATION.Valid)}`] : []), ...element.constraints];
  return annotateType(element.text, annotations);
}

/** Puts type-use annotations where Java wants them: before the simple name of a qualified type. */
export function annotateType(text: string, annotations: readonly string[]): string {
  if (annotations.length === 0) return text;
  const generic = text.indexOf('<');
  const head = generic < 0 ? text : text.slice(0, generic);
  const dot = head.lastIndexOf('.');
  return `${text.slice(0, dot + 1)}${annotations.join(' ')} ${text.slice(dot + 1)}`;
}

/** Whether JSON `null` is valid for a node (through unions and enums). */
export function admitsNull(node: TypeNode, ir?: IR, depth = 16): boolean {
  // A union branch may be a ref to a null-only union (`anyOf: [{anyOf: [{type: null}]}]`); refs are followed, boundedly.
  if (node.kind === 'ref' && ir && depth > 0) {
    const target = ir.declarations.get(node.target)?.type;
    return target !== undefined && admitsNull(target, ir, depth - 1);
  }
  if (node.kind === 'null' || node.kind === 'any') return true;
  if (node.kind === 'enum') return node.values.includes(null);
  if (node.kind === 'const') return node.value === null;
  if (node.kind === 'union') return node.variants.some((v) => admitsNull(v, ir, depth - 1));
  return false;
}

function scalar(text: string, kind: JType['kind'], shape: JsonShape, c: Constraints, secret = false): JType {
  return { text, raw: text, kind, cascade: false, nullable: false, constraints: c.annotations, notes: c.notes, shape, secret };
}

function none(): Constraints {
  return { annotations: [], notes: [] };
}

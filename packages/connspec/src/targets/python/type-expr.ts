import { exactWithin, isWholeText, numberSource, pinnedString, type ExactNumbers, type ArrayNode, type JsonValue, type NumberNode, type ObjectNode, type TypeNode, type UnionNode } from '../../core/index.js';
import { pyType, renderType, thunk, type PyContext, type PyType } from './context.js';
import { pyTuple, pyValue } from './literals.js';
import { stringType } from './strings.js';
import { pythonMembers } from './language.js';

/**
 * The Pydantic type of a node. Scalars are strict (JSON Schema never coerces `"3"` to 3 or `1` to
 * true); hoisted shapes are refs already, so this never declares anything.
 */
export function typeOf(ctx: PyContext, node: TypeNode): PyType {
  const core = coreType(ctx, node);
  const checks: string[] = [];
  if (node.not) checks.push(`${ctx.runtimeRef('Not')}(${thunk(ctx, typeOf(ctx, node.not))})`);
  if (node.conditional) checks.push(conditional(ctx, node.conditional));
  return checks.length === 0 ? core : { ...core, meta: [...core.meta, ...checks] };
}

/** `if`/`then`/`else` as the runtime's check. */
export function conditional(ctx: PyContext, c: NonNullable<TypeNode['conditional']>): string {
  const arg = (n: TypeNode | undefined): string => (n ? thunk(ctx, typeOf(ctx, n)) : 'None');
  return `${ctx.runtimeRef('IfThenElse')}(${arg(c.if)}, ${arg(c.then)}, ${arg(c.else)})`;
}

function coreType(ctx: PyContext, node: TypeNode): PyType {
  const any = (): string => ctx.imports.use('typing', 'Any');
  switch (node.kind) {
    case 'ref': {
      const pinned = pinnedString(ctx.ir.declarations, node);
      return pinned !== undefined ? valuesType(ctx, [pinned]) : pyType(ctx.ref(node.target));
    }
    case 'string':
      return stringType(ctx, node);
    case 'number':
    case 'integer':
      return numberType(ctx, node);
    case 'boolean':
      return pyType(ctx.imports.use('pydantic', 'StrictBool'), { plain: true });
    case 'null':
      return pyType('None', { nullable: true, plain: true });
    case 'any':
      return pyType(any(), { nullable: true, plain: true });
    case 'never':
      return pyType(any(), { meta: [`${ctx.runtimeRef('Not')}(lambda: ${any()})`], nullable: true, plain: true });
    case 'enum':
      return valuesType(ctx, node.values, node.exact);
    case 'const':
      return valuesType(ctx, [node.value], exactWithin(node.exact, '/0'));
    case 'array':
      return arrayType(ctx, node);
    case 'object':
      return mappingType(ctx, node);
    case 'union':
      return unionType(ctx, node);
    case 'intersection':
      return intersectionType(ctx, node.members);
  }
}

/**
 * `allOf` (or content next to a combinator): the type of the member that says most (a ref or a
 * union before an inline object, which is often just `type: object`), the others checked too.
 */
function intersectionType(ctx: PyContext, members: readonly TypeNode[]): PyType {
  const order = [...members].sort((a, b) => rank(a) - rank(b));
  const [first, ...rest] = order.map((m) => typeOf(ctx, m));
  if (!first) return pyType(ctx.imports.use('typing', 'Any'), { nullable: true, plain: true });
  return rest.length === 0 ? first : { ...first, meta: [...first.meta, `${ctx.runtimeRef('AllOf')}(${rest.map((r) => thunk(ctx, r)).join(', ')})`] };
}

function rank(node: TypeNode): number {
  return node.kind === 'object' ? 2 : node.kind === 'any' ? 3 : node.kind === 'ref' || node.kind === 'union' ? 0 : 1;
}

/**
 * An object schema that is not a declaration (one inside `allOf`, `not`, `if`): a mapping, exact
 * when it only says "an object" (and what its extra values are); other object rules are reported.
 */
function mappingType(ctx: PyContext, node: ObjectNode): PyType {
  const values = node.additional.kind === 'typed' ? renderType(ctx, typeOf(ctx, node.additional.type)) : ctx.imports.use('typing', 'Any');
  const simple = node.properties.length === 0 && node.patternProperties.length === 0 && node.dependencies.length === 0 && node.extraRequired.length === 0;
  if (!simple || node.additional.kind === 'closed' || node.propertyNames || node.minProperties !== undefined || node.maxProperties !== undefined) {
    ctx.warn(node.origin, 'an object schema that is not a declaration is checked only as a mapping of its extra values');
  }
  return pyType(`${ctx.imports.use('builtins', 'dict')}[${ctx.imports.use('builtins', 'str')}, ${values}]`);
}

/** Whether JSON null is valid for a node (through refs, bounded so a ref cycle ends). */
export function admitsNull(ctx: PyContext, node: TypeNode, depth = 16): boolean {
  if (depth === 0) return false;
  const next = (n: TypeNode): boolean => admitsNull(ctx, n, depth - 1);
  switch (node.kind) {
    case 'ref': {
      const target = ctx.ir.declarations.get(node.target);
      return target !== undefined && next(target.type);
    }
    case 'null':
    case 'any':
      return true;
    case 'enum':
      return node.values.includes(null);
    case 'const':
      return node.value === null;
    case 'union':
      return node.variants.some(next);
    case 'intersection':
      return node.members.every(next);
    default:
      return false;
  }
}

/** `enum`/`const`: a `Literal` when Python's `Literal` can hold every value, else the runtime's JSON-equality check. */
export function valuesType(ctx: PyContext, values: readonly JsonValue[], exact?: ExactNumbers): PyType {
  // pydantic-core matches a Literal of several ints through a 64-bit table: a value beyond it is then
  // an "exceeded maximum size" error, so such enums are checked by the runtime's Values alone.
  const huge = values.length > 1 && values.some((v, i) => typeof v === 'number' && beyondInt64(numberSource(v, exact?.[`/${i}`])));
  const literal = !huge && values.every((v) => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v)));
  const nullable = values.includes(null);
  const printed = values.map((v, i) => pyValue(v, exact, `/${i}`));
  // Pydantic's Literal takes 0 for False (and False for 0); JSON does not, so numbers and booleans are checked raw too.
  const raw = values.some((v) => typeof v === 'number' || typeof v === 'boolean') ? [`${ctx.runtimeRef('Values')}(${printed.join(', ')})`] : [];
  if (literal) return pyType(`${ctx.imports.use('typing', 'Literal')}[${printed.join(', ')}]`, { meta: raw, nullable, plain: true });
  return pyType(ctx.imports.use('typing', 'Any'), { meta: [`${ctx.runtimeRef('Values')}(${printed.join(', ')})`], nullable, plain: true });
}

/**
 * `integer`: the runtime's exact Integer. `number`: the runtime's Number, an int or a float as the JSON
 * was written, so a whole number beyond 2^53 stays exact (a float would round it and compare, dedupe and dump it wrong).
 * Bounds print the schema's exact text (ir/exact.ts); Python compares int with int, float or int exactly.
 */
function numberType(ctx: PyContext, node: NumberNode): PyType {
  const base = ctx.runtimeRef(node.kind === 'integer' ? 'Integer' : 'Number');
  const field: [string, string][] = [];
  const add = (key: string, keyword: NumberKeyword): void => {
    const value = node[keyword];
    if (value !== undefined) field.push([key, pyNumberSource(value, node.exact?.[`/${keyword}`])]);
  };
  add('ge', 'minimum');
  add('le', 'maximum');
  add('gt', 'exclusiveMinimum');
  add('lt', 'exclusiveMaximum');
  // Pydantic's multiple_of takes a float remainder: exact for a whole divisor of an int only; anything else is checked in decimal.
  const divisor = node.multipleOf === undefined ? undefined : numberSource(node.multipleOf, node.exact?.['/multipleOf']);
  const whole = divisor !== undefined && node.kind === 'integer' && isWholeText(divisor);
  if (whole) add('multiple_of', 'multipleOf');
  const meta = divisor !== undefined && !whole ? [`${ctx.runtimeRef('MultipleOf')}(${pyValue(divisor)})`] : [];
  return pyType(base, { field, meta, plain: true });
}

const INT64 = 2n ** 63n;

/** Whether a number's exact text is a whole number beyond a signed 64-bit int. */
function beyondInt64(text: string): boolean {
  return /^-?\d+$/.test(text) && (BigInt(text) >= INT64 || BigInt(text) < -INT64);
}

type NumberKeyword = 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'multipleOf';

/** A schema number as a Python literal: a whole one as an exact int, a fraction as a float (as Python reads the JSON). */
function pyNumberSource(value: number, exact: string | undefined): string {
  const text = numberSource(value, exact);
  return isWholeText(text) && !text.includes('e') ? text : pyValue(value);
}

function arrayType(ctx: PyContext, node: ArrayNode): PyType {
  const list = ctx.imports.use('builtins', 'list');
  const meta: string[] = [];
  let base = node.items && !node.tuple ? '' : `${list}[${ctx.imports.use('typing', 'Any')}]`;
  if (node.tuple) {
    const additional = node.additionalItems ? thunk(ctx, typeOf(ctx, node.additionalItems)) : 'None';
    meta.push(`${ctx.runtimeRef('TupleItems')}(${pyTuple(node.tuple.map((t) => thunk(ctx, typeOf(ctx, t))))}, ${additional})`);
  } else if (node.items) {
    base = `${list}[${renderType(ctx, typeOf(ctx, node.items))}]`;
  }
  if (node.uniqueItems) meta.push(`${ctx.runtimeRef('UniqueItems')}()`);
  if (node.contains) meta.push(`${ctx.runtimeRef('Contains')}(${thunk(ctx, typeOf(ctx, node.contains))})`);
  const field: [string, string][] = [];
  if (node.minItems !== undefined) field.push(['min_length', String(node.minItems)]);
  if (node.maxItems !== undefined) field.push(['max_length', String(node.maxItems)]);
  return pyType(base, { field, meta });
}

function unionType(ctx: PyContext, node: UnionNode): PyType {
  const variants = node.variants.map((v) => typeOf(ctx, v));
  const nullable = variants.some((v) => v.nullable);
  const plain = variants.every((v) => v.plain);
  // A one-branch oneOf keeps its check: it accepts what the branch accepts, but reports at the union, as ajv does.
  if (variants.length === 1 && variants[0] && node.combinator !== 'oneOf') return variants[0];
  const rendered = [...new Set(variants.map((v) => renderType(ctx, v)))];
  const optional = rendered.length === 2 && rendered.includes('None') && node.combinator !== 'oneOf';
  const base = rendered.length === 1 ? (rendered[0] ?? '') : optional ? `${rendered.find((r) => r !== 'None')} | None` : `${ctx.imports.use('typing', 'Union')}[${rendered.join(', ')}]`;
  if (node.combinator !== 'oneOf') return pyType(base, { nullable, plain });
  const native = nativeDiscriminator(ctx, node);
  if (native) return pyType(base, { field: [['discriminator', pyValue(native)]], nullable, plain });
  const tag = node.discriminator ? `tag=${pyValue(node.discriminator.property)}, values=${pyTuple(node.discriminator.values.map((v) => pyValue(v)))}` : '';
  // A Union merges equal branches and an Annotated one hides its metadata: then the branches are passed as they are.
  const only = variants.length === 1 ? variants[0] : undefined;
  const merged = rendered.length !== variants.length || (only !== undefined && only.field.length + only.meta.length > 0);
  const branches = merged ? `branches=${pyTuple(variants.map((v) => thunk(ctx, v)))}` : '';
  return pyType(base, { meta: [`${ctx.runtimeRef('OneOf')}(${[tag, branches].filter(Boolean).join(', ')})`], nullable, plain, sealed: true });
}

/**
 * The field name for Pydantic's own discriminator, when it is exact. Pydantic requires the tag in
 * the input, so it is only used when every branch is a model that *requires* its tag: then a value
 * without the tag matches no branch under JSON Schema too, and one with it can only match its own
 * branch. A connection's `type` has a default and is not required (`{"hostPort": …}` alone may
 * match), so such unions use the runtime's `OneOf`, which counts matching branches.
 */
export function nativeDiscriminator(ctx: PyContext, node: UnionNode): string | undefined {
  const d = node.discriminator;
  if (!d || node.variants.length < 2 || new Set(d.values).size !== d.values.length) return undefined;
  const identifiers = new Set<string>();
  for (const variant of node.variants) {
    const target = variant.kind === 'ref' ? ctx.ir.declarations.get(variant.target)?.type : undefined;
    if (target?.kind !== 'object') return undefined;
    const index = target.properties.findIndex((p) => p.name === d.property);
    const tag = target.properties[index];
    if (!tag?.required || pinnedString(ctx.ir.declarations, tag.type) === undefined) return undefined;
    identifiers.add(pythonMembers(target.properties)[index]?.identifier ?? '');
  }
  // Pydantic names the tag by its field, which must be the same in every branch.
  return identifiers.size === 1 ? [...identifiers][0] : undefined;
}

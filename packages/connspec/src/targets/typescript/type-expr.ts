import { derefNode, escapePointerToken, exactUnder, marksSecret, type Declaration, type DeclId, type ExactNumbers, type IR, type JsonValue, type ObjectNode, type Property, type TypeNode, type UnionNode } from '../../core/index.js';
import { tsLiteral } from './escape.js';
import { writeJsDoc } from './jsdoc.js';
import { INHERITED_MEMBERS, TYPESCRIPT_LANGUAGE } from './language.js';
import { tsWriter, type CodeBlockWriter } from './writer.js';

/** Names a module refers to, so it can import those declared elsewhere. */
export interface ExprContext {
  readonly ir: IR;
  /** Records a reference to a declaration and returns the name to use. */
  use(target: DeclId): string;
  /** Records a use of a type `_connspec.ts` declares and returns its name. */
  useHelper(name: HelperType): string;
}

/** The types of the runtime-free helper module. */
export type HelperType = 'Secret' | 'Exclusive';

/** The TypeScript type expression for a node (no declarations; hoisted shapes are refs already). */
export function typeExpr(ctx: ExprContext, node: TypeNode): string {
  switch (node.kind) {
    case 'ref':
      return ctx.use(node.target);
    case 'string':
      return marksSecret(node.annotations, node.format) ? ctx.useHelper('Secret') : 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
    case 'null':
      return node.kind;
    case 'any':
      return 'unknown';
    case 'never':
      return 'never';
    case 'enum':
      return union(node.values.map((v, i) => literalType(v, exactUnder(node.exact, `/${i}`))));
    case 'const':
      return literalType(node.value, node.exact);
    case 'array':
      return arrayType(ctx, node);
    case 'object':
      // Printed on its own; the writer it is written into indents its lines to where it lands.
      return writeObjectType(tsWriter(), ctx, node).toString();
    case 'union':
      return unionType(ctx, node, (v) => typeExpr(ctx, v));
    case 'intersection':
      return intersection(ctx, node.members);
  }
}

function arrayType(ctx: ExprContext, node: Extract<TypeNode, { kind: 'array' }>): string {
  if (node.tuple) {
    const rest = node.additionalItems ? typeExpr(ctx, node.additionalItems) : 'unknown';
    return `[${[...node.tuple.map((t) => `${typeExpr(ctx, t)}?`), `...${wrap(rest)}[]`].join(', ')}]`;
  }
  return `${wrap(node.items ? typeExpr(ctx, node.items) : 'unknown')}[]`;
}

/**
 * A union. When a branch is a closed object and no required tag tells the branches apart, it is
 * `Exclusive<A | B>` (_connspec.ts): each closed branch also forbids the keys only its siblings
 * declare, as TypeScript checks an object literal's keys against all branches together, so a mix of
 * two closed branches (`{ user, token }`), which each of them rejects, would type-check. Not when an
 * open branch is printed without its index signature (`membersOnly`): the helper would take it for closed.
 */
function unionType(ctx: ExprContext, node: UnionNode, print: (v: TypeNode) => string, membersOnly = false): string {
  const plain = union(node.variants.map(print));
  const shapes = node.variants.flatMap((v) => objectShape(ctx.ir, v) ?? []);
  const closed = shapes.filter((s) => isClosed(s) && s.properties.length > 0).length;
  if (shapes.length < 2 || closed === 0 || tagged(ctx.ir, node) || (membersOnly && shapes.some((s) => !isClosed(s)))) return plain;
  return `${ctx.useHelper('Exclusive')}<${plain}>`;
}

/** Every branch has the discriminator as a required property: TypeScript then checks a literal against its tag's branch alone. */
function tagged(ir: IR, node: UnionNode): boolean {
  const property = node.discriminator?.property;
  return property !== undefined && node.variants.every((v) => objectShape(ir, v)?.properties.some((p) => p.name === property && p.required) === true);
}

/**
 * An intersection's members. Beside a closed object, or a union of closed objects, an open object
 * member (a `oneOf` branch that is only `{ "required": ["host"] }`, or a parent that only adds the
 * `oneOf`) is written by its members alone: its `[key: string]: unknown` would admit every key the
 * closed one rejects, as TypeScript looks a literal's key up in every member. A member left empty goes.
 */
function intersection(ctx: ExprContext, members: readonly TypeNode[]): string {
  if (!members.some((m) => closes(ctx.ir, m))) return members.map((m) => wrap(typeExpr(ctx, m))).join(' & ');
  const printed = members.map((m) => withoutOpenIndex(ctx, m));
  const kept = printed.filter((t) => t !== '{}');
  if (kept.length <= 1) return kept[0] ?? '{}';
  return kept.map(wrap).join(' & ');
}

/** A closed object with members, or a union (through refs) whose every branch is a closed object. */
function closes(ir: IR, node: TypeNode): boolean {
  const target = derefNode(ir.declarations, node);
  if (target.kind === 'object') return isClosed(target) && target.properties.length > 0;
  return target.kind === 'union' && target.variants.every((v) => {
    const shape = objectShape(ir, v);
    return shape !== undefined && isClosed(shape);
  });
}

/** A member of an intersection that `closes`: an open object (or union branch) without its index signature. */
function withoutOpenIndex(ctx: ExprContext, node: TypeNode): string {
  if (node.kind === 'union') return unionType(ctx, node, (v) => withoutOpenIndex(ctx, v), true);
  const shape = objectShape(ctx.ir, node);
  if (shape === undefined || indexSignature(ctx, shape) !== 'unknown') return typeExpr(ctx, node);
  return writeObjectType(tsWriter(), ctx, shape, true).toString();
}

/** The object a node is, through refs; undefined for any other kind. */
function objectShape(ir: IR, node: TypeNode): ObjectNode | undefined {
  const target = derefNode(ir.declarations, node);
  return target.kind === 'object' ? target : undefined;
}

/** `additionalProperties: false` and no pattern properties: no key but the declared ones. */
function isClosed(node: ObjectNode): boolean {
  return node.additional.kind === 'closed' && node.patternProperties.length === 0;
}

/**
 * `{ a: T; b?: U; [key: string]: … }`, with JSDoc per member; `{}` when it has none. A name `required`
 * lists but `properties` does not declare is a required member of the type extra keys have (as in a
 * `oneOf` branch that is only `{ "required": ["host"] }`).
 */
export function writeObjectType(w: CodeBlockWriter, ctx: ExprContext, node: ObjectNode, membersOnly = false): CodeBlockWriter {
  const index = membersOnly ? undefined : indexSignature(ctx, node);
  if (node.properties.length === 0 && node.extraRequired.length === 0 && index === undefined) return w.write('{}');
  w.write('{').newLine().indent(() => {
    for (const p of node.properties) {
      writeJsDoc(w, propertyDocs(ctx.ir, p.type));
      w.writeLine(`${propertyKey(p.name)}${p.required ? '' : '?'}: ${memberType(ctx, p)};`);
    }
    for (const name of node.extraRequired) w.writeLine(`${propertyKey(name)}: ${index ?? (membersOnly ? 'unknown' : 'never')};`);
    if (index !== undefined) w.writeLine(`[key: string]: ${index};`);
  });
  return w.write('}');
}

/**
 * A property's type. An optional one named like a member every object inherits (`toString`) also admits
 * that member's type: TypeScript checks an object literal that leaves it out by its inherited function,
 * and that function is what reading it gives when the config has no such key.
 */
function memberType(ctx: ExprContext, p: Property): string {
  const own = typeExpr(ctx, p.type);
  // `globalThis.`: a schema may declare a type named Object.
  return !p.required && INHERITED_MEMBERS.has(p.name) ? `${own} | globalThis.Object[${tsLiteral(p.name)}]` : own;
}

/**
 * What an index signature admits: nothing when `additionalProperties: false` (and no pattern
 * properties); otherwise the extra value type widened by every declared member's type, because
 * TypeScript checks declared members against the index signature too.
 */
function indexSignature(ctx: ExprContext, node: ObjectNode): string | undefined {
  const extra: string[] = node.patternProperties.map((p) => typeExpr(ctx, p.type));
  if (node.additional.kind === 'typed') extra.push(typeExpr(ctx, node.additional.type));
  else if (node.additional.kind !== 'closed') return 'unknown';
  // Closed with no members admits only `{}`; TypeScript's empty `{}` type would admit any non-null value.
  if (extra.length === 0) return node.properties.length === 0 ? 'never' : undefined;
  const declared = node.properties.map((p) => memberType(ctx, p));
  const optional = node.properties.some((p) => !p.required) ? ['undefined'] : [];
  return union([...extra, ...declared, ...optional]);
}

/** A property's docs: its own annotations (a `$ref`'s siblings), else its target's description. */
function propertyDocs(ir: IR, node: TypeNode) {
  if (node.kind !== 'ref' || node.annotations.description) return node.annotations;
  const target: Declaration | undefined = ir.declarations.get(node.target);
  const description = target?.type.annotations.description;
  return description ? { ...node.annotations, description } : node.annotations;
}

function propertyKey(name: string): string {
  return TYPESCRIPT_LANGUAGE.memberName(name).identifier;
}

/** A JSON value as a literal type; `exact` (by pointer from the value) keeps numbers a double cannot hold as the schema wrote them. */
export function literalType(value: JsonValue, exact?: ExactNumbers): string {
  if (Array.isArray(value)) return `readonly [${value.map((v, i) => literalType(v, exactUnder(exact, `/${i}`))).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([k, v]) => `readonly ${propertyKey(k)}: ${literalType(v, exactUnder(exact, `/${escapePointerToken(k)}`))}`).join('; ')} }`;
  }
  return tsLiteral(value, exact);
}

export function union(types: readonly string[]): string {
  const unique = [...new Set(types)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

function wrap(type: string): string {
  return /^[\w$.<>[\]"]+$/u.test(type) ? type : `(${type})`;
}

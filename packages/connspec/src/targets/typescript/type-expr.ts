import { type Declaration, type DeclId, type IR, type JsonValue, type ObjectNode, type TypeNode } from '../../core/index.js';
import { tsLiteral } from './escape.js';
import { jsdoc } from './jsdoc.js';
import { TYPESCRIPT_LANGUAGE } from './language.js';

/** Names a module refers to, so it can import those declared elsewhere. */
export interface ExprContext {
  readonly ir: IR;
  /** Records a reference to a declaration and returns the name to use. */
  use(target: DeclId): string;
  useSecret(): string;
}

/** The TypeScript type expression for a node (no declarations; hoisted shapes are refs already). */
export function typeExpr(ctx: ExprContext, node: TypeNode): string {
  switch (node.kind) {
    case 'ref':
      return ctx.use(node.target);
    case 'string':
      return node.annotations.secret || node.format === 'password' ? ctx.useSecret() : 'string';
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
      return union(node.values.map(literalType));
    case 'const':
      return literalType(node.value);
    case 'array':
      return arrayType(ctx, node);
    case 'object':
      return objectLiteral(ctx, node, '');
    case 'union':
      return union(node.variants.map((v) => typeExpr(ctx, v)));
    case 'intersection':
      return node.members.map((m) => wrap(typeExpr(ctx, m))).join(' & ');
  }
}

function arrayType(ctx: ExprContext, node: Extract<TypeNode, { kind: 'array' }>): string {
  if (node.tuple) {
    const rest = node.additionalItems ? typeExpr(ctx, node.additionalItems) : 'unknown';
    return `[${[...node.tuple.map((t) => `${typeExpr(ctx, t)}?`), `...${wrap(rest)}[]`].join(', ')}]`;
  }
  return `${wrap(node.items ? typeExpr(ctx, node.items) : 'unknown')}[]`;
}

/** `{ a: T; b?: U; [key: string]: … }`, with JSDoc per member. */
export function objectLiteral(ctx: ExprContext, node: ObjectNode, indent: string): string {
  const inner = `${indent}  `;
  const members = node.properties.map((p) => {
    const doc = jsdoc(propertyDocs(ctx.ir, p.type), [], inner);
    return `${doc}${inner}${propertyKey(p.name)}${p.required ? '' : '?'}: ${typeExpr(ctx, p.type)};`;
  });
  const index = indexSignature(ctx, node);
  if (index) members.push(`${inner}[key: string]: ${index};`);
  return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n${indent}}`;
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
  const declared = node.properties.map((p) => typeExpr(ctx, p.type));
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

export function literalType(value: JsonValue): string {
  if (Array.isArray(value)) return `readonly [${value.map(literalType).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([k, v]) => `readonly ${propertyKey(k)}: ${literalType(v)}`).join('; ')} }`;
  }
  return tsLiteral(value);
}

export function union(types: readonly string[]): string {
  const unique = [...new Set(types)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

function wrap(type: string): string {
  return /^[\w$.<>[\]"]+$/u.test(type) ? type : `(${type})`;
}

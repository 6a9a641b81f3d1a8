import { escapePointerToken, exactUnder, marksSecret, type Declaration, type ExactNumbers, type DeclId, type IR, type JsonValue, type ObjectNode, type TypeNode } from '../../core/index.js';
import { tsLiteral } from './escape.js';
import { writeJsDoc } from './jsdoc.js';
import { TYPESCRIPT_LANGUAGE } from './language.js';
import { tsWriter, type CodeBlockWriter } from './writer.js';

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
      return marksSecret(node.annotations, node.format) ? ctx.useSecret() : 'string';
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

/** `{ a: T; b?: U; [key: string]: … }`, with JSDoc per member; `{}` when it has none. */
export function writeObjectType(w: CodeBlockWriter, ctx: ExprContext, node: ObjectNode): CodeBlockWriter {
  const index = indexSignature(ctx, node);
  if (node.properties.length === 0 && index === undefined) return w.write('{}');
  w.write('{').newLine().indent(() => {
    for (const p of node.properties) {
      writeJsDoc(w, propertyDocs(ctx.ir, p.type));
      w.writeLine(`${propertyKey(p.name)}${p.required ? '' : '?'}: ${typeExpr(ctx, p.type)};`);
    }
    if (index !== undefined) w.writeLine(`[key: string]: ${index};`);
  });
  return w.write('}');
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

import { type Declaration, type EnumNode, type ObjectNode, type TypeNode } from '../../core/index.js';
import { renderType, type PyContext } from './context.js';
import { emitField } from './field.js';
import { comment, docstring, pyForwardRef, pyString, textLines } from './literals.js';
import { enumMembers } from './names.js';
import { objectRules } from './objects.js';
import { conditional, nativeDiscriminator, typeOf } from './type-expr.js';

const INDENT = '    ';

/** What a module's body holds for one declaration, and whether it is a model to rebuild. */
export interface EmittedDeclaration {
  readonly text: string;
  readonly model: boolean;
}

/**
 * An object is a model class; a string enum a `(str, Enum)` class; anything else (unions, scalars,
 * arrays, other enums) a `RootModel` whose type is a string, so it may name classes bound later.
 */
export function emitDeclaration(ctx: PyContext, decl: Declaration, warnings: string[]): EmittedDeclaration {
  const node = decl.type;
  if (node.kind === 'object') return { text: emitModel(ctx, decl, node, warnings), model: true };
  if (node.kind === 'enum' && node.values.length > 0 && node.values.every((v) => typeof v === 'string')) return { text: emitEnum(ctx, decl, node), model: false };
  const root = `${ctx.imports.use('pydantic', 'RootModel')}[${pyForwardRef(renderType(ctx, typeOf(ctx, node)))}]`;
  return { text: `class ${decl.name}(${root}):\n${classDoc(decl, unionNote(ctx, node))}`, model: true };
}

function emitModel(ctx: PyContext, decl: Declaration, node: ObjectNode, warnings: string[]): string {
  const lines: string[] = [];
  const rules = objectRules(ctx, node, [...(node.not ? [`${ctx.runtimeRef('Not')}(lambda: ${renderType(ctx, typeOf(ctx, node.not))})`] : []), ...(node.conditional ? [conditional(ctx, node.conditional)] : [])]);
  lines.push(`model_config = ${ctx.imports.use('pydantic', 'ConfigDict')}(extra=${pyString(extraMode(node, rules !== undefined))})`);
  if (node.additional.kind === 'typed' && node.patternProperties.length === 0) {
    const value = renderType(ctx, typeOf(ctx, node.additional.type));
    lines.push(`__pydantic_extra__: ${ctx.imports.use('builtins', 'dict')}[${ctx.imports.use('builtins', 'str')}, ${value}] = ${ctx.imports.use('pydantic', 'Field')}(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]`);
  }
  if (rules) lines.push(`__connspec_rules__ = ${rules}`);
  const fields = node.properties.map((p) => {
    const before = warnings.length;
    const field = emitField(ctx, p);
    return [...warnings.splice(before).map(comment), field].join(`\n${INDENT}`);
  });
  const body = [lines.join(`\n${INDENT}`), ...(fields.length > 0 ? ['', ...fields] : [])].map((l) => (l ? `${INDENT}${l}` : l)).join('\n');
  return `class ${decl.name}(${ctx.runtimeRef('ConnspecModel')}):\n${classDoc(decl)}\n${body}\n`;
}

/**
 * `forbid` for `additionalProperties: false`, `allow` otherwise (draft-07 allows extras when the
 * keyword is absent), with the extras' type checked through `__pydantic_extra__`. With
 * `patternProperties` the runtime's object rules decide which extras are allowed.
 */
function extraMode(node: ObjectNode, rules: boolean): 'forbid' | 'allow' {
  if (rules && node.patternProperties.length > 0) return 'allow';
  return node.additional.kind === 'closed' ? 'forbid' : 'allow';
}

function emitEnum(ctx: PyContext, decl: Declaration, node: EnumNode): string {
  const values = node.values as readonly string[];
  const names = enumMembers(values);
  const members = values.map((v, i) => `${INDENT}${names[i]} = ${pyString(v)}`).join('\n');
  const str = ctx.imports.use('builtins', 'str');
  return `class ${decl.name}(${str}, ${ctx.imports.use('enum', 'Enum')}):\n${classDoc(decl)}\n${members}\n`;
}

/** The class docstring: title, description, what the union demands, deprecation, and where it comes from. */
function classDoc(decl: Declaration, union?: string): string {
  const a = decl.type.annotations;
  const lines: string[] = [];
  const add = (...more: string[]): void => {
    lines.push(...(lines.length > 0 ? [''] : []), ...more);
  };
  if (a.title && a.title !== decl.name) add(a.title);
  if (a.description && a.description !== a.title) add(...textLines(a.description));
  if (union) add(...union.split('\n'));
  if (a.deprecated) add('Deprecated.');
  add(`Schema: ${decl.id}`);
  return docstring(lines, INDENT);
}

/** How a oneOf is checked, and why not with Pydantic's discriminator when it has a tag. */
function unionNote(ctx: PyContext, node: TypeNode): string | undefined {
  if (node.kind !== 'union' || node.combinator !== 'oneOf') return undefined;
  const tag = node.discriminator?.property;
  if (tag === undefined) return 'Exactly one branch must match (JSON Schema oneOf): checked by counting the branches that accept a value.';
  if (nativeDiscriminator(ctx, node)) return `Exactly one branch must match (JSON Schema oneOf); every branch requires \`${tag}\`, so Pydantic's discriminator picks it.`;
  return [
    `Exactly one branch must match (JSON Schema oneOf), told apart by \`${tag}\`. Not Pydantic's discriminator:`,
    `some branch does not require \`${tag}\` (it has a default), so a value without it may still match`,
    'exactly one branch; a value with it is tried against that branch only.',
  ].join('\n');
}

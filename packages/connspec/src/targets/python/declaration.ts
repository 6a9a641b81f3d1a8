import { type Declaration, type EnumNode, type ObjectNode, type TypeNode } from '../../core/index.js';
import { renderType, type PyContext } from './context.js';
import { emitField, isMasked } from './field.js';
import { comment, pyForwardRef, pyString, textLines } from './literals.js';
import { pythonMembers } from './language.js';
import { enumMembers } from './names.js';
import { objectRules } from './objects.js';
import { conditional, nativeDiscriminator, typeOf } from './type-expr.js';
import type { PyWriter } from './writer.js';

/** A declaration as the class its module prints. */
export interface ClassDef {
  /** `class Name(Base)`. */
  readonly header: string;
  readonly doc: readonly string[];
  /** The statements after the docstring, in groups with a blank line before each. */
  readonly body: readonly (readonly string[])[];
  /** A model the module rebuilds once every class exists. */
  readonly model: boolean;
}

/**
 * An object is a model class; a string enum a `(str, Enum)` class; anything else (unions, scalars,
 * arrays, other enums) a `RootModel` whose type is a string, so it may name classes bound later.
 */
export function classDef(ctx: PyContext, decl: Declaration, warnings: string[]): ClassDef {
  const node = decl.type;
  if (node.kind === 'object') return modelDef(ctx, decl, node, warnings);
  if (node.kind === 'enum' && node.values.length > 0 && node.values.every((v) => typeof v === 'string')) return enumDef(ctx, decl, node);
  const root = `${ctx.imports.use('pydantic', 'RootModel')}[${pyForwardRef(renderType(ctx, typeOf(ctx, node)))}]`;
  return { header: `class ${decl.name}(${root})`, doc: classDoc(decl, unionNote(ctx, node)), body: [], model: true };
}

export function printClass(w: PyWriter, def: ClassDef): void {
  w.block(def.header, () => {
    w.docstring(def.doc);
    for (const group of def.body) w.blank().lines(group);
  });
}

function modelDef(ctx: PyContext, decl: Declaration, node: ObjectNode, warnings: string[]): ClassDef {
  const lines: string[] = [];
  const rules = objectRules(ctx, node, [...(node.not ? [`${ctx.runtimeRef('Not')}(lambda: ${renderType(ctx, typeOf(ctx, node.not))})`] : []), ...(node.conditional ? [conditional(ctx, node.conditional)] : [])]);
  lines.push(`model_config = ${ctx.imports.use('pydantic', 'ConfigDict')}(extra=${pyString(extraMode(node, rules !== undefined))})`);
  if (node.additional.kind === 'typed' && node.patternProperties.length === 0) {
    const value = renderType(ctx, typeOf(ctx, node.additional.type));
    lines.push(`__pydantic_extra__: ${ctx.imports.use('builtins', 'dict')}[${ctx.imports.use('builtins', 'str')}, ${value}] = ${ctx.imports.use('pydantic', 'Field')}(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]`);
    if (isMasked(ctx, node.additional.type)) lines.push('__connspec_masked_extra__ = True');
  }
  if (rules) lines.push(`__connspec_rules__ = ${rules}`);
  // A warning found while typing a field is written as a comment just above it.
  const members = pythonMembers(node.properties);
  const fields = node.properties.flatMap((p, i) => {
    const before = warnings.length;
    const field = emitField(ctx, p, members[i] ?? { identifier: p.name });
    return [...warnings.splice(before).map(comment), field];
  });
  const body = fields.length > 0 ? [lines, fields] : [lines];
  return { header: `class ${decl.name}(${ctx.runtimeRef('ConnspecModel')})`, doc: classDoc(decl), body, model: true };
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

function enumDef(ctx: PyContext, decl: Declaration, node: EnumNode): ClassDef {
  const values = node.values as readonly string[];
  const names = enumMembers(values);
  const members = values.map((v, i) => `${names[i]} = ${pyString(v)}`);
  const str = ctx.imports.use('builtins', 'str');
  return { header: `class ${decl.name}(${str}, ${ctx.imports.use('enum', 'Enum')})`, doc: classDoc(decl), body: [members], model: false };
}

/** The class docstring: title, description, what the union demands, deprecation, and where it comes from. */
function classDoc(decl: Declaration, union?: readonly string[]): string[] {
  const a = decl.type.annotations;
  const lines: string[] = [];
  const add = (...more: string[]): void => {
    lines.push(...(lines.length > 0 ? [''] : []), ...more);
  };
  // A line break in a title starts a docstring line of its own, indented as the others.
  if (a.title && a.title !== decl.name) add(...a.title.split('\n'));
  if (a.description && a.description !== a.title) add(...textLines(a.description));
  if (union) add(...union);
  if (a.deprecated) add('Deprecated.');
  add(`Schema: ${decl.id}`);
  return lines;
}

/** How a oneOf is checked, and why not with Pydantic's discriminator when it has a tag. */
function unionNote(ctx: PyContext, node: TypeNode): string[] | undefined {
  if (node.kind !== 'union' || node.combinator !== 'oneOf') return undefined;
  const tag = node.discriminator?.property;
  if (tag === undefined) return ['Exactly one branch must match (JSON Schema oneOf): checked by counting the branches that accept a value.'];
  if (nativeDiscriminator(ctx, node)) return [`Exactly one branch must match (JSON Schema oneOf); every branch requires \`${tag}\`, so Pydantic's discriminator picks it.`];
  return [
    `Exactly one branch must match (JSON Schema oneOf), told apart by \`${tag}\`. Not Pydantic's discriminator:`,
    `some branch does not require \`${tag}\` (it has a default), so a value without it may still match`,
    'exactly one branch; a value with it is tried against that branch only.',
  ];
}

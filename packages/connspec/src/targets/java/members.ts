import { derefNode, isSecret, lowered, type Annotations, type IR, type ObjectNode, type Property, type TypeNode } from '../../core/index.js';
import type { FileContext } from './context.js';
import { initializer, invalidDefaultNote } from './defaults.js';
import { memberDoc } from './docs.js';
import { capitalize } from './java-names.js';
import { JACKSON, VALIDATION } from './libs.js';
import { javaString } from './literals.js';
import { mapType, type JType } from './type-map.js';
import { javaMembers } from './language.js';

/** One property of a generated class: its field, accessors and annotations. */
export interface Member {
  readonly json: string;
  readonly field: string;
  /** `getX` / `setX` / `withX` take this suffix. */
  readonly accessor: string;
  readonly type: JType;
  readonly annotations: readonly string[];
  readonly init?: string;
  readonly doc: string;
  readonly secret: boolean;
  readonly masked: boolean;
  readonly deprecated: boolean;
}

/** Accessor names Object (or the extras accessors) already use. */
const RESERVED_ACCESSORS = ['Class'];

export function planMembers(ctx: FileContext, node: ObjectNode): Member[] {
  const accessors = new Set(RESERVED_ACCESSORS);
  const fields = javaMembers(node.properties);
  return node.properties.map((p, i) => {
    const field = fields[i]?.identifier ?? p.name;
    let accessor = capitalize(field);
    while (accessors.has(accessor)) accessor = `${accessor}_`;
    accessors.add(accessor);
    return member(ctx, p, field, accessor);
  });
}

function member(ctx: FileContext, p: Property, field: string, accessor: string): Member {
  const type = mapType(ctx, p.type);
  const docs = docAnnotations(ctx.plan.ir, p.type);
  const notes = [...type.notes];
  const fallback = lowered(ctx.plan.ir).defaultOf(p.type);
  // A required property must be present, so its default never applies: an initialiser would make a missing one pass @NotNull.
  const usable = fallback?.valid === true;
  const init = fallback === undefined || p.required ? {} : usable ? initializer(ctx, type, fallback.value as never) : { note: invalidDefaultNote(fallback.value as never) };
  if (init.note) notes.push(init.note);
  if (p.required && type.nullable) notes.push(ctx.unenforced(p.origin, `"${p.name}" is required but may be null; Java cannot tell a missing value from null`));
  const secret = isSecret(ctx.plan.ir.declarations, p.type);
  const a: string[] = [`@${ctx.name(JACKSON.JsonProperty)}(${javaString(p.name)})`];
  const description = docs.description ?? docs.title;
  if (description) a.push(`@${ctx.name(JACKSON.JsonPropertyDescription)}(${javaString(description)})`);
  const nulls = nullHandling(ctx, type);
  if (nulls) a.push(nulls);
  if (fallback?.value === null && type.nullable) a.push(`@${ctx.name(JACKSON.JsonInclude)}(${ctx.name(JACKSON.JsonInclude)}.Include.ALWAYS)`);
  if (p.required && !type.nullable) a.push(`@${ctx.name(VALIDATION.NotNull)}`);
  if (type.cascade) a.push(`@${ctx.name(VALIDATION.Valid)}`);
  a.push(...type.constraints, ...markers(ctx, docs, secret));
  const doc = memberDoc({ ...docs, ...(fallback ? { default: { value: fallback.value as never } } : {}), ...(secret ? { secret } : {}) }, notes);
  const masked = docs.mask === true || (!secret && holdsSecret(ctx.plan.ir, p.type));
  return { json: p.name, field, accessor, type, annotations: a, ...(init.code ? { init: init.code } : {}), doc, secret, masked, deprecated: docs.deprecated === true };
}

/** JSON `null` is rejected where the schema does not allow it (Jackson would otherwise read it as absent). */
function nullHandling(ctx: FileContext, type: JType): string | undefined {
  const nulls = ctx.name(JACKSON.Nulls);
  const parts = [...(type.nullable ? [] : [`nulls = ${nulls}.FAIL`]), ...(type.element && !type.element.nullable ? [`contentNulls = ${nulls}.FAIL`] : [])];
  return parts.length ? `@${ctx.name(JACKSON.JsonSetter)}(${parts.join(', ')})` : undefined;
}

function markers(ctx: FileContext, a: Annotations, secret: boolean): string[] {
  return [
    ...(secret ? [`@${ctx.support('Secret')}`] : []),
    ...(a.mask ? [`@${ctx.support('Masked')}`] : []),
    ...(a.expose ? [`@${ctx.support('Exposed')}`] : []),
    ...(a.deprecated ? [`@${ctx.imports.lang('Deprecated')}`] : []),
  ];
}

/** A secret, or a list of secrets or masked values (at any depth): toString never shows it. */
export function holdsSecret(ir: IR, node: TypeNode): boolean {
  if (isSecret(ir.declarations, node)) return true;
  const target = derefNode(ir.declarations, node);
  if (target.kind !== 'array' || target.items === undefined) return false;
  return docAnnotations(ir, target.items).mask === true || holdsSecret(ir, target.items);
}

/** A property's annotations: its own (a `$ref`'s siblings), with the target's description and title as fallback. */
export function docAnnotations(ir: IR, node: TypeNode): Annotations {
  if (node.kind !== 'ref') return node.annotations;
  const target = ir.declarations.get(node.target)?.type.annotations ?? {};
  const inherited: Annotations = {
    ...(target.description ? { description: target.description } : {}),
    ...(target.title ? { title: target.title } : {}),
    ...(target.secret ? { secret: true } : {}),
    ...(target.mask ? { mask: true } : {}),
  };
  return { ...inherited, ...node.annotations };
}

import { derefNode, lowered, type Annotations, type JsonValue, type MemberName, type Property, type TypeNode } from '../../core/index.js';
import { fieldCall, renderType, type PyContext, type PyType } from './context.js';
import { pyString, pyValue } from './literals.js';
import { admitsNull, typeOf } from './type-expr.js';

/**
 * One model field: `name: Annotated[T, Field(...)] = default`. The schema's name is the alias when
 * it is not a usable identifier. An optional property without a default is `T | None = None` and,
 * when the schema does not allow null, rejects an explicit null (absent and null differ in JSON
 * Schema); a default makes the field non-optional, as it can never be missing.
 */
export function emitField(ctx: PyContext, property: Property, member: MemberName): string {
  const { identifier, alias } = member;
  const type = typeOf(ctx, property.type);
  const named: [string, string][] = alias !== undefined ? [['alias', pyString(alias)]] : [];
  const docs = docArgs(ctx, property.type);
  const fallback = property.required ? undefined : usableDefault(ctx, property);
  if (property.required || fallback !== undefined || type.nullable) {
    const value = property.required ? '' : ` = ${fallback ? defaultExpr(ctx, type, fallback.value as JsonValue) : 'None'}`;
    return `${identifier}: ${renderType(ctx, { ...type, field: [...named, ...type.field, ...docs] })}${value}`;
  }
  // Last in the metadata, so it runs first: an explicit null is reported as such, before any other rule.
  const nonNull = admitsNull(ctx, property.type) ? [] : [ctx.runtimeRef('NonNull')];
  const optional: PyType = type.sealed
    ? { ...type, base: `${renderType(ctx, type)} | None`, field: [...named, ...docs], meta: nonNull, sealed: false }
    : { ...type, base: `${type.base} | None`, field: [...named, ...type.field, ...docs], meta: [...type.meta, ...nonNull] };
  return `${identifier}: ${renderType(ctx, optional)} = None`;
}

/** The property's default, unless it is invalid for the property's own schema (then reported and left out). */
function usableDefault(ctx: PyContext, property: Property): { value: unknown } | undefined {
  const found = lowered(ctx.ir).defaultOf(property.type);
  if (found === undefined || found.valid) return found;
  ctx.warn(property.origin, `the default ${JSON.stringify(found.value)} of "${property.name}" is not valid for its schema, so the model has none`);
  return undefined;
}

/**
 * A default as Python source. Scalars of plain types are written as they are; anything the model
 * converts (enums, nested models, root models, secrets) is validated from its JSON value on each
 * instantiation (`validate_default`), and `{}`/`[]` (any container) come from a factory.
 */
function defaultExpr(ctx: PyContext, type: PyType, value: JsonValue): string {
  const container = value !== null && typeof value === 'object';
  if (type.plain && !container) return pyValue(value);
  const validate: [string, string][] = type.plain ? [] : [['validate_default', 'True']];
  if (!container) return fieldCall(ctx, [['default', pyValue(value)], ...validate]);
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
  const factory = empty ? ctx.imports.use('builtins', Array.isArray(value) ? 'list' : 'dict') : `lambda: ${pyValue(value)}`;
  return fieldCall(ctx, [['default_factory', factory], ...validate]);
}

/** `title`, `description`, `examples`, `deprecated` and the masking marks, for `Field(...)`. */
function docArgs(ctx: PyContext, node: TypeNode): [string, string][] {
  const own = node.annotations;
  const target = node.kind === 'ref' ? ctx.ir.declarations.get(node.target)?.type.annotations : undefined;
  const pick = <K extends keyof Annotations>(key: K): Annotations[K] => own[key] ?? target?.[key];
  const out: [string, string][] = [];
  if (own.title) out.push(['title', pyString(own.title)]);
  const description = pick('description');
  if (description) out.push(['description', pyString(description)]);
  if (own.examples && own.examples.length > 0) out.push(['examples', pyValue([...own.examples])]);
  if (pick('deprecated')) out.push(['deprecated', 'True']);
  const extra = (['mask', 'expose'] as const).filter((k) => (k === 'mask' ? isMasked(ctx, node) : pick(k)));
  if (extra.length > 0) out.push(['json_schema_extra', `{${extra.map((k) => `${pyString(k)}: True`).join(', ')}}`]);
  return out;
}

/** Masked (`mask: true` on it or its `$ref` target), or a list of masked items at any depth: repr shows it as ****. */
export function isMasked(ctx: PyContext, node: TypeNode): boolean {
  const marked = node.annotations.mask ?? (node.kind === 'ref' ? ctx.ir.declarations.get(node.target)?.type.annotations.mask : undefined);
  if (marked === true) return true;
  const target = derefNode(ctx.ir.declarations, node);
  return target.kind === 'array' && target.items !== undefined && isMasked(ctx, target.items);
}

import type { JsonObject, JsonValue } from '../load/source-file.js';
import { locationKey, type Location } from '../resolve/resolve.js';
import { isObject, valueAtPointer } from '../util/walk.js';
import type { LintContext } from './rule.js';

export interface SchemaAt extends Location {
  readonly schema: JsonObject;
}

/** The value at a pointer inside a file, without following refs. */
export function valueAt(ctx: LintContext, loc: Location): JsonValue | undefined {
  return valueAtPointer(ctx.byPath.get(loc.file)?.value, loc.pointer);
}

/** Follows `$ref`s (at most `limit` hops, so cycles end) to the schema that holds the content. */
export function deref(ctx: LintContext, loc: Location, limit = 16): SchemaAt | undefined {
  const schema = valueAt(ctx, loc);
  if (!isObject(schema)) return undefined;
  if (typeof schema.$ref !== 'string' || limit === 0) return { ...loc, schema };
  const target = ctx.resolution.targets.get(locationKey(loc));
  return target ? deref(ctx, target, limit - 1) : undefined;
}

/** Whether following `$ref`s from `loc` ends at a file that did not parse: what is there is unknown, not missing. */
export function unknowable(ctx: LintContext, loc: Location, limit = 16): boolean {
  const schema = valueAt(ctx, loc);
  if (!isObject(schema) || typeof schema.$ref !== 'string' || limit === 0) return false;
  if (ctx.resolution.intoUnparsed.has(locationKey(loc))) return true;
  const target = ctx.resolution.targets.get(locationKey(loc));
  return target !== undefined && unknowable(ctx, target, limit - 1);
}

/** The single string an enum (or const) pins a schema to, when it pins exactly one. */
export function singleValue(schema: JsonObject): string | undefined {
  if (typeof schema.const === 'string') return schema.const;
  const values = schema.enum;
  return Array.isArray(values) && values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}

import type { JsonObject, JsonValue } from '../load/source-file.js';
import type { Annotations } from '../ir/types.js';
import { roleById, type KeywordRole } from './roles.js';

/** The vendor keywords a run accepts, each with its role (from the config's `keywords`). */
export interface Vendor {
  /** Keyword → role, sorted by keyword. */
  readonly keywords: ReadonlyMap<string, KeywordRole>;
}

/** Builds the vendor from `keywords` (already checked by the config loader: every role exists). */
export function createVendor(keywords: Readonly<Record<string, string>>): Vendor {
  const entries = Object.entries(keywords)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([keyword, id]): [string, KeywordRole][] => {
      const role = roleById(id);
      return role ? [[keyword, role]] : [];
    });
  return { keywords: new Map(entries) };
}

/** The target hints on `schema`, by role id (the first keyword of each role); undefined when there are none. */
export function hintsOf(vendor: Vendor, schema: JsonObject): Readonly<Record<string, JsonValue>> | undefined {
  const out: Record<string, JsonValue> = {};
  for (const [keyword, role] of vendor.keywords) {
    if (role.hint && keyword in schema && !(role.id in out)) out[role.id] = schema[keyword] as JsonValue;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Adds what the schema's vendor keywords say to annotations read from standard keywords. */
export function vendorAnnotations(vendor: Vendor, schema: JsonObject, base: Annotations): Annotations {
  const out: { -readonly [K in keyof Annotations]: Annotations[K] } = { ...base };
  for (const [keyword, role] of vendor.keywords) {
    const value = schema[keyword];
    if (value !== undefined && role.annotate) role.annotate(value, out);
  }
  return out;
}

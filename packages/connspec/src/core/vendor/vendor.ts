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

/** The value of the first keyword with this role present on `schema` (e.g. `javaType`). */
export function roleValue(vendor: Vendor, schema: JsonObject, role: string): JsonValue | undefined {
  for (const [keyword, r] of vendor.keywords) if (r.id === role && keyword in schema) return schema[keyword];
  return undefined;
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

import type { JsonObject, JsonValue } from '../load/source-file.js';
import type { Annotations } from './types.js';
import { vendorAnnotations, type Vendor } from '../vendor/vendor.js';

/** Keywords that only annotate; a `$ref` with only these beside it is still a plain reference. */
export const ANNOTATION_KEYWORDS = new Set([
  'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment',
  'typeName', '$id', '$schema', 'definitions',
]);

/** Annotations from standard keywords, then from the vendor keywords (`airbyte_secret` → secret). */
export function readAnnotations(schema: JsonObject, vendor: Vendor): Annotations {
  const out: { -readonly [K in keyof Annotations]: Annotations[K] } = {};
  if (typeof schema.title === 'string') out.title = schema.title;
  if (typeof schema.description === 'string') out.description = schema.description;
  if ('default' in schema) out.default = { value: schema.default as JsonValue };
  if (Array.isArray(schema.examples)) out.examples = schema.examples;
  if (schema.deprecated === true) out.deprecated = true;
  if (schema.readOnly === true) out.readOnly = true;
  if (schema.writeOnly === true) out.writeOnly = true;
  if (typeof schema.$comment === 'string') out.comment = schema.$comment;
  if (schema.format === 'password') out.secret = true;
  return vendorAnnotations(vendor, schema, out);
}

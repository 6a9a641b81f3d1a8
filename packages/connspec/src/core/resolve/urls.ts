import type { JsonValue } from '../load/source-file.js';

export function declaredId(value: JsonValue): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return typeof value.$id === 'string' ? value.$id : undefined;
}

export function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * The URL that names a file under the schema root: the base URL followed by its path, in the one
 * spelling URL resolution produces (`dé faut.json` → `d%C3%A9%20faut.json`), so a `$ref` written
 * either way, and ajv's own resolution, land on the file. `%`, `#`, `?` in a file name are data.
 */
export function fileUrl(baseUrl: string, path: string): string {
  return new URL(path.replace(/[%#?\\]/g, (c) => encodeURIComponent(c)), baseUrl).href;
}

/** Whether `id` names the URL `href` (spelt raw or percent-encoded). */
export function sameUrl(id: unknown, href: string): boolean {
  if (typeof id !== 'string') return false;
  try {
    return new URL(id).href === href;
  } catch {
    return false;
  }
}

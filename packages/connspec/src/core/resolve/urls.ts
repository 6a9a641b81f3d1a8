import type { JsonValue } from '../load/source-file.js';

export function declaredId(value: JsonValue): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return typeof value.$id === 'string' ? value.$id : undefined;
}

export function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

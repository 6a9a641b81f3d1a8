/**
 * Only connection schemas and what they reference, transitively, are analysed: the rest of a
 * catalogue cannot change a connection. A superset is fine, so each `$ref` is followed both
 * relative to the file's place and relative to its `$id` (whichever `refBase` the run uses).
 */
import type { Layout } from '../ir/classify.js';
import type { Source } from './trees.js';

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else if (!['default', 'enum', 'const', 'examples'].includes(key)) refsIn(v, out);
    }
  }
  return out;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Paths a `$ref` may name: relative to the file, and relative to its `$id` under the base URL. */
function targets(path: string, id: unknown, ref: string, baseUrl: string): string[] {
  if (ref.startsWith('#')) return [];
  const out: string[] = [];
  const add = (base: string, root: string): void => {
    try {
      const url = new URL(ref, base);
      const text = url.href.split('#')[0] ?? '';
      if (text.startsWith(root)) out.push(decodeURIComponent(text.slice(root.length)));
    } catch {
      // not a URL reference: nothing to follow
    }
  };
  add(`file:///root/${path}`, 'file:///root/');
  add(typeof id === 'string' ? id : baseUrl + path, baseUrl);
  return out;
}

/** With no connections declared, every file stays (the diff then compares every root file). */
export function connectionClosure(sources: readonly Source[], baseUrl: string, layout: Layout): Source[] {
  if (layout.connections === null) return [...sources];
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const queue = sources.filter((s) => layout.classify(s.path).kind === 'connection').map((s) => s.path);
  const seen = new Set<string>();
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    const source = byPath.get(path);
    if (seen.has(path) || source === undefined) continue;
    seen.add(path);
    const value = parse(source.text);
    const id = value !== null && typeof value === 'object' ? (value as { $id?: unknown }).$id : undefined;
    for (const ref of refsIn(value)) queue.push(...targets(path, id, ref, baseUrl));
  }
  return sources.filter((s) => seen.has(s.path));
}

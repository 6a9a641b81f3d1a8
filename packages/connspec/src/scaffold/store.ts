import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { FileWrite, SchemaStore } from './scaffold.js';

function listJson(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) listJson(root, full, out);
    else if (entry.name.endsWith('.json')) out.push(relative(root, full).split(sep).join('/'));
  }
}

/** A schema store over a folder on disk (`connspec scaffold`, tests). */
export function diskStore(root: string): SchemaStore {
  return {
    read: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined),
    list: () => {
      const out: string[] = [];
      if (existsSync(root)) listJson(root, root, out);
      return out.sort();
    },
  };
}

export function writeToDisk(root: string, writes: readonly FileWrite[]): void {
  for (const w of writes) {
    mkdirSync(dirname(join(root, w.path)), { recursive: true });
    writeFileSync(join(root, w.path), w.text);
  }
}

import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { compare } from '../diagnostics.js';
import { parseSourceFile, type SourceFile } from './source-file.js';

/** One schema file as text: its path under the schema root, `/`-separated (from disk, git, a test or an editor). */
export interface Source {
  readonly path: string;
  readonly text: string;
}

export interface LoadResult {
  /** Sorted by path, whatever order the file system listed them in. */
  readonly files: readonly SourceFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and parses every `*.json` below `root`, each exactly once. */
export async function loadSchemas(root: string): Promise<LoadResult> {
  const paths = (await listJsonFiles(root)).sort(compare);
  const texts = await Promise.all(paths.map((p) => readFile(join(root, p), 'utf8')));
  return parseAll(paths.map((path, i) => ({ path, text: texts[i] ?? '' })));
}

/** Parses in-memory sources (tests and git-ref reads use this directly). */
export function parseAll(sources: readonly Source[]): LoadResult {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { path, text } of [...sources].sort((a, b) => compare(a.path, b.path))) {
    const result = parseSourceFile(path, text);
    if (result.ok) files.push(result.file);
    else diagnostics.push(result.diagnostic);
  }
  return { files, diagnostics };
}

async function listJsonFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

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
  /** Files that are not a schema to read (malformed JSON, a BOM, empty, a root that is not an object), each already reported. */
  readonly unparsed: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and parses every `*.json` below `root`, each exactly once. */
export async function loadSchemas(root: string): Promise<LoadResult> {
  return parseAll(await readSources(root));
}

/** Every `*.json` below `root` as text, sorted by path. */
export async function readSources(root: string): Promise<Source[]> {
  const paths = (await listJsonFiles(root)).sort(compare);
  const texts = await Promise.all(paths.map((p) => readFile(join(root, p), 'utf8')));
  return paths.map((path, i) => ({ path, text: texts[i] ?? '' }));
}

/** Parses in-memory sources (tests and git-ref reads use this directly). */
export function parseAll(sources: readonly Source[]): LoadResult {
  const files: SourceFile[] = [];
  const unparsed: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { path, text } of [...sources].sort((a, b) => compare(a.path, b.path))) {
    const result = parseSourceFile(path, text);
    const wrongRoot = result.ok ? rootProblem(result.file) : undefined;
    if (result.ok && wrongRoot === undefined) files.push(result.file);
    else unparsed.push(path);
    diagnostics.push(...(result.ok ? result.diagnostics : [result.diagnostic]), ...(wrongRoot ? [wrongRoot] : []));
  }
  return { files, unparsed, diagnostics };
}

/**
 * A schema file's root must be an object: one error for anything else, and the file is set aside so
 * no rule reads it as a schema (it would only add "$schema is null"-style noise). JSON Schema allows
 * `true`/`false` too, but a connspec schema file declares its `$schema` and `$id`, which need an object.
 */
function rootProblem(file: SourceFile): Diagnostic | undefined {
  const root = file.value;
  if (root !== null && typeof root === 'object' && !Array.isArray(root)) return undefined;
  const what = Array.isArray(root) ? 'an array' : root === null ? 'null' : typeof root === 'boolean' ? `the boolean schema ${root}` : `a ${typeof root}`;
  return {
    severity: 'error',
    rule: 'schema-root',
    file: file.path,
    ...file.locate(''),
    pointer: '',
    message: `the file's root is ${what}; a schema file's root must be a JSON object (JSON Schema also allows true/false, but a schema file here needs an object to declare "$schema" and "$id")`,
    hint: 'make the whole file one schema object ({"$schema": ..., "$id": ..., "type": ...}); if the file holds data rather than a schema, move it out of the schema root',
  };
}

async function listJsonFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

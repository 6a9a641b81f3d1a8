/**
 * The two sides of a diff: a directory on disk or a git ref (read with `git ls-tree` and
 * `git cat-file`, never checked out). Each tree holds the schema sources and, when present, the
 * fixtures generator's output for the backstop.
 */
import { UsageError } from '../diagnostics.js';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { FixtureFiles } from './fixtures.js';

import type { Source } from '../load/load.js';

export type { Source } from '../load/load.js';

export interface SchemaTree {
  /** How reports name it: the directory or the ref. */
  readonly label: string;
  readonly sources: readonly Source[];
  readonly fixtures?: FixtureFiles;
  /** For a directory: where its files are (auto-bump writes there; annotations point there). */
  readonly dir?: string;
  /** For a git ref: the schema root's path inside the repository. */
  readonly prefix?: string;
}

function readDir(dir: string, suffix: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith(suffix)) continue;
    const abs = join(e.parentPath, e.name);
    out.set(relative(dir, abs).split(sep).join('/'), readFileSync(abs, 'utf8'));
  }
  return out;
}

export function treeFromDir(dir: string, fixturesDir?: string): SchemaTree {
  const files = readDir(dir, '.json');
  const fixtures = fixturesDir ? readDir(fixturesDir, '.json') : undefined;
  return { label: dir, dir: resolve(dir), sources: [...files].map(([path, text]) => ({ path, text })), ...(fixtures?.size ? { fixtures } : {}) };
}

const git = (cwd: string, args: readonly string[], input?: string): Buffer =>
  execFileSync('git', ['-C', cwd, ...args], { maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'], ...(input !== undefined ? { input } : {}) });

export function gitTopLevel(dir: string): string | undefined {
  try {
    return realpathSync(git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim());
  } catch {
    return undefined;
  }
}

export function isGitRef(repo: string, ref: string): boolean {
  try {
    git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Every `*.json` blob under `prefix` at `ref`, keyed by its path below `prefix`. */
export function readGitTree(repo: string, ref: string, prefix: string): Map<string, string> {
  const listing = git(repo, ['ls-tree', '-r', '-z', '--full-tree', ref, '--', prefix || '.']).toString('utf8');
  const blobs = listing.split('\0').filter(Boolean).flatMap((line) => {
    const [meta, path] = line.split('\t');
    const [, type, sha] = (meta ?? '').split(' ');
    return type === 'blob' && path?.endsWith('.json') && sha ? [{ sha, path }] : [];
  });
  const texts = readBlobs(repo, blobs.map((b) => b.sha));
  return new Map(blobs.map((b, i) => [prefix ? b.path.slice(prefix.length + 1) : b.path, texts[i] ?? '']));
}

/** The blobs' contents as UTF-8 text, in the order of `shas`, read in one `git cat-file --batch`. */
export function readBlobs(repo: string, shas: readonly string[]): string[] {
  if (shas.length === 0) return [];
  const raw = git(repo, ['cat-file', '--batch'], shas.join('\n') + '\n');
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < shas.length; i++) {
    const header = raw.indexOf(0x0a, at);
    const size = Number(raw.subarray(at, header).toString('utf8').split(' ')[2]);
    out.push(raw.subarray(header + 1, header + 1 + size).toString('utf8'));
    at = header + 1 + size + 1;
  }
  return out;
}

/** A git ref's schema root (and fixtures), the same folders as in the working tree. */
export function treeFromGit(repo: string, ref: string, schemaRoot: string, fixturesDir?: string): SchemaTree {
  const top = gitTopLevel(repo);
  if (top === undefined) throw new UsageError(`${repo} is not inside a git repository`);
  const rel = (p: string): string => relative(top, existsSync(p) ? realpathSync(p) : resolve(p)).split(sep).join('/');
  const prefix = rel(schemaRoot);
  const files = readGitTree(top, ref, prefix);
  // Fixtures outside this repository (or absent at that ref) are simply not there.
  const fixturesPrefix = fixturesDir ? rel(fixturesDir) : '..';
  const fixtures = fixturesPrefix.startsWith('..') ? undefined : readGitTree(top, ref, fixturesPrefix);
  return { label: ref, prefix, sources: [...files].map(([path, text]) => ({ path, text })), ...(fixtures?.size ? { fixtures } : {}) };
}

/** A directory when one exists at `spec`, else a git ref of the repository holding `repo`. */
export function openTree(spec: string, options: { repo: string; schemaRoot: string; fixturesDir?: string; cwd?: string }): SchemaTree {
  const asDir = resolve(options.cwd ?? process.cwd(), spec);
  if (existsSync(asDir) && statSync(asDir).isDirectory()) return { ...treeFromDir(asDir, options.fixturesDir), label: spec };
  if (!isGitRef(options.repo, spec)) throw new UsageError(`"${spec}" is neither a directory nor a git ref of ${options.repo}`);
  return treeFromGit(options.repo, spec, options.schemaRoot, options.fixturesDir);
}

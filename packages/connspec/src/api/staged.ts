/**
 * `validate --staged`: the catalogue as the git index holds it (what the next commit will contain),
 * checked with the index's config, so a pre-commit hook judges exactly what is committed: deletions,
 * renames and config changes included, whatever the work tree holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readConfig, UsageError, type ConfigOverrides, type ConnspecConfig, type Source } from '../core/index.js';
import { gitTopLevel, readBlobs } from '../core/semver/trees.js';
import { displayPath } from '../core/config/load.js';
import { vocabulary, type ToolOptions } from './config.js';
import { validate, type ValidateResult } from './validate.js';

export interface StagedOptions extends ToolOptions {
  /** Where git is run, inside the work tree (default: the working directory). */
  readonly cwd?: string;
  /** Settings that win over the staged config's (command-line flags). */
  readonly overrides?: ConfigOverrides;
  /** connspec's cache folder: generators reuse per-file work of earlier runs (see CheckOptions). */
  readonly cacheDir?: string;
}

export interface StagedResult extends ValidateResult {
  /** False when the index differs from HEAD neither under the schema root nor in the config: nothing was analysed. */
  readonly checked: boolean;
  /** The staged config the run used. */
  readonly config: ConnspecConfig;
}

/** One index entry (stage 0 unless a merge conflict is unresolved). */
export interface IndexEntry {
  readonly mode: string;
  readonly sha: string;
  readonly stage: string;
  /** Relative to the top of the work tree, `/`-separated, any bytes git allows. */
  readonly path: string;
}

const REGULAR = new Set(['100644', '100755']);

const git = (top: string, args: readonly string[]): string =>
  execFileSync('git', ['-C', top, '--literal-pathspecs', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });

/** The index entries at or below `path` (relative to `top`; '' is the whole tree). */
export function indexEntries(top: string, path: string): IndexEntry[] {
  return git(top, ['ls-files', '-z', '--stage', '--', path === '' ? '.' : path])
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', sha = '', stage = ''] = line.slice(0, tab).split(' ');
      return { mode, sha, stage, path: line.slice(tab + 1) };
    });
}

/** Paths (relative to `top`) whose index entry differs from HEAD's, both sides of a rename; all of them before the first commit. */
export function stagedPaths(top: string): string[] {
  return git(top, ['diff', '--cached', '--name-only', '--no-renames', '--no-ext-diff', '-z']).split('\0').filter(Boolean);
}

/** `abs` relative to `top`, `/`-separated, through the real path of its nearest existing folder (git's top is a real path). */
function repoPath(top: string, abs: string): string {
  let dir = abs;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const real = join(realpathSync(dir), relative(dir, abs));
  return relative(top, real).split(sep).join('/');
}

const outside = (rel: string): boolean => rel === '..' || rel.startsWith('../') || rel.startsWith('/');

/** The config file as staged: its index entry's text, loaded as if it were the file on disk. */
function stagedConfig(top: string, configFile: string, options: StagedOptions): { config: ConnspecConfig; path: string } {
  const path = repoPath(top, configFile);
  const shown = displayPath(configFile, options.cwd);
  if (outside(path)) throw new UsageError(`${shown} is outside the git work tree ${top}; --staged reads the config from the index`);
  const entry = indexEntries(top, path).find((e) => e.path === path);
  if (entry === undefined) throw new UsageError(`${shown} is not in the git index; git add ${shown} (--staged checks with the config the commit will hold)`);
  if (!REGULAR.has(entry.mode) || entry.stage !== '0') throw new UsageError(`${shown} is ${entry.stage !== '0' ? 'unmerged' : 'not a regular file'} in the git index; resolve it and git add it`);
  const [text = ''] = readBlobs(top, [entry.sha]);
  return { config: readConfig(configFile, dirname(configFile), vocabulary(options), options.overrides, text), path };
}

/** Every `*.json` regular file the index holds under `root` (relative to `top`), with paths below the root. */
export function stagedSources(top: string, root: string): Source[] {
  const entries = indexEntries(top, root);
  const unmerged = entries.find((e) => e.stage !== '0');
  if (unmerged !== undefined) throw new UsageError(`${unmerged.path} is unmerged in the git index; resolve the conflict and git add it`);
  // Symlinks and submodules hold no schema text in the index: they are skipped, as deletions are absent.
  const files = entries.filter((e) => REGULAR.has(e.mode) && e.path.endsWith('.json'));
  const texts = readBlobs(top, files.map((e) => e.sha));
  return files.map((e, i) => ({ path: root === '' ? e.path : e.path.slice(root.length + 1), text: texts[i] ?? '' }));
}

/**
 * Validates the catalogue the git index holds, with the index's copy of `configFile` (a path in the
 * work tree), reporting every error in it. When the index changes nothing under the schema root nor
 * the config, it returns at once, unchecked.
 */
export async function validateStaged(configFile: string, options: StagedOptions = {}): Promise<StagedResult> {
  const cwd = options.cwd ?? process.cwd();
  const top = gitTopLevel(cwd);
  if (top === undefined) throw new UsageError(`${cwd} is not inside a git work tree; --staged validates the git index`);
  const { config, path } = stagedConfig(top, configFile, { ...options, cwd });
  const root = repoPath(top, config.schemaRoot);
  if (outside(root)) throw new UsageError(`the schema root ${config.schemaRoot} is outside the git work tree ${top}; --staged reads it from the index`);
  const touched = stagedPaths(top).some((p) => p === path || root === '' || p.startsWith(`${root}/`));
  if (!touched) return { ok: true, diagnostics: [], checked: false, config };
  const result = await validate(config, [], { sources: stagedSources(top, root), ...(options.generators ? { generators: options.generators } : {}), ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) });
  return { ...result, checked: true, config };
}

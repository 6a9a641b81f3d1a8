import { UsageError } from '../diagnostics.js';
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { GeneratedFile } from '../generator.js';
import { checkOutDir, commit, recoverLocked, runDir, stagedDir } from './commit.js';
import { copyDurable, failpoint, syncDir, syncFile, writeDurable } from './durable.js';
import { withLock } from './lock.js';
import { eachLimited, IN_FLIGHT } from './pool.js';

export { JOURNAL, recoverOutDir } from './commit.js';
export { LOCK } from './lock.js';

/** Lists what connspec wrote into a target folder, so later runs delete only those files. */
export const MANIFEST = '.connspec-manifest.json';

export interface WriteReport {
  readonly target: string;
  readonly written: number;
  readonly removed: readonly string[];
  readonly changed: boolean;
}

interface Plan {
  readonly report: WriteReport;
  readonly files: readonly GeneratedFile[];
  /** Files the target folder already holds with these very contents: staged as links, not written again. */
  readonly same: ReadonlySet<string>;
  readonly foreign: readonly string[];
  readonly manifest: string;
}

/**
 * Writes every changed target in one switch, under the output folder's lock: each is staged (with
 * any files a person put there, which connspec never deletes) in this run's folder, then a journal
 * commits the run and the targets are renamed in. A failure or a kill before the commit leaves
 * `outDir` as it was; after it, the next run (its recovery) finishes the switch.
 */
export async function writeTargets(outDir: string, outputs: ReadonlyMap<string, readonly GeneratedFile[]>): Promise<WriteReport[]> {
  checkOutDir(outDir);
  await mkdir(outDir, { recursive: true });
  return withLock(outDir, async (run) => {
    await recoverLocked(outDir, run);
    const plans: Plan[] = [];
    for (const [target, files] of outputs) plans.push(await plan(outDir, target, files));
    const changed = plans.filter((p) => p.report.changed);
    if (changed.length === 0) return plans.map((p) => p.report);
    try {
      await stage(outDir, run, changed);
    } catch (error) {
      await rm(runDir(outDir, run), { recursive: true, force: true });
      throw error;
    }
    failpoint('staged');
    await commit(outDir, { run, targets: changed.map((p) => p.report.target) });
    return plans.map((p) => p.report);
  });
}

/** What a target's write would do; refuses to overwrite a file connspec did not write. */
async function plan(outDir: string, target: string, files: readonly GeneratedFile[]): Promise<Plan> {
  const finalDir = join(outDir, target);
  const previous = await readManifest(finalDir);
  const existing = existsSync(finalDir) ? await listFiles(finalDir) : [];
  const wanted = new Set(files.map((f) => f.path));
  const foreign = existing.filter((p) => p !== MANIFEST && !previous.has(p));
  const clash = foreign.find((p) => wanted.has(p));
  if (clash) throw new UsageError(`refusing to overwrite ${join(finalDir, clash)}: connspec did not write it (move it away, then generate again)`);
  const manifest = `${JSON.stringify([...wanted].sort(), null, 2)}\n`;
  const removed = [...previous].filter((p) => !wanted.has(p)).sort();
  const same = await unchangedFiles(finalDir, files);
  const changed = removed.length > 0 || same.size < files.length || !(await holds(finalDir, MANIFEST, manifest));
  return { report: { target, written: files.length, removed, changed }, files, same, foreign, manifest };
}

/**
 * Writes the changed targets' new folders into the run's folder, every file and folder flushed to
 * disk (the journal must not outrun them). Each folder is made once, parents first; the files of
 * all targets are written and flushed IN_FLIGHT at a time, then every folder is.
 */
async function stage(outDir: string, run: string, changed: readonly Plan[]): Promise<void> {
  const dirs = new Set<string>();
  const writes: (() => Promise<void>)[] = [];
  const add = (path: string, write: () => Promise<void>): void => {
    dirs.add(dirname(path));
    writes.push(write);
  };
  for (const p of changed) {
    const finalDir = join(outDir, p.report.target);
    const dir = stagedDir(outDir, run, p.report.target);
    for (const f of p.files) {
      const write = (): Promise<void> => writeDurable(join(dir, f.path), f.contents);
      add(join(dir, f.path), p.same.has(f.path) ? () => linkOrWrite(join(finalDir, f.path), join(dir, f.path), write) : write);
    }
    for (const f of p.foreign) add(join(dir, f), () => copyDurable(join(finalDir, f), join(dir, f)));
    add(join(dir, MANIFEST), () => writeDurable(join(dir, MANIFEST), p.manifest));
  }
  const all = ancestors(dirs, runDir(outDir, run));
  for (const level of byDepth(all)) await eachLimited(level, IN_FLIGHT, makeDir);
  await eachLimited(writes, IN_FLIGHT, (write) => write());
  await eachLimited([...all], IN_FLIGHT, syncDir);
}

const makeDir = async (dir: string): Promise<void> => {
  await mkdir(dir, { recursive: true });
};

/** Folders grouped by depth, shallowest first: each group's parents exist once the groups before it are made. */
function byDepth(dirs: ReadonlySet<string>): string[][] {
  const levels = new Map<number, string[]>();
  for (const d of dirs) {
    const depth = d.split(sep).length;
    const level = levels.get(depth);
    if (level) level.push(d);
    else levels.set(depth, [d]);
  }
  return [...levels].sort(([a], [b]) => a - b).map(([, level]) => level.sort());
}

/** Every folder from `root` down to each of `dirs`. */
function ancestors(dirs: ReadonlySet<string>, root: string): Set<string> {
  const all = new Set<string>();
  for (let d of dirs) {
    for (; d.length >= root.length && !all.has(d); d = dirname(d)) all.add(d);
  }
  return all;
}

async function readManifest(dir: string): Promise<Set<string>> {
  try {
    return new Set(JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

/** Whether `dir/path` holds exactly `contents`. */
async function holds(dir: string, path: string, contents: string): Promise<boolean> {
  try {
    return (await readFile(join(dir, path), 'utf8')) === contents;
  } catch {
    return false;
  }
}

/** The files the target folder already holds with exactly the new contents (read IN_FLIGHT at a time). */
async function unchangedFiles(dir: string, files: readonly GeneratedFile[]): Promise<Set<string>> {
  const same = new Set<string>();
  if (!existsSync(dir)) return same;
  await eachLimited(files, IN_FLIGHT, async (f) => {
    if (await holds(dir, f.path, f.contents)) same.add(f.path);
  });
  return same;
}

/**
 * Stages an unchanged file as a hard link to the committed one: no second copy to write and flush
 * (it was flushed when it was staged), and safe because connspec never changes a file in place, it
 * only replaces folders. Where links are not possible (another device, a file system without them),
 * the file is written.
 */
async function linkOrWrite(from: string, to: string, write: () => Promise<void>): Promise<void> {
  try {
    await link(from, to);
  } catch {
    return write();
  }
  // Cheap for a file already on disk; and the journal must not outrun one put there some other way.
  await syncFile(to);
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

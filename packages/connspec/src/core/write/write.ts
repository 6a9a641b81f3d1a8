import { UsageError } from '../diagnostics.js';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { GeneratedFile } from '../generator.js';

/** Lists what connspec wrote into a target folder, so later runs delete only those files. */
export const MANIFEST = '.connspec-manifest.json';

export interface WriteReport {
  readonly target: string;
  readonly written: number;
  readonly removed: readonly string[];
  readonly changed: boolean;
}

/**
 * Writes every target atomically: each is staged in a temp folder beside it (with any files a
 * person put there, which connspec never deletes), and only when all are staged are they swapped in.
 * A failure before the swap leaves `outDir` exactly as it was.
 */
export async function writeTargets(outDir: string, outputs: ReadonlyMap<string, readonly GeneratedFile[]>): Promise<WriteReport[]> {
  await mkdir(outDir, { recursive: true });
  const staged: { target: string; dir: string; report: WriteReport }[] = [];
  try {
    for (const [target, files] of outputs) staged.push(await stage(outDir, target, files));
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.dir, { recursive: true, force: true })));
    throw error;
  }
  for (const s of staged) {
    if (s.report.changed) await swap(join(outDir, s.target), s.dir);
    else await rm(s.dir, { recursive: true, force: true });
  }
  return staged.map((s) => s.report);
}

async function stage(outDir: string, target: string, files: readonly GeneratedFile[]) {
  const finalDir = join(outDir, target);
  const dir = join(outDir, `.connspec-staging-${target}-${randomBytes(4).toString('hex')}`);
  const previous = await readManifest(finalDir);
  const existing = existsSync(finalDir) ? await listFiles(finalDir) : [];
  const wanted = new Set(files.map((f) => f.path));
  const foreign = existing.filter((p) => p !== MANIFEST && !previous.has(p));
  const clash = foreign.find((p) => wanted.has(p));
  if (clash) throw new UsageError(`refusing to overwrite ${join(finalDir, clash)}: connspec did not write it (move it away, then generate again)`);
  await mkdir(dir, { recursive: true });
  for (const f of files) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.contents);
  }
  for (const p of foreign) await cp(join(finalDir, p), join(dir, p), { preserveTimestamps: true });
  const manifest = `${JSON.stringify([...wanted].sort(), null, 2)}\n`;
  await writeFile(join(dir, MANIFEST), manifest);
  const removed = [...previous].filter((p) => !wanted.has(p)).sort();
  const changed = removed.length > 0 || !(await sameContents(finalDir, files, manifest));
  return { target, dir, report: { target, written: files.length, removed, changed } };
}

async function swap(finalDir: string, staged: string): Promise<void> {
  const old = `${staged}-old`;
  const hadOld = existsSync(finalDir);
  if (hadOld) await rename(finalDir, old);
  try {
    await rename(staged, finalDir);
  } catch (error) {
    if (hadOld) await rename(old, finalDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

async function readManifest(dir: string): Promise<Set<string>> {
  try {
    return new Set(JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

async function sameContents(dir: string, files: readonly GeneratedFile[], manifest: string): Promise<boolean> {
  if (!existsSync(dir)) return false;
  try {
    if ((await readFile(join(dir, MANIFEST), 'utf8')) !== manifest) return false;
    for (const f of files) if ((await readFile(join(dir, f.path), 'utf8')) !== f.contents) return false;
    return true;
  } catch {
    return false;
  }
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

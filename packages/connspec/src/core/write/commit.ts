import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../diagnostics.js';
import { errno, failpoint, syncDir, writeDurable } from './durable.js';
import { LOCK_TEMP, TAKEOVER, withLock } from './lock.js';

/**
 * One run's switch of its changed targets: the journal names the run and the targets. Once it is
 * in place (an atomic rename) the run is committed and recovery finishes the switch; before that,
 * recovery deletes the run's staging. Layout inside `outDir` while a run writes:
 *   .connspec-run-<run>/new/<target>   staged output (generated files, foreign files, manifest)
 *   .connspec-run-<run>/old/<target>   the previous output, moved aside during the switch
 *   .connspec-journal.json             {run, targets}: present from commit until the switch is done
 */
export const JOURNAL = '.connspec-journal.json';
const RUN_PREFIX = '.connspec-run-';
/** Folders connspec before the journal left behind: `.connspec-staging-<target>-<hex>` and `...-old`. */
const LEGACY = /^\.connspec-staging-(.+)-[0-9a-f]{8}(-old)?$/;

export interface Journal {
  readonly run: string;
  readonly targets: readonly string[];
}

export const runDir = (outDir: string, run: string): string => join(outDir, `${RUN_PREFIX}${run}`);
export const stagedDir = (outDir: string, run: string, target: string): string => join(runDir(outDir, run), 'new', target);

/** Commits a staged run (writes the journal atomically), then switches every target in. */
export async function commit(outDir: string, journal: Journal): Promise<void> {
  const temp = join(runDir(outDir, journal.run), 'journal.json');
  await syncDir(outDir);
  await writeDurable(temp, `${JSON.stringify(journal)}\n`);
  failpoint('journal-written');
  await rename(temp, join(outDir, JOURNAL));
  await syncDir(outDir);
  failpoint('committed');
  await rollForward(outDir, journal);
}

/**
 * Finishes a committed switch, whatever step it stopped at: a target whose staged folder is still
 * there has its old output moved aside (unless already moved) and the staged one moved in.
 */
async function rollForward(outDir: string, journal: Journal): Promise<void> {
  const run = runDir(outDir, journal.run);
  for (const target of journal.targets) {
    const staged = stagedDir(outDir, journal.run, target);
    if (!existsSync(staged)) continue;
    const final = join(outDir, target);
    const old = join(run, 'old', target);
    if (existsSync(final) && existsSync(old)) throw new UsageError(`cannot finish the interrupted write of ${final}: it was recreated after connspec moved the previous output to ${old}; move ${final} away, then generate again (connspec then finishes the switch).`);
    if (existsSync(final)) {
      await mkdir(join(run, 'old'), { recursive: true });
      await rename(final, old);
    }
    failpoint(`moved-out:${target}`);
    await rename(staged, final);
    failpoint(`moved-in:${target}`);
  }
  await syncDir(outDir);
  failpoint('switched');
  await unlink(join(outDir, JOURNAL));
  await syncDir(outDir);
  failpoint('journal-removed');
  await rm(run, { recursive: true, force: true });
  failpoint('cleaned');
}

function parseJournal(text: string): Journal | undefined {
  try {
    const j = JSON.parse(text) as Partial<Journal>;
    const safe = (t: unknown): boolean => typeof t === 'string' && t !== '' && !/[\\/]|^\.\.?$/.test(t);
    return typeof j.run === 'string' && /^[0-9a-f]+$/.test(j.run) && Array.isArray(j.targets) && j.targets.every(safe) ? (j as Journal) : undefined;
  } catch {
    return undefined;
  }
}

async function readJournal(outDir: string): Promise<Journal | undefined> {
  const path = join(outDir, JOURNAL);
  const text = await readFile(path, 'utf8').catch((e: unknown) => (errno(e) === 'ENOENT' ? undefined : Promise.reject(e)));
  if (text === undefined) return undefined;
  const journal = parseJournal(text);
  if (!journal) throw new UsageError(`${path} is not a connspec journal (it is written atomically, so something else changed it): check ${outDir}, delete ${path} and every ${RUN_PREFIX}* folder beside it, then generate again.`);
  return journal;
}

/**
 * Brings `outDir` back to one whole output after any crash; the caller holds the lock, so every
 * run folder and legacy staging folder found belongs to a dead run.
 */
export async function recoverLocked(outDir: string, run: string): Promise<void> {
  const journal = await readJournal(outDir);
  if (journal) await rollForward(outDir, journal);
  const names = await readdir(outDir);
  // A legacy crash between its two renames left the old output only in `-old`: put it back.
  for (const name of names) {
    const legacy = LEGACY.exec(name);
    if (legacy?.[2] && !existsSync(join(outDir, legacy[1] as string))) await rename(join(outDir, name), join(outDir, legacy[1] as string));
  }
  for (const name of names) {
    const garbage = name.startsWith(RUN_PREFIX) || LEGACY.test(name) || name === TAKEOVER || (name.startsWith(LOCK_TEMP) && name !== `${LOCK_TEMP}${run}`);
    if (garbage) await rm(join(outDir, name), { recursive: true, force: true });
  }
}

/** The output folder must be a folder (or not exist yet). */
export function checkOutDir(outDir: string): void {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`the output folder ${outDir} is a file: set outDir (or --out) to a folder, or move the file away.`);
}

/** Recovers `outDir` from a killed run (rolls a committed switch forward, deletes uncommitted staging), under the lock. */
export async function recoverOutDir(outDir: string): Promise<void> {
  checkOutDir(outDir);
  if (!existsSync(outDir)) return;
  await withLock(outDir, (run) => recoverLocked(outDir, run));
  failpoint('recovered');
}

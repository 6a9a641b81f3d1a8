import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../diagnostics.js';
import { errno, failpoint } from './durable.js';

/** Held by the one connspec run writing an output folder. */
export const LOCK = '.connspec-lock';
/** Temp file a run links to LOCK (so the lock always appears with its full contents). */
export const LOCK_TEMP = `${LOCK}.tmp-`;
/** Only the holder of this may delete a stale lock (so two runs cannot both take the same one over). */
export const TAKEOVER = `${LOCK}.takeover`;
/** A takeover guard older than this was left by a run killed inside the takeover. */
const TAKEOVER_STALE_MS = 10_000;

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly run: string;
  readonly started: string;
}

const unlinkQuiet = (path: string): Promise<void> => unlink(path).catch((e: unknown) => (errno(e) === 'ENOENT' ? undefined : Promise.reject(e)));

async function readHolder(path: string): Promise<Holder | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errno(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as Holder;
  } catch {
    return { pid: 0, host: hostname(), run: `unreadable:${text}`, started: '' };
  }
}

/** A lock from another host cannot be checked: it counts as live. EPERM: the pid exists (another user's). */
function isLive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return errno(error) === 'EPERM';
  }
}

/** Deletes `stale` (a dead run's lock) unless another run took it over first. */
async function takeOver(outDir: string, stale: Holder): Promise<void> {
  const guard = join(outDir, TAKEOVER);
  try {
    await (await open(guard, 'wx')).close();
  } catch (error) {
    if (errno(error) !== 'EEXIST') throw error;
    const age = Date.now() - (await stat(guard).then((s) => s.mtimeMs, () => Date.now()));
    if (age > TAKEOVER_STALE_MS) await unlinkQuiet(guard);
    else await new Promise((wake) => setTimeout(wake, 50)); // another run is taking it over: see who won
    return;
  }
  try {
    if ((await readHolder(join(outDir, LOCK)))?.run === stale.run) await unlinkQuiet(join(outDir, LOCK));
  } finally {
    await unlinkQuiet(guard);
  }
}

function liveLockError(outDir: string, holder: Holder): UsageError {
  const lock = join(outDir, LOCK);
  return new UsageError(
    `${outDir} is being written by another connspec run (pid ${holder.pid} on ${holder.host}, since ${holder.started}; lock ${lock}): ` +
      `wait for it to finish, then run again. If no connspec is running there, delete ${lock}.`,
  );
}

/**
 * Creates the lock with its contents, or returns false if it exists: a complete temp file hard-linked
 * in (atomic, never seen half-written); where the file system has no hard links, an exclusive create.
 */
async function create(temp: string, lock: string, contents: string): Promise<boolean> {
  await writeFile(temp, contents);
  try {
    await link(temp, lock);
    return true;
  } catch (error) {
    if (errno(error) === 'EEXIST' || errno(error) === 'ENOENT') return false;
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes(errno(error) ?? '')) throw error;
  }
  return writeFile(lock, contents, { flag: 'wx' }).then(
    () => true,
    (e: unknown) => (errno(e) === 'EEXIST' ? false : Promise.reject(e)),
  );
}

/** Takes the output folder's lock (taking over a dead run's), returning this run's id. A live lock is a UsageError. */
export async function acquireLock(outDir: string): Promise<string> {
  const run = randomBytes(6).toString('hex');
  const holder: Holder = { pid: process.pid, host: hostname(), run, started: new Date().toISOString() };
  const temp = join(outDir, `${LOCK_TEMP}${run}`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await create(temp, join(outDir, LOCK), `${JSON.stringify(holder)}\n`)) {
        failpoint('locked');
        return run;
      }
      const current = await readHolder(join(outDir, LOCK));
      if (current && isLive(current)) throw liveLockError(outDir, current);
      if (current) await takeOver(outDir, current);
    }
  } finally {
    await unlinkQuiet(temp);
  }
  throw new UsageError(`could not take the lock ${join(outDir, LOCK)} (other runs keep taking it over): run again; if this repeats, delete ${join(outDir, TAKEOVER)}.`);
}

/** Releases the lock if this run still holds it. */
export async function releaseLock(outDir: string, run: string): Promise<void> {
  if ((await readHolder(join(outDir, LOCK)))?.run === run) await unlinkQuiet(join(outDir, LOCK));
}

/** Runs `task` holding the output folder's lock. */
export async function withLock<T>(outDir: string, task: (run: string) => Promise<T>): Promise<T> {
  const run = await acquireLock(outDir);
  try {
    return await task(run);
  } finally {
    await releaseLock(outDir, run);
  }
}

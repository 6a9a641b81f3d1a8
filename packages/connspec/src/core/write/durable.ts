import { cp, open } from 'node:fs/promises';

/**
 * Test hook: `CONNSPEC_TEST_KILL_AT=<step>` makes the process SIGKILL itself right after the named
 * write step, so tests can crash a real run at every point. Steps, in order: locked, staged,
 * journal-written, committed, moved-out:<target>, moved-in:<target>, switched, journal-removed,
 * cleaned; and recovered (after the recovery a run starts with).
 */
export function failpoint(step: string): void {
  if (process.env.CONNSPEC_TEST_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
}

/** Writes a file and flushes it to disk before returning. */
export async function writeDurable(path: string, contents: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes an existing file (one copied in) to disk. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Copies a file (keeping its timestamps) and flushes the copy to disk. */
export async function copyDurable(from: string, to: string): Promise<void> {
  await cp(from, to, { preserveTimestamps: true });
  await syncFile(to);
}

/** Flushes a directory's entries (after creating or renaming in it); platforms that cannot open a directory skip it. */
export async function syncDir(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes(errno(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!['EINVAL', 'EPERM', 'EBADF'].includes(errno(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

export const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

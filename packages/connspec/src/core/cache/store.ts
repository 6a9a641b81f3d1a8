import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** At most this many entries are kept in one cache folder; the least recently written go first. */
const MAX_ENTRIES = 256;

/** `$CONNSPEC_CACHE`, else `$XDG_CACHE_HOME/connspec`, else `~/.cache/connspec` (the corpus tools share it). */
export function defaultCacheRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.CONNSPEC_CACHE) return env.CONNSPEC_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'connspec');
}

/**
 * A folder of JSON entries by name. A missing, unreadable or corrupt entry is a miss, never an error;
 * an entry is written whole or not at all (temp file, then rename), so a killed run cannot leave half of one.
 */
export class CacheStore {
  constructor(readonly dir: string) {}

  read(name: string): unknown {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${name}.json`), 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Writes an entry; a cache that cannot be written (read-only home, full disk) only costs the next run time. */
  write(name: string, value: unknown): boolean {
    try {
      mkdirSync(this.dir, { recursive: true });
      const temp = join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
      writeFileSync(temp, JSON.stringify(value));
      renameSync(temp, join(this.dir, `${name}.json`));
      this.prune();
      return true;
    } catch {
      return false;
    }
  }

  private prune(): void {
    const entries = readdirSync(this.dir).filter((n) => n.endsWith('.json'));
    if (entries.length <= MAX_ENTRIES) return;
    const byAge = entries.map((n) => ({ n, t: statSync(join(this.dir, n)).mtimeMs })).sort((a, b) => a.t - b.t || (a.n < b.n ? -1 : 1));
    for (const { n } of byAge.slice(0, entries.length - MAX_ENTRIES)) unlinkSync(join(this.dir, n));
  }
}

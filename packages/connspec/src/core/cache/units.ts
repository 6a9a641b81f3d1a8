import { createHash } from 'node:crypto';
import { childNodes } from '../ir/query.js';
import type { IR } from '../ir/types.js';
import { CacheStore } from './store.js';

/**
 * Per schema file, a digest of every file its declarations reach through `$ref` (itself included):
 * output computed from a file's closure alone may be reused while this digest is unchanged. Editing
 * a shared file changes the digest of exactly the files that reach it.
 */
export function closureDigests(ir: IR): ReadonlyMap<string, string> {
  const reaches = new Map<string, Set<string>>();
  for (const decl of ir.declarations.values()) {
    let out = reaches.get(decl.file);
    if (!out) reaches.set(decl.file, (out = new Set()));
    for (const node of childNodes(decl.type)) {
      const target = node.kind === 'ref' ? ir.declarations.get(node.target)?.file : undefined;
      if (target !== undefined && target !== decl.file) out.add(target);
    }
  }
  return digestsOverClosures(new Map(ir.files.map((f) => [f.path, f.digest])), (path) => reaches.get(path) ?? []);
}

/** The SHA-256 of a file's text (what `SchemaFile.digest` holds). */
export const textDigest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Per file, one digest over the digests of the files `next` leads to from it, transitively (itself included). */
export function digestsOverClosures(digests: ReadonlyMap<string, string>, next: (path: string) => Iterable<string>): ReadonlyMap<string, string> {
  const result = new Map<string, string>();
  for (const path of digests.keys()) {
    const closure = new Set([path]);
    const queue = [path];
    for (let i = 0; i < queue.length; i++) {
      for (const step of next(queue[i] ?? '')) {
        if (closure.has(step)) continue;
        closure.add(step);
        queue.push(step);
      }
    }
    const hash = createHash('sha256');
    for (const p of [...closure].sort()) hash.update(`${p}\0${digests.get(p) ?? ''}\0`);
    result.set(path, hash.digest('hex'));
  }
  return result;
}

/**
 * Reuse of one target's per-file work across runs. `reuse(file, extra, compute)` returns what
 * `compute` returned the last time for the same file closure, target settings, connspec build and
 * `extra` (anything else global the unit reads), else computes it. Values must be plain JSON data.
 */
export interface UnitCache {
  reuse<T>(file: string, extra: string, compute: () => T): T;
  /** The value kept for this unit by an earlier run (now kept for the next one too), if any. */
  known<T>(file: string, extra: string): T | undefined;
  /** Keeps a value for this unit for the next run. */
  keep(file: string, extra: string, value: unknown): void;
}

/** How many units a target reused from earlier runs and how many it computed. */
export interface UnitStats {
  readonly reused: number;
  readonly computed: number;
}

/** Always computes: runs without a cache folder (validate, the library without `cacheDir`). */
export const NO_UNIT_CACHE: UnitCache = { reuse: (_file, _extra, compute) => compute(), known: () => undefined, keep: () => undefined };

/**
 * One target's unit results for one config, kept as one pack file: read whole when the run starts,
 * written back after a successful run with exactly the entries that run used (so it never grows
 * beyond the current catalogue). Entries stay JSON text until a unit asks for one, which keeps a run
 * over thousands of connections from holding every unit's result as objects.
 */
export class PackUnitCache implements UnitCache {
  private readonly before: Readonly<Record<string, unknown>>;
  private readonly used = new Map<string, string>();
  private reused = 0;
  private computed = 0;

  constructor(private readonly store: CacheStore, private readonly name: string, private readonly prefix: string, private readonly digests: ReadonlyMap<string, string>) {
    const pack = store.read(name);
    this.before = pack !== null && typeof pack === 'object' && !Array.isArray(pack) ? (pack as Record<string, unknown>) : {};
  }

  reuse<T>(file: string, extra: string, compute: () => T): T {
    const known = this.known<T>(file, extra);
    if (known !== undefined) return known;
    // A fresh result goes through JSON as a reused one did, so both runs hand the generator the same data.
    return JSON.parse(this.keepText(file, extra, compute())) as T;
  }

  known<T>(file: string, extra: string): T | undefined {
    const key = this.key(file, extra);
    const text = this.before[key];
    if (typeof text !== 'string') return undefined;
    this.reused++;
    this.used.set(key, text);
    return JSON.parse(text) as T;
  }

  keep(file: string, extra: string, value: unknown): void {
    this.keepText(file, extra, value);
  }

  stats(): UnitStats {
    return { reused: this.reused, computed: this.computed };
  }

  /** Writes the pack (after the run succeeded: a failed run's results are not kept). */
  save(): void {
    if (this.used.size === 0 && Object.keys(this.before).length === 0) return;
    this.store.write(this.name, Object.fromEntries([...this.used].sort(([a], [b]) => (a < b ? -1 : 1))));
  }

  private keepText(file: string, extra: string, value: unknown): string {
    const text = JSON.stringify(value) ?? 'null';
    this.computed++;
    this.used.set(this.key(file, extra), text);
    return text;
  }

  /** Work that depends on no schema file (a verdict on a pattern's text) passes `file` ''. */
  private key(file: string, extra: string): string {
    return createHash('sha256').update(`${this.prefix}\0${file}\0${file === '' ? '' : (this.digests.get(file) ?? 'unknown')}\0${extra}`).digest('hex');
  }
}

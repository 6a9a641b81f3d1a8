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
  const digestOf = new Map(ir.files.map((f) => [f.path, f.digest]));
  const result = new Map<string, string>();
  for (const file of ir.files) {
    const closure = new Set([file.path]);
    const queue = [file.path];
    for (let i = 0; i < queue.length; i++) {
      for (const next of reaches.get(queue[i] ?? '') ?? []) {
        if (closure.has(next)) continue;
        closure.add(next);
        queue.push(next);
      }
    }
    const hash = createHash('sha256');
    for (const path of [...closure].sort()) hash.update(`${path}\0${digestOf.get(path) ?? ''}\0`);
    result.set(file.path, hash.digest('hex'));
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
}

/** How many units a target reused from earlier runs and how many it computed. */
export interface UnitStats {
  readonly reused: number;
  readonly computed: number;
}

/** Always computes: runs without a cache folder (validate, the library without `cacheDir`). */
export const NO_UNIT_CACHE: UnitCache = { reuse: (_file, _extra, compute) => compute() };

/**
 * One target's unit results for one config, kept as one pack file: read whole when the run starts,
 * written back after a successful run with exactly the entries that run used (so it never grows
 * beyond the current catalogue).
 */
export class PackUnitCache implements UnitCache {
  private readonly before: Readonly<Record<string, unknown>>;
  private readonly used = new Map<string, unknown>();

  constructor(private readonly store: CacheStore, private readonly name: string, private readonly prefix: string, private readonly digests: ReadonlyMap<string, string>) {
    const pack = store.read(name);
    this.before = pack !== null && typeof pack === 'object' && !Array.isArray(pack) ? (pack as Record<string, unknown>) : {};
  }

  private reused = 0;
  private computed = 0;

  reuse<T>(file: string, extra: string, compute: () => T): T {
    const key = createHash('sha256').update(`${this.prefix}\0${file}\0${this.digests.get(file) ?? 'unknown'}\0${extra}`).digest('hex');
    const hit = Object.hasOwn(this.before, key);
    if (hit) this.reused++;
    else this.computed++;
    // A fresh result goes through JSON as a reused one did, so both runs hand the generator the same data.
    const value = hit ? (this.before[key] as T) : (JSON.parse(JSON.stringify(compute())) as T);
    this.used.set(key, value);
    return value;
  }

  stats(): UnitStats {
    return { reused: this.reused, computed: this.computed };
  }

  /** Writes the pack (after the run succeeded: a failed run's results are not kept). */
  save(): void {
    if (this.used.size === 0 && Object.keys(this.before).length === 0) return;
    this.store.write(this.name, Object.fromEntries([...this.used].sort(([a], [b]) => (a < b ? -1 : 1))));
  }
}

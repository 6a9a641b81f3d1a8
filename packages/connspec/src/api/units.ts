import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildIdentity, CacheStore, closureDigests, PackUnitCache, type ConnspecConfig, type IR, type UnitCache } from '../core/index.js';
import { cacheSlot } from './replay.js';

/**
 * The unit caches of one run (incremental regeneration): the analysis's (strict verdicts, value
 * checks, ReDoS verdicts) and each chosen target's, one pack each in the config's cache slot, saved
 * together once the run has succeeded.
 */
export class RunUnits {
  private readonly store: CacheStore | undefined;
  private analysis: PackUnitCache | undefined;
  private readonly targets = new Map<string, PackUnitCache>();

  constructor(private readonly config: ConnspecConfig, private readonly chosen: readonly string[], cacheDir: string | undefined) {
    this.store = cacheDir === undefined ? undefined : new CacheStore(join(cacheDir, 'units', cacheSlot(config, chosen)));
  }

  /** For `analyse`: given the files' closure digests, the analysis's unit cache (none without a cache folder). */
  readonly forAnalysis = (digests: ReadonlyMap<string, string>): UnitCache | undefined => {
    if (!this.store) return undefined;
    const { configText: _text, ...settings } = this.config;
    this.analysis = new PackUnitCache(this.store, 'analysis', `${buildIdentity()}\0${JSON.stringify(settings)}`, digests);
    return this.analysis;
  };

  /** Each chosen target's unit cache over the IR's file closures, keyed by the catalogue's names and every target's settings. */
  forTargets(ir: IR, targetSettings: object): ReadonlyMap<string, PackUnitCache> {
    if (!this.store) return this.targets;
    const digests = closureDigests(ir);
    // Names are given across the whole catalogue (a collision anywhere may qualify one): any change of a
    // name makes every unit new; an edit that renames nothing (a description, a constraint) keeps them.
    const names = createHash('sha256');
    for (const [id, decl] of ir.declarations) names.update(`${id}\0${decl.name}\0`);
    const prefix = `${buildIdentity()}\0${this.config.recursionDepth}\0${JSON.stringify(targetSettings)}\0${names.digest('hex')}`;
    for (const target of this.chosen) this.targets.set(target, new PackUnitCache(this.store, target, `${prefix}\0${target}`, digests));
    return this.targets;
  }

  /** Keeps every unit this run used for the next one (call once the run has succeeded). */
  save(): void {
    if (!this.store) return;
    this.analysis?.save();
    this.targets.forEach((u) => u.save());
    pruneSlots(dirname(this.store.dir), this.store.dir);
  }
}

/** At most this many configs (slots) keep units; the least recently saved go first. */
const MAX_SLOTS = 64;

/** Removes the oldest slot folders beyond MAX_SLOTS (never `keep`); a cache that cannot be pruned only costs disk. */
function pruneSlots(root: string, keep: string): void {
  try {
    const slots = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(root, e.name));
    if (slots.length <= MAX_SLOTS) return;
    const byAge = slots.filter((d) => d !== keep).map((d) => ({ d, t: statSync(d).mtimeMs })).sort((a, b) => a.t - b.t || (a.d < b.d ? -1 : 1));
    for (const { d } of byAge.slice(0, slots.length - MAX_SLOTS)) rmSync(d, { recursive: true, force: true });
  } catch {
    // Another run pruning at the same time, or a read-only cache: nothing is lost but disk.
  }
}

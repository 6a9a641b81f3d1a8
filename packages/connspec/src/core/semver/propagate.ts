/**
 * Propagation: findings are made per connection (a shared schema's change is found once per
 * connection that reaches it, with the reference path), then merged so each change is listed
 * once with every connection it affects.
 */
import type { Origin } from '../ir/types.js';
import type { RawFinding } from './compare.js';
import { classOf } from './profiles.js';
import type { Change, Location, SemverSettings } from './types.js';

const location = (o: Origin | undefined): Location | undefined => (o ? { file: o.file, pointer: o.pointer, line: o.line } : undefined);
const at = (l: Location | undefined): string => (l ? `${l.file}#${l.pointer}` : '-');

export function changeKey(c: Pick<Change, 'rule' | 'old' | 'new' | 'message'>): string {
  return `${c.rule}|${at(c.old)}|${at(c.new)}|${c.message}`;
}

/** One connection's findings, each change once (the first reference path found wins). */
export function connectionChanges(raw: readonly RawFinding[], settings: SemverSettings, path: string): Change[] {
  const out = new Map<string, Change>();
  for (const f of raw) {
    const o = location(f.old);
    const n = location(f.new);
    const change: Change = {
      rule: f.rule.id,
      class: classOf(f.rule, settings),
      sentence: f.rule.sentence,
      message: f.hit.message,
      ...(o ? { old: o } : {}),
      ...(n ? { new: n } : {}),
      ...(f.hit.hint ? { hint: f.hit.hint } : {}),
      ...(f.hit.warning ? { warning: f.hit.warning } : {}),
      connections: [{ path, via: f.via }],
    };
    const key = changeKey(change);
    if (!out.has(key)) out.set(key, change);
  }
  return [...out.values()];
}

/** Merges per-connection changes: one entry per change, listing every connection with its path. */
export function mergeChanges(perConnection: readonly (readonly Change[])[]): { changes: Change[]; indexOf: (c: Change) => number } {
  const byKey = new Map<string, Change>();
  for (const list of perConnection) {
    for (const c of list) {
      const key = changeKey(c);
      const seen = byKey.get(key);
      byKey.set(key, seen ? { ...seen, connections: [...seen.connections, ...c.connections] } : c);
    }
  }
  const changes = [...byKey.values()].sort(byPlace);
  const index = new Map(changes.map((c, i) => [changeKey(c), i]));
  return { changes, indexOf: (c) => index.get(changeKey(c)) ?? -1 };
}

function byPlace(a: Change, b: Change): number {
  const pa = at(a.new ?? a.old);
  const pb = at(b.new ?? b.old);
  return pa < pb ? -1 : pa > pb ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

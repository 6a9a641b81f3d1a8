/**
 * The version gate: every connection whose resolved form changed must declare at least the
 * required bump in `schemaVersion` (below 1.0.0, minor plays the role of major). Decreases and
 * strings that are not semantic versions fail whatever changed.
 */
import { rank } from './profiles.js';
import type { Bump, Change, ConnectionReport, SemverReport } from './types.js';
import { bumpRank, declaredBump, effectiveRequired, nextVersion, parseSemver, type Declared } from './version.js';

export interface GateEntry {
  readonly path: string;
  readonly ok: boolean;
  /** One line: what changed, required vs declared. */
  readonly line: string;
  readonly required?: Bump;
  /** `required` after the 0.x rule. */
  readonly effective?: Bump;
  readonly declared?: Declared;
  readonly oldVersion?: string;
  readonly newVersion?: string;
  /** The minimal version that passes, when one can be computed (for --auto-bump). */
  readonly suggested?: string;
}

export interface GateResult {
  readonly ok: boolean;
  /** Every connection that changed or whose version is wrong, sorted by path. */
  readonly entries: readonly GateEntry[];
}

/** The most important change of a connection and how many more there are. */
export function summarise(report: SemverReport, c: ConnectionReport): string {
  const list = c.changes.map((i) => report.changes[i]).filter((x): x is Change => x !== undefined);
  const top = [...list].sort((a, b) => rank(b.class) - rank(a.class))[0];
  if (!top) return 'no change';
  // The more specific side: a removal is best shown where it was, an addition where it is.
  const where = (top.old?.pointer.length ?? -1) > (top.new?.pointer.length ?? -1) ? top.old : (top.new ?? top.old);
  const more = list.length > 1 ? ` (+${list.length - 1} more)` : '';
  return `${top.rule}${where ? ` at ${where.file === c.path ? '' : where.file}#${where.pointer}` : ''}: ${top.message}${more}`;
}

function judge(report: SemverReport, c: ConnectionReport, keyword: string): GateEntry | undefined {
  const base = { path: c.path, ...(c.oldVersion ? { oldVersion: c.oldVersion } : {}), ...(c.newVersion ? { newVersion: c.newVersion } : {}) };
  const fail = (line: string, extra: Partial<GateEntry> = {}): GateEntry => ({ ...base, ok: false, line: `${c.path}: ${line}`, ...extra });
  if (c.status === 'removed') return undefined;
  const after = parseSemver(c.newVersion);
  const before = parseSemver(c.oldVersion);
  const suggested = before ? { suggested: nextVersion(before, c.required ?? 'patch') } : {};
  if (c.newVersion === undefined) return c.status === 'unchanged' && !before ? undefined : fail(`${c.status === 'added' ? 'new connection' : summarise(report, c)}; declares no ${keyword}`, suggested);
  if (!after) return fail(`${keyword} "${c.newVersion}" is not a semantic version (MAJOR.MINOR.PATCH)`, suggested);
  if (c.status === 'added' || !before) return c.status === 'unchanged' ? undefined : { ...base, ok: true, line: `${c.path}: ${c.status === 'added' ? 'new connection' : 'no earlier version'} at ${c.newVersion}` };
  const declared = declaredBump(before, after);
  const required = c.required;
  if (declared === 'decrease') return fail(`${keyword} decreased ${c.oldVersion} → ${c.newVersion}`, { declared, ...suggested, ...(required ? { required } : {}) });
  if (!required) return declared === 'none' ? undefined : { ...base, ok: true, declared, line: `${c.path}: no change, version ${c.oldVersion} → ${c.newVersion}` };
  const effective = effectiveRequired(required, before);
  const zero = effective !== required ? ` (${required} below 1.0.0)` : '';
  const line = `${summarise(report, c)}; requires ${effective}${zero}, declared ${declared === 'none' ? 'none' : declared} (${c.oldVersion} → ${c.newVersion})`;
  const ok = bumpRank(declared) >= rank(effective);
  return { ...base, ok, line: `${c.path}: ${line}`, required, effective, declared, ...(ok ? {} : { suggested: nextVersion(before, required) }) };
}

/** `keyword`: the config's version keyword (`connections.version.keyword`). */
export function evaluateGate(report: SemverReport, keyword = 'schemaVersion'): GateResult {
  const entries = report.connections.map((c) => judge(report, c, keyword)).filter((e): e is GateEntry => e !== undefined);
  return { ok: entries.every((e) => e.ok), entries };
}

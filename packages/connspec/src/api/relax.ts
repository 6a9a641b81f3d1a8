import type { ConnspecConfig, Diagnostic } from '../core/index.js';
import type { ToolOptions } from './config.js';
import { check } from './check.js';

/** A rule `init` set to `warning`, and why: how often the tree breaks it, and the first place. */
export interface Relaxed {
  readonly rule: string;
  readonly count: number;
  readonly reason: string;
}

/** Problems no severity can wave through: the tree cannot be read or analysed as written, or nothing would be generated. */
const NEVER_RELAXED = new Set(['json-syntax', 'empty-file', 'ref-unresolvable', 'ref-escapes-root', 'ref-remote', 'duplicate-id', 'no-connections', 'version-keyword']);
/** Relaxing analysis errors lets generation run and show its own; a few rounds reach the fixed point. */
const ROUNDS = 4;

const place = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} #${d.pointer}`;

/**
 * The rules a tree breaks, found by runs of `check` (what validate and generate run), each set to
 * `warning` in turn until a run has no error left that a severity may relax.
 */
export async function relaxRules(load: () => ConnspecConfig, options: ToolOptions = {}): Promise<Relaxed[]> {
  const found = new Map<string, Diagnostic[]>();
  for (let round = 0; round < ROUNDS; round++) {
    const base = load();
    const rules = { ...base.rules, ...Object.fromEntries([...found.keys()].map((r) => [r, 'warning' as const])) };
    const result = await check({ ...base, rules }, options);
    const errors = result.diagnostics.filter((d) => d.severity === 'error' && !NEVER_RELAXED.has(d.rule) && !found.has(d.rule));
    if (errors.length === 0) break;
    for (const d of errors) found.set(d.rule, [...(found.get(d.rule) ?? []), d]);
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, list]) => {
    const first = list[0] as Diagnostic;
    return { rule, count: list.length, reason: `${list.length} finding(s); first at ${place(first)}: ${first.message}` };
  });
}

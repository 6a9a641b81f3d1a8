// The bench's arithmetic, pure: summaries of repeated samples, ratios, goal verdicts and the
// fixed-width / markdown tables they are printed in. No I/O here (test/bench/stats.test.ts).

/** One measured run (or a sequence of runs taken as one: CPU and wall summed, peak the largest). */
export interface Sample {
  readonly cpu: number;
  readonly wall: number;
  readonly peakMiB: number;
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface Summary {
  readonly cpu: Spread;
  readonly wall: Spread;
  readonly peakMiB: Spread;
  readonly runs: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), min: xs.length ? Math.min(...xs) : Number.NaN, max: xs.length ? Math.max(...xs) : Number.NaN };
}

export function summarize(samples: readonly Sample[]): Summary {
  return { cpu: spread(samples.map((s) => s.cpu)), wall: spread(samples.map((s) => s.wall)), peakMiB: spread(samples.map((s) => s.peakMiB)), runs: samples.length };
}

/** Several processes run one after the other, as one side: CPU and wall add up, peak is the largest. */
export function sequence(parts: readonly Sample[]): Sample {
  return { cpu: sum(parts.map((p) => p.cpu)), wall: sum(parts.map((p) => p.wall)), peakMiB: Math.max(0, ...parts.map((p) => p.peakMiB)) };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** How many times less the second costs than the first (peer ÷ connspec): > 1 means connspec is cheaper. */
export function ratio(peer: number, connspec: number): number {
  return connspec > 0 ? peer / connspec : Number.POSITIVE_INFINITY;
}

export type Comparison = 'atLeast' | 'atMost';

/** A goal: a figure held against a threshold, PASS when on the right side of it (inclusive). */
export interface Goal {
  readonly name: string;
  readonly value: number;
  readonly threshold: number;
  readonly compare: Comparison;
  /** How the figure and threshold print, e.g. `(x) => x.toFixed(2) + '×'`. */
  readonly unit: (x: number) => string;
}

export function passes(goal: Goal): boolean {
  if (Number.isNaN(goal.value)) return false;
  return goal.compare === 'atLeast' ? goal.value >= goal.threshold : goal.value <= goal.threshold;
}

export function goalLine(goal: Goal): string {
  const sign = goal.compare === 'atLeast' ? '≥' : '≤';
  return `${passes(goal) ? 'PASS' : 'FAIL'}  ${goal.name}: ${goal.unit(goal.value)} (goal ${sign} ${goal.unit(goal.threshold)})`;
}

/** Linearity of the scale series: CPU per connection at the larger size ÷ at the smaller one. */
export function growth(perSmall: number, perLarge: number): number {
  return perSmall > 0 ? perLarge / perSmall : Number.POSITIVE_INFINITY;
}

export const times = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '∞');
export const seconds = (x: number): string => x.toFixed(2);
export const mib = (x: number): string => x.toFixed(0);

/** "median (min–max)", the way every timing cell prints. */
export function cell(s: Spread, digits = 2): string {
  return s.min === s.max ? s.median.toFixed(digits) : `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

/** A markdown table; the same text reads as a fixed-width table on a terminal when padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

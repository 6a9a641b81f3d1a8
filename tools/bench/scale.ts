// The scale series: `connspec generate` (all targets, one process, fresh output folder) on seeded
// synthetic trees of growing size (tools/bench/synth.ts), CPU and peak per connection. One size
// at a time (each size is its own comparison: its trash is emptied before the next), each after a
// warm-up run (a new tree's first run is slower) except the largest, whose warm-up would take
// minutes: there the median of the runs absorbs a slow first one.
import { join } from 'node:path';
import { interleave, type Trash } from './measure.js';
import { connspecSide } from './om.js';
import { summarize, type Summary } from './stats.js';
import { writeSynthetic } from './synth.js';

/** Sizes from here on get no warm-up run. */
const WARMUP_BELOW = 3000;

export interface ScalePoint {
  readonly connections: number;
  readonly files: number;
  readonly summary: Summary;
  /** Median CPU milliseconds per connection. */
  readonly cpuMsPer: number;
  /** Median peak RSS per connection, MiB (peak ÷ connections). */
  readonly peakMiBPer: number;
}

export function runScale(sizes: readonly number[], runs: number, ctx: { work: string; trash: Trash; log: (line: string) => void }): ScalePoint[] {
  return sizes.map((connections) => {
    const tree = join(ctx.work, `scale-${connections}`);
    const files = writeSynthetic(tree, connections);
    ctx.log(`scale: ${connections} connections (${files} schema files)`);
    const [measured] = interleave([connspecSide(`generate, ${connections} connections`, tree)], runs, { ...ctx, scratch: join(ctx.work, 'scratch'), warmup: connections < WARMUP_BELOW });
    const summary = summarize(measured?.samples ?? []);
    return { connections, files, summary, cpuMsPer: (summary.cpu.median * 1000) / connections, peakMiBPer: summary.peakMiB.median / connections };
  });
}

// Runs whole processes under tools/bench/rusage.py and keeps each run's output folder fresh.
//
// Machine fact behind the trash: on ext4 mounted with `discard`, deleting thousands of files just
// before a run inflates that run's system time by seconds. So a run's old output is renamed into a
// trash folder (cheap), and the trash is deleted only between comparisons, then `sync` and a pause.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sequence, type Sample } from './stats.js';

const RUSAGE = fileURLToPath(new URL('./rusage.py', import.meta.url));

/** One process: argv[0] is the program. `fresh` folders are moved to the trash before it runs. */
export interface Step {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly fresh?: readonly string[];
}

export interface Outcome extends Sample {
  readonly stdout: string;
  readonly stderr: string;
}

/** A side of a comparison: one or more steps run in sequence, measured as one. */
export interface Side {
  readonly name: string;
  readonly steps: readonly Step[];
}

export class Trash {
  private count = 0;
  constructor(private readonly dir: string) {}

  /** Moves `path` (if present) out of the way, into the trash. */
  discard(path: string): void {
    if (!existsSync(path)) return;
    mkdirSync(this.dir, { recursive: true });
    renameSync(path, join(this.dir, String(this.count++)));
  }

  /** Deletes the trash, then lets the file system settle: call between comparisons only. */
  empty(pauseMs = 3000): void {
    rmSync(this.dir, { recursive: true, force: true });
    execFileSync('sync');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs);
  }
}

/** Runs one step under the rusage wrapper; throws with the step's stderr when it fails. */
export function runStep(step: Step, trash: Trash, scratch: string): Outcome {
  for (const dir of step.fresh ?? []) trash.discard(dir);
  mkdirSync(scratch, { recursive: true });
  const out = join(scratch, 'stdout.txt');
  const err = join(scratch, 'stderr.txt');
  const r = spawnSync('python3', [RUSAGE, out, err, ...step.argv], { cwd: step.cwd, env: { ...process.env, ...step.env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`rusage.py failed (${r.status}): ${r.stderr}`);
  const m = JSON.parse(r.stdout) as { status: number; user: number; sys: number; wall: number; peakKiB: number };
  const stdout = readFileSync(out, 'utf8');
  const stderr = readFileSync(err, 'utf8');
  if (m.status !== 0) throw new Error(`${step.argv.join(' ')} (in ${step.cwd}) exited ${m.status}:\n${stderr.slice(-3000)}`);
  return { cpu: m.user + m.sys, wall: m.wall, peakMiB: m.peakKiB / 1024, stdout, stderr };
}

/** Runs a side's steps in order; the sample sums them, and each step's outcome is kept. */
export function runSide(side: Side, trash: Trash, scratch: string): { sample: Sample; outcomes: Outcome[] } {
  const outcomes = side.steps.map((s) => runStep(s, trash, scratch));
  return { sample: sequence(outcomes), outcomes };
}

export interface Measured {
  readonly samples: Sample[];
  /** Each step's outcome of the last run: what the side produced and printed. */
  readonly last: Outcome[];
}

/** The one step of a one-step side, as its last run left it. */
export function lastOf(m: Measured): Outcome {
  const last = m.last[0];
  if (!last) throw new Error('no run recorded');
  return last;
}

/**
 * Interleaved runs (A B C A B C ...): a warm-up round that is not counted, then `runs` rounds;
 * the trash is emptied afterwards. `log` hears one line per run.
 */
export function interleave(sides: readonly Side[], runs: number, ctx: { trash: Trash; scratch: string; warmup: boolean; log: (line: string) => void }): Measured[] {
  const results = sides.map((): Measured => ({ samples: [], last: [] }));
  const rounds = runs + (ctx.warmup ? 1 : 0);
  for (let round = 0; round < rounds; round++) {
    const counted = !ctx.warmup || round > 0;
    sides.forEach((side, i) => {
      const { sample, outcomes } = runSide(side, ctx.trash, ctx.scratch);
      const r = results[i] as Measured;
      if (counted) r.samples.push(sample);
      r.last.splice(0, r.last.length, ...outcomes);
      ctx.log(`  ${counted ? `run ${ctx.warmup ? round : round + 1}` : 'warm-up'}  ${side.name}: ${sample.cpu.toFixed(2)} CPU-s, ${sample.wall.toFixed(2)} s, ${sample.peakMiB.toFixed(0)} MiB`);
    });
  }
  ctx.trash.empty();
  return results;
}

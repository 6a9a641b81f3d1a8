// Issue 12's goals, as verdicts over the bench's medians. Pure (test/bench/goals.test.ts).
import { growth, ratio, times, type Goal, type Summary } from './stats.js';

/** A figure per connection from the scale series. */
export interface ScaleFigure {
  readonly connections: number;
  readonly cpuMsPer: number;
  readonly peakMiBPer: number;
}

export interface Results {
  /** connspec side and peer side of each OM comparison (medians of interleaved runs). */
  readonly om?: {
    readonly all: Summary;
    readonly peers: Summary;
    readonly pairs: readonly { readonly target: string; readonly peer: string; readonly connspec: Summary; readonly other: Summary }[];
  };
  readonly diff?: Summary;
  readonly nx?: {
    readonly oneProcess: Summary;
    readonly cold: Summary;
    readonly edit: Summary;
    /** The smallest share of tasks a no-change re-run read from the cache (1 = all). */
    readonly minHitShare: number;
    readonly differing: number;
  };
  readonly scale?: readonly ScaleFigure[];
}

export const THRESHOLDS = {
  allVsPeers: 10,
  perTarget: 3,
  nxCold: 1.3,
  nxEdit: 0.1,
  cpuMsPerConnection: 10,
  peakMiBPerConnection: 0.25,
  /** Per-connection CPU at the largest size ÷ at the next one down: above this, growth is not linear. */
  linearity: 1.15,
  diffCpu: 1,
} as const;

const ms = (x: number): string => `${x.toFixed(1)} ms`;
const mibPer = (x: number): string => `${x.toFixed(3)} MiB`;
const share = (x: number): string => `${(x * 100).toFixed(0)}%`;
const cpu = (x: number): string => `${x.toFixed(2)} CPU-s`;
const count = (x: number): string => `${x} file(s)`;

function omGoals(om: NonNullable<Results['om']>): Goal[] {
  return [
    { name: 'all 7 targets: CPU of the 4 peers combined ÷ connspec', value: ratio(om.peers.cpu.median, om.all.cpu.median), threshold: THRESHOLDS.allVsPeers, compare: 'atLeast', unit: times },
    ...om.pairs.map(
      (p): Goal => ({ name: `${p.target}: CPU of ${p.peer} ÷ connspec --target ${p.target}`, value: ratio(p.other.cpu.median, p.connspec.cpu.median), threshold: THRESHOLDS.perTarget, compare: 'atLeast', unit: times }),
    ),
  ];
}

function nxGoals(nx: NonNullable<Results['nx']>): Goal[] {
  return [
    { name: 'Nx cold run-many -t generate: CPU ÷ one connspec generate', value: nx.cold.cpu.median / nx.oneProcess.cpu.median, threshold: THRESHOLDS.nxCold, compare: 'atMost', unit: times },
    { name: 'Nx no-change re-run: tasks read from the cache (worst run)', value: nx.minHitShare, threshold: 1, compare: 'atLeast', unit: share },
    { name: 'Nx one edited description: CPU ÷ cold', value: nx.edit.cpu.median / nx.cold.cpu.median, threshold: THRESHOLDS.nxEdit, compare: 'atMost', unit: share },
    { name: 'Nx one edit: output files differing from a cold run of the edited tree', value: nx.differing, threshold: 0, compare: 'atMost', unit: count },
  ];
}

function scaleGoals(scale: readonly ScaleFigure[]): Goal[] {
  const sorted = [...scale].sort((a, b) => a.connections - b.connections);
  const top = sorted.at(-1);
  const below = sorted.at(-2);
  if (!top) return [];
  const goals: Goal[] = [
    { name: `scale ${top.connections}: CPU per connection`, value: top.cpuMsPer, threshold: THRESHOLDS.cpuMsPerConnection, compare: 'atMost', unit: ms },
    { name: `scale ${top.connections}: peak RSS per connection`, value: top.peakMiBPer, threshold: THRESHOLDS.peakMiBPerConnection, compare: 'atMost', unit: mibPer },
  ];
  if (below) {
    const name = `scale linearity: CPU per connection at ${top.connections} ÷ at ${below.connections}`;
    goals.push({ name, value: growth(below.cpuMsPer, top.cpuMsPer), threshold: THRESHOLDS.linearity, compare: 'atMost', unit: times });
  }
  return goals;
}

/** Every goal the measured sections allow, in issue 12's order. */
export function goals(r: Results): Goal[] {
  return [
    ...(r.om ? omGoals(r.om) : []),
    ...(r.nx ? nxGoals(r.nx) : []),
    ...(r.scale ? scaleGoals(r.scale) : []),
    ...(r.diff ? [{ name: 'connspec diff OM 1.2.0 → 1.4.0: CPU', value: r.diff.cpu.median, threshold: THRESHOLDS.diffCpu, compare: 'atMost' as const, unit: cpu }] : []),
  ];
}

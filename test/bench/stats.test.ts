import { describe, expect, it } from 'vitest';
import { goals, THRESHOLDS, type Results } from '../../tools/bench/goals.js';
import { cacheHits } from '../../tools/bench/nx.js';
import { cell, goalLine, growth, median, passes, ratio, sequence, summarize, table, times, type Goal, type Summary } from '../../tools/bench/stats.js';

describe('bench statistics', () => {
  it.each([
    [[], Number.NaN],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[2, 2, 9, 2], 2],
  ])('median of %j is %d', (xs, expected) => {
    expect(median(xs)).toBe(expected);
  });

  it('summarizes CPU, wall and peak separately, with min and max', () => {
    const s = summarize([
      { cpu: 3, wall: 4, peakMiB: 100 },
      { cpu: 1, wall: 6, peakMiB: 300 },
      { cpu: 2, wall: 5, peakMiB: 200 },
    ]);
    expect(s).toEqual({ cpu: { median: 2, min: 1, max: 3 }, wall: { median: 5, min: 4, max: 6 }, peakMiB: { median: 200, min: 100, max: 300 }, runs: 3 });
  });

  it('takes processes run in sequence as one side: CPU and wall add up, peak is the largest', () => {
    expect(sequence([{ cpu: 1, wall: 2, peakMiB: 50 }, { cpu: 3, wall: 4, peakMiB: 80 }, { cpu: 0.5, wall: 1, peakMiB: 10 }])).toEqual({ cpu: 4.5, wall: 7, peakMiB: 80 });
  });

  it.each([
    [10, 1, 10],
    [3, 6, 0.5],
    [1, 0, Number.POSITIVE_INFINITY],
  ])('ratio(peer %d, connspec %d) = %d', (peer, connspec, expected) => {
    expect(ratio(peer, connspec)).toBe(expected);
  });

  it.each([
    [10, 11, 1.1],
    [0, 5, Number.POSITIVE_INFINITY],
  ])('growth from %d to %d ms per connection is %d', (small, large, expected) => {
    expect(growth(small, large)).toBeCloseTo(expected);
  });

  const goal = (value: number, threshold: number, compare: Goal['compare']): Goal => ({ name: 'g', value, threshold, compare, unit: times });
  it.each([
    [goal(10, 10, 'atLeast'), true],
    [goal(9.99, 10, 'atLeast'), false],
    [goal(1.3, 1.3, 'atMost'), true],
    [goal(1.31, 1.3, 'atMost'), false],
    [goal(Number.NaN, 1, 'atMost'), false],
  ])('verdict of %o is %s', (g, pass) => {
    expect(passes(g)).toBe(pass);
    expect(goalLine(g)).toMatch(pass ? /^PASS/ : /^FAIL/);
  });

  it('prints a cell as the median, with min–max when the runs differ', () => {
    expect(cell({ median: 2, min: 2, max: 2 })).toBe('2.00');
    expect(cell({ median: 2, min: 1.5, max: 3 }, 1)).toBe('2.0 (1.5–3.0)');
  });

  it('pads a markdown table to its widest cell', () => {
    expect(table(['a', 'bb'], [['ccc', 'd']])).toBe('| a   | bb |\n|-----|----|\n| ccc | d  |');
  });
});

const cpu = (median: number): Summary => summarize([{ cpu: median, wall: median, peakMiB: 100 }]);

describe('bench goals', () => {
  const results: Results = {
    om: {
      all: cpu(1),
      peers: cpu(12),
      pairs: [
        { target: 'python', peer: 'datamodel-codegen', connspec: cpu(1), other: cpu(3) },
        { target: 'java', peer: 'jsonschema2pojo', connspec: cpu(2), other: cpu(3) },
      ],
    },
    nx: { oneProcess: cpu(4), cold: cpu(5), edit: cpu(0.4), minHitShare: 1, differing: 0 },
    scale: [
      { connections: 1000, cpuMsPer: 8, peakMiBPer: 0.3 },
      { connections: 3000, cpuMsPer: 9, peakMiBPer: 0.1 },
    ],
    diff: cpu(1.2),
  };
  const verdicts = Object.fromEntries(goals(results).map((g) => [g.name, [Number(g.value.toFixed(3)), passes(g)]]));

  it.each([
    ['all 7 targets: CPU of the 4 peers combined ÷ connspec', 12, true],
    ['python: CPU of datamodel-codegen ÷ connspec --target python', 3, true],
    ['java: CPU of jsonschema2pojo ÷ connspec --target java', 1.5, false],
    ['Nx cold run-many -t generate: CPU ÷ one connspec generate', 1.25, true],
    ['Nx no-change re-run: tasks read from the cache (worst run)', 1, true],
    ['Nx one edited description: CPU ÷ cold', 0.08, true],
    ['Nx one edit: output files differing from a cold run of the edited tree', 0, true],
    ['scale 3000: CPU per connection', 9, true],
    ['scale 3000: peak RSS per connection', 0.1, true],
    ['scale linearity: CPU per connection at 3000 ÷ at 1000', 1.125, true],
    ['connspec diff OM 1.2.0 → 1.4.0: CPU', 1.2, false],
  ])('%s: %d, pass %s', (name, value, pass) => {
    expect(verdicts[name]).toEqual([value, pass]);
  });

  it('states every goal once, and only those its sections measured', () => {
    expect(goals(results)).toHaveLength(11);
    expect(goals({ diff: cpu(0.5) }).map((g) => [g.name, passes(g)])).toEqual([['connspec diff OM 1.2.0 → 1.4.0: CPU', true]]);
    expect(THRESHOLDS.linearity).toBe(1.15);
  });
});

describe('Nx cache hits, from run-many output', () => {
  it.each([
    ['NX   Successfully ran target generate for project x\n\nNx read the output from the cache instead of running the command for 1 out of 1 tasks.', { hits: 1, tasks: 1 }],
    ['Nx read the output from the cache instead of running the command for 2 out of 7 tasks.', { hits: 2, tasks: 7 }],
    ['NX   Successfully ran target generate for 3 projects', { hits: 0, tasks: 3 }],
    ['NX   Successfully ran target generate for project x', { hits: 0, tasks: 1 }],
  ])('%j', (stdout, expected) => {
    expect(cacheHits(stdout)).toEqual(expected);
  });
});

// `npm run bench [-- --runs N] [--scale-runs N] [--quick] [--skip om,diff,nx,scale] [--no-write]`
//
// connspec against the four tools it replaces, on OpenMetadata 1.4.0's connection closure, whole
// processes, interleaved runs after a warm-up, medians (min–max); then connspec diff 1.2.0 → 1.4.0,
// the Nx figures and the synthetic scale series; then issue 12's goals with PASS/FAIL. Writes
// tools/bench/RESULTS.md (unless sections were skipped or --no-write). Not part of `npm test`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goals, type Results } from './goals.js';
import { interleave, lastOf, Trash, type Measured } from './measure.js';
import { runNx, type NxResult } from './nx.js';
import { connspecSide, diffProduced, diffSide, generated, prepareOm, sideOutput, writeConnectionList, type OmInput } from './om.js';
import { peers, setupPeers, type Peer } from './peers.js';
import { goalsBlock, machine, mainTable, NOTES, nxTable, peersTable, scaleTable, type Row } from './report.js';
import { runScale, type ScalePoint } from './scale.js';
import { sequence, summarize } from './stats.js';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const SECTIONS = ['om', 'diff', 'nx', 'scale'] as const;

interface Options {
  readonly runs: number;
  readonly scaleRuns: number;
  readonly sizes: readonly number[];
  readonly skip: readonly string[];
  readonly write: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  // `--runs 3` or `--runs=3` (how `nx run workspace:bench -- --runs 3` passes it on).
  const value = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1));
  const runs = Number(value('--runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');
  const scaleRuns = Number(value('--scale-runs') ?? Math.min(runs, 3));
  const skip = (value('--skip') ?? '').split(',').filter(Boolean);
  const unknown = skip.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--skip: unknown section(s) ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})`);
  const flag = (name: string): boolean => argv.includes(name) || argv.includes(`${name}=true`);
  const sizes = flag('--quick') ? [100, 300, 1000] : [100, 300, 1000, 3000];
  return { runs, scaleRuns, sizes, skip, write: !flag('--no-write') && skip.length === 0 };
}

interface OmRun {
  readonly rows: Row[];
  readonly peerRows: { name: string; version: string; summary: ReturnType<typeof summarize>; how: string; produced: string }[];
  readonly connspecProduced: string;
  readonly results: Results['om'];
}

/** One interleaved comparison of 4 connspec sides and the 4 peers; the combined peer side sums each round's 4 peer runs. */
function runOm(input: OmInput, all: readonly Peer[], runs: number, ctx: { trash: Trash; scratch: string; log: (l: string) => void }): OmRun {
  const targets = [['python', 0], ['java', 1], ['typescript', 3]] as const;
  const sides = [connspecSide('connspec, all 7 targets', input.tree), ...targets.map(([t]) => connspecSide(`connspec --target ${t}`, input.tree, [t])), ...all.map((p) => ({ name: p.name, steps: [p.step] }))];
  const m = interleave(sides, runs, { ...ctx, warmup: true });
  const at = (i: number): Measured => m[i] as Measured;
  const peerRuns = all.map((_, j) => at(4 + j).samples);
  const combined = summarize((peerRuns[0] ?? []).map((_, r) => sequence(peerRuns.map((s) => s[r] ?? { cpu: 0, wall: 0, peakMiB: 0 }))));
  const allTargets = summarize(at(0).samples);
  const pairs = targets.map(([t, j], i) => ({ target: t, peer: all[j]?.name ?? '', connspec: summarize(at(1 + i).samples), other: summarize(peerRuns[j] ?? []) }));
  const rows: Row[] = [
    { what: 'all 7 targets, one process', connspec: allTargets, peerName: '4 peers in sequence', peer: combined },
    ...pairs.map((p) => ({ what: `--target ${p.target}`, connspec: p.connspec, peerName: p.peer, peer: p.other })),
  ];
  const peerRows = all.map((p, j) => ({ name: p.name, version: p.version, summary: summarize(peerRuns[j] ?? []), how: p.how, produced: p.produced(lastOf(at(4 + j))) }));
  const connspecProduced = generated(sideOutput(input.tree, []), lastOf(at(0)));
  return { rows, peerRows, connspecProduced, results: { all: allTargets, peers: combined, pairs } };
}

function nxSection(nx: NxResult, out: string[]): Results['nx'] {
  const s = { oneProcess: summarize(nx.oneProcess), cold: summarize(nx.cold), warm: summarize(nx.warm), edit: summarize(nx.edit) };
  const hits = nx.warmHits.map((h) => `${h.hits}/${h.tasks}`).join(', ');
  out.push(
    '## Nx (temporary workspace with @connspec/nx, private cache, NX_DAEMON=false)',
    '',
    nxTable(
      [
        { what: 'connspec generate, one process', summary: s.oneProcess, note: 'the baseline, interleaved with the Nx runs' },
        { what: 'nx run-many -t generate, cold', summary: s.cold, note: 'empty cache' },
        { what: 'nx run-many -t generate, no change', summary: s.warm, note: `tasks from cache per run: ${hits}` },
        { what: 'nx run-many -t generate, one edit', summary: s.edit, note: `description of ${nx.editedFile} changed` },
      ],
      s.oneProcess,
    ),
    '',
    `Tasks in a run-many (from the no-change runs' cache line): ${nx.warmHits[0]?.tasks ?? '?'}. After the last edit: ${nx.differing.length} of ${nx.outputFiles} output files differ from a cold \`connspec generate\` of the edited tree${nx.differing.length ? `: ${nx.differing.slice(0, 10).join(', ')}` : ''}.`,
    '',
  );
  return { oneProcess: s.oneProcess, cold: s.cold, edit: s.edit, minHitShare: Math.min(...nx.warmHits.map((h) => (h.tasks ? h.hits / h.tasks : 0))), differing: nx.differing.length };
}

function scaleSection(points: readonly ScalePoint[], out: string[]): Results['scale'] {
  out.push('## Scale series (synthetic, seeded: tools/bench/synth.ts; all 7 targets, one process)', '', scaleTable(points), '');
  return points.map((p) => ({ connections: p.connections, cpuMsPer: p.cpuMsPer, peakMiBPer: p.peakMiBPer }));
}

async function main(argv: readonly string[]): Promise<number> {
  const opts = parseArgs(argv);
  const work = mkdtempSync(join(tmpdir(), 'connspec-bench-'));
  const trash = new Trash(join(work, 'trash'));
  const log = (line: string): void => console.log(line);
  const ctx = { work, trash, log, scratch: join(work, 'scratch') };
  const on = (s: string): boolean => !opts.skip.includes(s);
  const out: string[] = [];
  const results: { -readonly [K in keyof Results]: Results[K] } = {};
  try {
    const input = await prepareOm(work);
    input.notes.forEach((n) => log(`note: ${n}`));
    const about = `Input: the OpenMetadata 1.4.0 connection closure (as \`npm run corpus\` obtains it: fetch.sh, the closure of entity/services/connections/ and the service registries, \`connspec init\` → preset openmetadata with relaxed rules), ${input.files} schema files, ${input.connections.length} connections; every side reads the same schema/ folder.`;
    out.push(about, '');
    log(about);
    if (on('om')) {
      const all = peers({ schemaDir: input.schemaDir, connectionList: writeConnectionList(input, join(work, 'connections.json')), baseUrl: input.baseUrl, outRoot: join(work, 'peers-out') }, setupPeers());
      log(`OM 1.4.0: connspec and the 4 peers, ${opts.runs} interleaved runs after a warm-up`);
      const om = runOm(input, all, opts.runs, ctx);
      results.om = om.results;
      out.push('## OpenMetadata 1.4.0 connection closure', '', mainTable(om.rows), '', `connspec, all 7 targets (last run): ${om.connspecProduced}`, '', peersTable(om.peerRows), '');
    }
    if (on('diff')) {
      log('connspec diff 1.2.0 → 1.4.0');
      const [d] = interleave([diffSide(input)], opts.runs, { ...ctx, warmup: true });
      results.diff = summarize(d?.samples ?? []);
      out.push('## connspec diff OM 1.2.0 → 1.4.0', '', mainTable([{ what: 'connspec diff (directories)', connspec: results.diff }]), '', `Report: ${d ? diffProduced(lastOf(d)) : '—'}`, '');
    }
    if (on('nx')) {
      log(`Nx: ${opts.runs} rounds after a warm-up round`);
      results.nx = nxSection(runNx(input, opts.runs, ctx), out);
    }
    if (on('scale')) results.scale = scaleSection(runScale(opts.sizes, opts.scaleRuns, ctx), out);
    const verdicts = goals(results);
    out.push('## Goals (issue 12)', '', goalsBlock(verdicts), '', ...NOTES);
    const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
    const head = ['# Benchmark: connspec against the tools it replaces', '', `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${command}\`. ${opts.runs} interleaved runs per comparison after one warm-up (scale series: ${opts.scaleRuns} per size, no warm-up at 3,000); medians, (min–max). CPU = user + system seconds of the whole waited-for process tree; peak = largest resident set of one process in it. Whole processes, fresh output folder each run. The machine is shared: figures are noisy, ratios of interleaved medians are the comparison.`, '', ...machine(), ''];
    console.log(`\n${[...head, ...out].join('\n')}`);
    if (opts.write) writeFileSync(RESULTS, `${[...head, ...out].join('\n')}`);
    if (opts.write) log(`wrote ${RESULTS}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));

// What the bench prints and writes: the machine it ran on and its tables, as markdown (which also
// reads well on a terminal).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ScalePoint } from './scale.js';
import { cell, goalLine, ratio, table, times, type Goal, type Summary } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The first line a command prints (stdout or stderr: java and mvn differ), or `(unavailable)`. */
function firstLine(cmd: string, args: readonly string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const text = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
  return r.status === 0 && text ? (text.split('\n')[0] ?? '') : '(unavailable)';
}

export function machine(): string[] {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (packages/ modified)' : '';
  return [
    `- CPU: ${model}, ${cpus().length} cores; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- node ${process.version}; ${firstLine('python3', ['--version'])}; ${firstLine('java', ['-version'])}; ${firstLine('mvn', ['-v'])}`,
    `- connspec at commit ${commit}${dirty}, compiled CLI (packages/connspec/bin/connspec.js)`,
  ];
}

export interface Row {
  readonly what: string;
  readonly connspec: Summary;
  readonly peerName?: string;
  readonly peer?: Summary;
}

const sides = (s: Summary | undefined): string[] => (s ? [cell(s.cpu), cell(s.wall), cell(s.peakMiB, 0)] : ['—', '—', '—']);

export function mainTable(rows: readonly Row[]): string {
  const header = ['comparison', 'connspec CPU-s', 'wall s', 'peak MiB', 'peer', 'peer CPU-s', 'wall s', 'peak MiB', 'CPU ratio (peer ÷ connspec)'];
  return table(
    header,
    rows.map((r) => [r.what, ...sides(r.connspec), r.peerName ?? '—', ...sides(r.peer), r.peer ? times(ratio(r.peer.cpu.median, r.connspec.cpu.median)) : '—']),
  );
}

export function peersTable(peers: readonly { name: string; version: string; summary: Summary; how: string; produced: string }[]): string {
  return table(
    ['peer', 'version', 'CPU-s', 'wall s', 'peak MiB', 'how it ran', 'what it produced (last run)'],
    peers.map((p) => [p.name, p.version, cell(p.summary.cpu), cell(p.summary.wall), cell(p.summary.peakMiB, 0), p.how, p.produced]),
  );
}

export function nxTable(rows: readonly { what: string; summary: Summary; note: string }[], base: Summary): string {
  return table(
    ['run', 'CPU-s', 'wall s', 'peak MiB', 'CPU ÷ one process', 'note'],
    rows.map((r) => [r.what, cell(r.summary.cpu), cell(r.summary.wall), cell(r.summary.peakMiB, 0), times(r.summary.cpu.median / base.cpu.median), r.note]),
  );
}

/** Marginal: the CPU each connection added since the size before (median CPU difference ÷ connection difference). */
export function scaleTable(points: readonly ScalePoint[]): string {
  return table(
    ['connections', 'schema files', 'runs', 'CPU-s', 'wall s', 'peak MiB', 'CPU ms / connection', 'marginal CPU ms / connection', 'peak MiB / connection'],
    points.map((p, i) => {
      const prev = points[i - 1];
      const marginal = prev ? (((p.summary.cpu.median - prev.summary.cpu.median) * 1000) / (p.connections - prev.connections)).toFixed(1) : '—';
      return [String(p.connections), String(p.files), String(p.summary.runs), cell(p.summary.cpu), cell(p.summary.wall), cell(p.summary.peakMiB, 0), p.cpuMsPer.toFixed(1), marginal, p.peakMiBPer.toFixed(3)];
    }),
  );
}

export function goalsBlock(list: readonly Goal[]): string {
  return ['```', ...list.map(goalLine), '```'].join('\n');
}

/** How to read the tables: the choices behind them, said once. */
export const NOTES = [
  '## Notes',
  '',
  '- Peers combined: the four peers of the same round, run one after the other; CPU and wall add up, peak is the largest of the four.',
  "- quicktype's language is TypeScript: tools/peers/FINDINGS.md studied only datamodel-code-generator and jsonschema2pojo, and the one earlier use of quicktype was as a candidate for connspec's TypeScript target (packages/connspec/src/targets/typescript/index.ts). It renders its default TypeScript, with runtime `Convert` checks. Its `$ref`s resolve against `$id`, so its store maps OpenMetadata's base URL to the tree on disk (never the network); the addresses that matched no file are listed.",
  "- datamodel-code-generator and jsonschema2pojo take the closure folder whole (each follows the cross-file `$ref`s itself); the npm peers take the connection files, resolving their refs from disk.",
  '- A run\'s old output is renamed into a trash folder, deleted only between comparisons (then `sync` and a pause): on this ext4 with `discard`, deleting thousands of files right before a run inflates its system time.',
  '',
];

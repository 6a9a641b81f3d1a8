// Cold start of the `connspec` command: the compiled package (what npm installs) against the same
// CLI run from its TypeScript sources through tsx, with tsx's transform cache on and off, and against
// the tsx-run CLI as it was before connspec was packaged (git ref BEFORE, checked out in a temporary
// worktree). Each command runs RUNS times, interleaved, after one warm-up; median, min and max of wall
// time, and the ratio of medians. `npm run bench:start [-- --runs N]`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
/** The last commit whose `connspec` ran through tsx (tools/cli/bin/connspec.js), before the packages. */
const BEFORE = '164246a';

interface Variant {
  readonly name: string;
  readonly argv: readonly string[];
  readonly env?: Record<string, string>;
}

const TSX = ['--import', 'tsx', 'packages/connspec/src/cli/bin.ts'];
const TSX_ENV = { TSX_TSCONFIG_PATH: 'packages/connspec/tsconfig.json' };

/** A worktree at BEFORE sharing this checkout's node_modules (its dependencies are the same). */
function beforeWorktree(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'connspec-before-')), 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', dir, BEFORE], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function variants(command: string, before: string): Variant[] {
  // The CLI before packaging had no --version; its cheapest command was --help, loading everything.
  const old = command === '--help' ? [{ name: `before packaging (${BEFORE}, tsx)`, argv: [join(before, 'tools/cli/bin/connspec.js'), '--help'] }] : [];
  return [
    { name: 'compiled (npm package)', argv: ['packages/connspec/bin/connspec.js', command] },
    { name: 'tsx from sources, warm transform cache', argv: [...TSX, command], env: TSX_ENV },
    { name: 'tsx from sources, no transform cache', argv: [...TSX, command], env: { ...TSX_ENV, TSX_DISABLE_CACHE: '1' } },
    ...old,
  ];
}

function once(v: Variant): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, v.argv, { cwd: ROOT, env: { ...process.env, ...v.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${v.name} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

function measure(command: string, before: string): void {
  const vs = variants(command, before);
  for (const v of vs) once(v);
  const times = vs.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) vs.forEach((v, j) => times[j]?.push(once(v)));
  const base = median(times[0] ?? []);
  console.log(`\nconnspec ${command}  (${RUNS} runs each, interleaved; wall ms)`);
  console.log(`${'variant'.padEnd(42)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  vs compiled`);
  vs.forEach((v, j) => {
    const t = times[j] ?? [];
    const m = median(t);
    console.log(`${v.name.padEnd(42)} ${m.toFixed(0).padStart(8)} ${Math.min(...t).toFixed(0).padStart(8)} ${Math.max(...t).toFixed(0).padStart(8)}  ${(m / base).toFixed(1)}x`);
  });
}

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
const before = beforeWorktree();
try {
  measure('--version', before);
  measure('--help', before);
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', before], { cwd: ROOT });
}

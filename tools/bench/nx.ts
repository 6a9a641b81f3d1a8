// Nx figures: a temporary workspace holding the OM tree, with `"plugins": ["@connspec/nx"]` and the
// repository's node_modules linked in (connspec and @connspec/nx there are workspace links), run with
// its own cache. Each round, interleaved with one plain `connspec generate` process: cold
// `nx run-many -t generate` (empty cache), a no-change re-run (must be all cache hits), then one
// connection's description edited and run again. After the last round the edited output is compared,
// file by file, with a cold `connspec generate` of the edited tree.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../openmetadata/run-corpus.js';
import { runStep, type Step, type Trash } from './measure.js';
import { generateStep, type OmInput } from './om.js';
import type { Sample } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface NxResult {
  readonly oneProcess: Sample[];
  readonly cold: Sample[];
  readonly warm: Sample[];
  readonly edit: Sample[];
  /** Per warm run: tasks read from the cache, of how many. */
  readonly warmHits: { hits: number; tasks: number }[];
  readonly editedFile: string;
  /** Files that differ (or exist on one side only) between the edited Nx output and a cold run of the edited tree. */
  readonly differing: string[];
  readonly outputFiles: number;
}

const version = (pkg: string): string => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** package.json and a minimal lockfile: Nx knows npm packages (the plugin's `externalDependencies: ['connspec']`) from the lockfile. */
function writeWorkspace(ws: string, input: OmInput): void {
  cpSync(join(input.tree, 'schema'), join(ws, 'schema'), { recursive: true });
  cpSync(join(input.tree, '.connspec.json'), join(ws, '.connspec.json'));
  const deps = Object.fromEntries(['connspec', '@connspec/nx', 'nx'].map((p) => [p, version(p)]));
  const packages = Object.fromEntries(Object.entries(deps).map(([p, v]) => [`node_modules/${p}`, { version: v, dev: true }]));
  writeFileSync(join(ws, 'package.json'), JSON.stringify({ name: 'bench-nx', private: true, devDependencies: deps }, null, 2));
  writeFileSync(join(ws, 'package-lock.json'), JSON.stringify({ name: 'bench-nx', lockfileVersion: 3, requires: true, packages: { '': { name: 'bench-nx', devDependencies: deps }, ...packages } }, null, 2));
  writeFileSync(join(ws, 'nx.json'), JSON.stringify({ plugins: ['@connspec/nx'] }, null, 2));
  symlinkSync(join(ROOT, 'node_modules'), join(ws, 'node_modules'));
}

/** "Nx read the output from the cache instead of running the command for X out of Y tasks." */
export function cacheHits(stdout: string): { hits: number; tasks: number } {
  const m = /read the output from the cache instead of running the command for (\d+) out of (\d+) tasks?/.exec(stdout);
  const ran = /Successfully ran target \S+ for (\d+) projects?|Successfully ran target \S+ for project/.exec(stdout);
  return m ? { hits: Number(m[1]), tasks: Number(m[2]) } : { hits: 0, tasks: ran?.[1] ? Number(ran[1]) : 1 };
}

/** Files below `a` and `b` whose bytes differ or which only one side has. */
export function differingFiles(a: string, b: string): string[] {
  const left = listFiles(a, '');
  const right = new Set(listFiles(b, ''));
  const differ = left.filter((f) => !right.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  return [...differ, ...[...right].filter((f) => !left.includes(f)).map((f) => `${f} (only in the cold run)`)];
}

function editDescription(file: string, original: string, label: string): void {
  const schema = JSON.parse(original) as { description?: string };
  writeFileSync(file, `${JSON.stringify({ ...schema, description: `${schema.description ?? ''} (${label})` }, null, 2)}\n`);
}

export function runNx(input: OmInput, runs: number, ctx: { work: string; trash: Trash; log: (line: string) => void }): NxResult {
  const ws = join(ctx.work, 'nx-workspace');
  writeWorkspace(ws, input);
  const cache = join(ctx.work, 'nx-cache');
  const data = join(ctx.work, 'nx-data');
  // connspec's own cache too: emptied with Nx's for a cold run, kept for the edit (incremental regeneration).
  const units = join(ctx.work, 'connspec-cache');
  const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_CACHE_DIRECTORY: cache, NX_WORKSPACE_DATA_DIRECTORY: data, NX_TUI: 'false', CONNSPEC_CACHE: units };
  const nx = (fresh: string[]): Step => ({ argv: [process.execPath, join(ROOT, 'node_modules/nx/bin/nx.js'), 'run-many', '-t', 'generate', '--outputStyle=static'], cwd: ws, env, fresh });
  const editedFile = input.connections[0] ?? '';
  const file = join(ws, 'schema', editedFile);
  const original = readFileSync(file, 'utf8');
  const result: NxResult = { oneProcess: [], cold: [], warm: [], edit: [], warmHits: [], editedFile, differing: [], outputFiles: 0 };
  const scratch = join(ctx.work, 'scratch');
  for (let round = 0; round <= runs; round++) {
    writeFileSync(file, original);
    const one = runStep(generateStep(input.tree), ctx.trash, scratch);
    const cold = runStep(nx([join(ws, 'generated'), cache, data, units]), ctx.trash, scratch);
    const warm = runStep(nx([]), ctx.trash, scratch);
    editDescription(file, original, `edit ${round}`);
    const edit = runStep(nx([]), ctx.trash, scratch);
    const hits = cacheHits(warm.stdout);
    ctx.log(`  ${round ? `run ${round}` : 'warm-up'}  one process ${one.cpu.toFixed(2)}, nx cold ${cold.cpu.toFixed(2)}, warm ${warm.cpu.toFixed(2)} (${hits.hits}/${hits.tasks} from cache), edit ${edit.cpu.toFixed(2)} CPU-s`);
    if (round === 0) continue;
    result.oneProcess.push(one);
    result.cold.push(cold);
    result.warm.push(warm);
    result.warmHits.push(hits);
    result.edit.push(edit);
  }
  const reference = join(ctx.work, 'nx-reference');
  mkdirSync(reference, { recursive: true });
  cpSync(join(ws, 'schema'), join(reference, 'schema'), { recursive: true });
  cpSync(join(ws, '.connspec.json'), join(reference, '.connspec.json'));
  runStep(generateStep(reference), ctx.trash, scratch);
  const differing = differingFiles(join(ws, 'generated'), join(reference, 'generated'));
  ctx.trash.empty();
  return { ...result, differing, outputFiles: listFiles(join(reference, 'generated'), '').length };
}

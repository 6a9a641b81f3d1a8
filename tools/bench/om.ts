// The bench's input: OpenMetadata's connection closure, obtained exactly as the corpus runner does
// (tools/openmetadata/run-corpus.ts: fetch.sh, the transitive closure of the connection schemas and
// registries, copied into `<work>/tree/schema`, then `connspec init` writing `.connspec.json`), and
// the connspec sides measured on it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONNECTION, closure, copyFiles, fetchCorpus, initCorpus, listFiles } from '../openmetadata/run-corpus.js';
import type { Outcome, Side, Step } from './measure.js';

export const CLI = fileURLToPath(new URL('../../packages/connspec/bin/connspec.js', import.meta.url));

export interface OmInput {
  /** The tree: schema/ and .connspec.json (preset openmetadata, relaxed rules); outputs go to generated/. */
  readonly tree: string;
  readonly schemaDir: string;
  readonly baseUrl: string;
  readonly files: number;
  readonly connections: readonly string[];
  /** The 1.2.0 closure's schema folder: the old side of `connspec diff`. */
  readonly baseline: string;
  readonly notes: readonly string[];
}

/** Fetches 1.4.0 and 1.2.0 (cached after the first time) and lays both closures out under `work`. */
export async function prepareOm(work: string): Promise<OmInput> {
  const source = fetchCorpus('1.4.0');
  const { files, missing } = closure(source);
  const { config, problems } = await initCorpus(source, files, work);
  const tree = join(work, 'tree');
  const old = fetchCorpus('1.2.0');
  const baseline = join(work, 'om-1.2.0', 'schema');
  copyFiles(old, baseline, closure(old).files);
  const notes = [...problems.map((p) => `init: ${p}`), ...(missing.length ? [`referenced but absent: ${missing.join(', ')}`] : [])];
  return { tree, schemaDir: join(tree, 'schema'), baseUrl: config.baseUrl, files: files.length, connections: files.filter((f) => CONNECTION.test(f)), baseline, notes };
}

/** Writes the connection list the npm peers read. */
export function writeConnectionList(input: OmInput, file: string): string {
  writeFileSync(file, JSON.stringify(input.connections));
  return file;
}

/**
 * A cold `connspec generate` in `tree` into `out` (the config's outDir when not given): the output
 * folder and connspec's cache folder (its own, beside it) are emptied before each run, so nothing of
 * an earlier run is replayed or reused, while the run still pays for recording its work.
 */
export function generateStep(tree: string, targets: readonly string[] = [], out?: string): Step {
  const dir = out ?? join(tree, 'generated');
  const argv = [process.execPath, CLI, 'generate', ...targets.flatMap((t) => ['--target', t]), ...(out ? ['--out', out] : [])];
  return { argv, cwd: tree, env: { CONNSPEC_CACHE: `${dir}.connspec-cache` }, fresh: [dir, `${dir}.connspec-cache`] };
}

/** Each side writes its own folder, so what its last run produced can still be counted after the others ran. */
export const sideOutput = (tree: string, targets: readonly string[]): string => join(tree, `generated-${targets.join('-') || 'all'}`);

export const connspecSide = (name: string, tree: string, targets: readonly string[] = []): Side => ({ name, steps: [generateStep(tree, targets, sideOutput(tree, targets))] });

/** What a generate run wrote into `out`, per target, and its summary line (targets, warnings). */
export function generated(out: string, last: Outcome): string {
  const perTarget = ['typescript', 'ui-forms', 'openapi', 'python', 'java', 'test-connections', 'fixtures']
    .map((t) => [t, listFiles(join(out, t), '').length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`);
  const summary = `${last.stdout}${last.stderr}`.split('\n').find((l) => l.startsWith('connspec generate:')) ?? '';
  return `${perTarget.join(', ')} files; ${summary.replace('connspec generate: ', '')}`;
}

export function diffSide(input: OmInput): Side {
  return { name: 'connspec diff 1.2.0 → 1.4.0', steps: [{ argv: [process.execPath, CLI, 'diff', input.baseline, input.schemaDir], cwd: input.tree }] };
}

/** The diff's report, summarised: how many connections it judged, by verdict. */
export function diffProduced(last: Outcome): string {
  const heads = last.stdout.split('\n').filter((l) => /^\S.*\.json .*: /.test(l));
  const verdicts = new Map<string, number>();
  for (const h of heads) {
    const v = h.slice(h.lastIndexOf(': ') + 2);
    verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
  }
  const counts = [...verdicts].sort().map(([v, n]) => `${n} ${v}`).join(', ');
  return `${last.stdout.split('\n').length - 1} report lines; ${heads.length} file(s) changed: ${counts}`;
}

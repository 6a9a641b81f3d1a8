/** The two commands as library calls: open both trees, analyse, diff, and (for the gate) judge and bump. */
import { UsageError } from '../diagnostics.js';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ConnspecConfig } from '../config/config.js';
import type { IR } from '../ir/types.js';
import { analyse, conventionsOf } from '../pipeline.js';
import { conventionError } from '../config/located.js';
import { autoBump } from './auto-bump.js';
import { connectionClosure } from './closure.js';
import { diffIRs } from './diff.js';
import { fixturesFor } from './fixtures.js';
import type { FormatContext } from './format/shared.js';
import { evaluateGate, type GateResult } from './gate.js';
import { semverSettings } from './settings.js';
import { openTree, treeFromDir, treeFromGit, type SchemaTree } from './trees.js';
import type { SemverReport, SemverSettings } from './types.js';
import type { TargetLanguage } from '../language.js';

export interface SemverRequest {
  /** Command-line settings (win over `.connspec.json`). */
  readonly flags?: Partial<SemverSettings>;
  readonly backstop?: boolean;
  /** Fixtures folder for directory sides (git sides read `<outDir>/fixtures` at their ref). */
  readonly fixturesDir?: string;
  readonly cwd?: string;
  /** The target languages whose reserved names shape declaration names (as in generate; default none). */
  readonly languages?: readonly TargetLanguage[];
}

export interface SemverRun {
  readonly report: SemverReport;
  readonly old: SchemaTree;
  readonly new: SchemaTree;
  /** Things worth saying on stderr (diagnostics in either tree). */
  readonly notes: readonly string[];
  readonly format: FormatContext;
}

/** The repository to read refs from: the schema root's, else the working directory's. */
const repoOf = (config: ConnspecConfig, cwd: string): string => (existsSync(config.schemaRoot) ? config.schemaRoot : cwd);

async function analyseTree(config: ConnspecConfig, tree: SchemaTree, notes: string[], languages: readonly TargetLanguage[]): Promise<IR> {
  const sources = connectionClosure(tree.sources, config.baseUrl, conventionsOf(config).layout);
  // The structure only: diff compares what the trees say; judging them is validate's job.
  const { ir, diagnostics } = await analyse(config, sources, { depth: 'structure', languages });
  if (!ir) throw new UsageError(`${tree.label}: the schemas could not be analysed (${diagnostics.length} diagnostic(s); run connspec validate)`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) notes.push(`${tree.label}: ${errors} error diagnostic(s) in loading, resolving and naming ${sources.length} connection and referenced file(s); compared as resolved (run connspec validate for every check)`);
  return ir;
}

function formatContext(tree: SchemaTree, old: SchemaTree, cwd: string, keyword: string): FormatContext {
  const display = (t: SchemaTree) => (file: string): string => (t.dir ? relative(cwd, join(t.dir, file)) : t.prefix ? `${t.prefix}/${file}` : file);
  const texts = new Map(tree.sources.map((s) => [s.path, s.text]));
  return {
    display: (side, file) => display(side === 'new' ? tree : old)(file),
    versionLine: (path) => {
      const lines = texts.get(path)?.split('\n') ?? [];
      const at = lines.findIndex((l) => l.includes(`"${keyword}"`));
      return at >= 0 ? at + 1 : undefined;
    },
  };
}

async function diffTrees(config: ConnspecConfig, old: SchemaTree, now: SchemaTree, request: SemverRequest): Promise<SemverRun> {
  const notes: string[] = [];
  const settings = semverSettings(config, request.flags);
  const languages = request.languages ?? [];
  const [a, b] = [await analyseTree(config, old, notes, languages), await analyseTree(config, now, notes, languages)];
  const report = diffIRs(a, b, { settings, labels: { old: old.label, new: now.label }, backstop: request.backstop !== false, fixtures: (c) => fixturesFor(old.fixtures, c) });
  if (report.connections.length === 0) {
    const what = config.connections === null ? 'schema files' : 'connections';
    throw conventionError(config, config.connections === null ? '' : '/connections/paths', `diff compared nothing: neither ${old.label} nor ${now.label} has ${what}`, config.connections === null ? 'check the two sides name schema trees (folders or git refs holding your schemas)' : 'check that connections.paths in .connspec.json matches your connection files (run connspec init to detect them)');
  }
  return { report, old, new: now, notes, format: formatContext(now, old, request.cwd ?? process.cwd(), config.connections?.version?.keyword ?? 'schemaVersion') };
}

/** `connspec diff <old> <new>`: each side a directory or a git ref. */
export async function runSemverDiff(config: ConnspecConfig, oldSpec: string, newSpec: string, request: SemverRequest = {}): Promise<SemverRun> {
  const cwd = request.cwd ?? process.cwd();
  const fixtures = join(config.outDir, 'fixtures');
  const open = (spec: string) => {
    const asDir = resolve(cwd, spec);
    const isDir = existsSync(asDir);
    return openTree(spec, { repo: repoOf(config, cwd), schemaRoot: config.schemaRoot, cwd, ...(isDir ? (request.fixturesDir ? { fixturesDir: request.fixturesDir } : {}) : { fixturesDir: fixtures }) });
  };
  return diffTrees(config, open(oldSpec), open(newSpec), request);
}

export interface GateRun extends SemverRun {
  readonly result: GateResult;
  readonly written: readonly { path: string; from?: string; to: string }[];
}

/** `connspec version-gate --base <ref> [--head <ref>] [--auto-bump]`: the working tree (or head) against base. */
export async function runVersionGate(config: ConnspecConfig, base: string, options: SemverRequest & { head?: string; autoBump?: boolean } = {}): Promise<GateRun> {
  const keyword = config.connections?.version?.keyword;
  if (keyword === undefined) throw conventionError(config, '/connections/version', 'version-gate needs a version keyword, and the config declares none', 'set "connections": {"version": {"keyword": "schemaVersion", "required": true}} in .connspec.json (the connspec preset does), or use connspec diff, which needs no versions', 'version-keyword');
  const repo = repoOf(config, options.cwd ?? process.cwd());
  const fixtures = join(config.outDir, 'fixtures');
  if (options.autoBump && options.head) throw new UsageError('--auto-bump writes the working tree; it cannot be combined with --head');
  const old = treeFromGit(repo, base, config.schemaRoot, fixtures);
  const now = options.head ? treeFromGit(repo, options.head, config.schemaRoot) : { ...treeFromDir(config.schemaRoot), label: relative(options.cwd ?? process.cwd(), config.schemaRoot) || '.' };
  const run = await diffTrees(config, old, now, options);
  const judged = evaluateGate(run.report, keyword);
  if (!options.autoBump) return { ...run, result: judged, written: [] };
  const bumped = autoBump(judged, config.schemaRoot, keyword);
  return { ...run, result: bumped.result, written: bumped.written };
}


/**
 * Runs connspec over OpenMetadata's connection schemas (a corpus we do not own) and checks that
 * their rule violations come out as diagnostics, never as crashes, and that every target's output
 * is usable: strict-clean TypeScript, `$ref`-free draft-07 UI forms, a parseable OpenAPI document.
 *
 *   npm run corpus -- [--version X] [--keep] [--conformance] [--packages]
 *
 * --packages also builds the three packages (`connspec package`) and installs each into a fresh consumer.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { DiagnosticError, formatDiagnostic, type ConnspecConfig, type Diagnostic, type Severity } from '@connspec/core';
import { generate, init, loadConfig } from 'connspec';
import { tscStrict } from '../../test/support/tsc.js';
import { compileJava, type Built } from '../java/maven.js';
import { checkPythonOutput } from '../python/python.js';
import { runFixtureSuite } from '../conformance/fixtures-suite.js';
import { openmetadataVerdict } from '../conformance/openmetadata.js';
import { packageCorpus } from './packages.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CONNECTIONS = 'entity/services/connections/';
const REGISTRY = /^entity\/services\/[^/]+Service\.json$/;
/** A connection file, by the layout alone (not the core's own classifier, which this run checks). */
export const CONNECTION = /^entity\/services\/connections\/(?!common\/)[^/]+\/[^/]+Connection\.json$/;

/** `tools/openmetadata/corpus.config.json`: what `connspec init` must decide for this tree, and why each rule is relaxed. */
export interface CorpusExpectation {
  readonly $comment: string;
  readonly preset: string;
  readonly connections: number;
  readonly relaxed: Readonly<Record<string, string>>;
}

/** Runs fetch.sh (its pinned version unless one is given) and returns the schema directory it prints last. */
export function fetchCorpus(version: string | undefined): string {
  const out = execFileSync('bash', [join(HERE, 'fetch.sh'), ...(version ? [version] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const dir = out.trim().split('\n').at(-1) ?? '';
  if (!existsSync(dir)) throw new Error(`fetch.sh printed "${dir}", which is not a directory`);
  return dir;
}

/** Files below `root` whose names end with `suffix`, as sorted `/`-separated relative paths. */
export function listFiles(root: string, suffix: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every `$ref` string in a schema document (data keywords such as `default` and `enum` skipped). */
export function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else if (!['default', 'enum', 'const', 'examples'].includes(key)) refsIn(v, out);
    }
  }
  return out;
}

/** The file a `$ref` names, relative to the referring file's location (never its `$id`); undefined if local or outside. */
export function refFile(from: string, ref: string): string | undefined {
  if (ref.startsWith('#')) return undefined;
  const url = new URL(ref, `file:///root/${from}`);
  if (url.protocol !== 'file:' || !url.pathname.startsWith('/root/')) return undefined;
  return decodeURIComponent(url.pathname.slice('/root/'.length));
}

/** The connection schemas and service registries plus every file they reference, transitively. */
export function closure(schemaDir: string): { files: string[]; missing: string[] } {
  const queue = listFiles(schemaDir, '.json').filter((p) => p.startsWith(CONNECTIONS) || REGISTRY.test(p));
  const seen = new Set<string>();
  const missing = new Set<string>();
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (seen.has(path) || missing.has(path)) continue;
    if (!existsSync(join(schemaDir, path))) {
      missing.add(path);
      continue;
    }
    seen.add(path);
    const refs = refsIn(JSON.parse(readFileSync(join(schemaDir, path), 'utf8')));
    for (const ref of refs) {
      const target = refFile(path, ref);
      if (target !== undefined) queue.push(target);
    }
  }
  return { files: [...seen].sort(), missing: [...missing].sort() };
}

export function copyFiles(from: string, to: string, files: readonly string[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(from, f), join(to, f));
  }
}

export function readCorpusExpectation(): CorpusExpectation {
  return JSON.parse(readFileSync(join(HERE, 'corpus.config.json'), 'utf8')) as CorpusExpectation;
}

/**
 * The closure copied into `<work>/tree/schema`, then `connspec init` on it, as a team adopting
 * connspec would run it; returns init's config and every way init's decisions differ from the expectation.
 */
export async function initCorpus(source: string, files: readonly string[], work: string): Promise<{ config: ConnspecConfig; problems: string[] }> {
  const tree = join(work, 'tree');
  copyFiles(source, join(tree, 'schema'), files);
  const expected = readCorpusExpectation();
  const result = await init(tree);
  console.log([`init: preset ${result.preset ?? '(none)'}, ${result.schemas} schema(s), ${result.connections} connection(s)`, ...result.notes.map((n) => `  ${n}`), ...result.relaxed.map((r) => `  relaxed ${r.rule}: ${r.reason}`)].join('\n'));
  const relaxed = result.relaxed.map((r) => r.rule);
  const problems = [
    ...(result.preset === expected.preset ? [] : [`init picked preset ${result.preset ?? '(none)'}, expected ${expected.preset}`]),
    ...(result.connections === expected.connections ? [] : [`init found ${result.connections} connection(s), expected ${expected.connections}`]),
    ...relaxed.filter((r) => !(r in expected.relaxed)).map((r) => `init relaxed ${r}, which corpus.config.json does not expect (explain it there, or fix connspec)`),
    ...Object.keys(expected.relaxed).filter((r) => !relaxed.includes(r)).map((r) => `init did not relax ${r}, which corpus.config.json expects`),
  ];
  return { config: loadConfig(result.configFile, { outDir: join(work, 'out') }), problems };
}

/** Diagnostics per rule and severity, then the first 3 messages of each rule. */
export function diagnosticTable(diagnostics: readonly Diagnostic[]): string {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  const rules = [...byRule.keys()].sort();
  const width = Math.max(4, ...rules.map((r) => r.length));
  const row = (a: string, e: string, w: string, t: string): string => `${a.padEnd(width)}  ${e.padStart(5)}  ${w.padStart(7)}  ${t.padStart(5)}`;
  const count = (list: readonly Diagnostic[], s: Severity): string => String(list.filter((d) => d.severity === s).length);
  const lines = [row('rule', 'error', 'warning', 'total')];
  for (const r of rules) {
    const list = byRule.get(r) ?? [];
    lines.push(row(r, count(list, 'error'), count(list, 'warning'), String(list.length)));
  }
  lines.push(row('(all)', count(diagnostics, 'error'), count(diagnostics, 'warning'), String(diagnostics.length)), '');
  for (const r of rules) {
    lines.push(`${r}:`);
    for (const d of (byRule.get(r) ?? []).slice(0, 3)) lines.push(`  ${d.file}:${d.line}:${d.column} #${d.pointer} ${d.message}`);
  }
  return lines.join('\n');
}

/**
 * Each check returns problems ('' or a message); the run fails if any is non-empty. `report`: tsc's
 * report on the folder when a run already made it (the fixtures suite's, outside its own module).
 */
export function checkTypescript(out: string, report?: string): string {
  const dir = join(out, 'typescript');
  if (!existsSync(dir)) return 'no typescript output';
  const errors = report ?? tscStrict(dir);
  return errors ? `tsc --strict failed on ${dir}:\n${errors.split('\n').slice(0, 40).join('\n')}` : '';
}

export function checkUiForms(out: string): string {
  const dir = join(out, 'ui-forms');
  const ajv = new Ajv({ strict: false });
  const problems: string[] = [];
  const forms = listFiles(dir, '.schema.json');
  if (forms.length === 0) return `no UI forms in ${dir}`;
  for (const f of forms) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (text.includes('"$ref"')) problems.push(`${f}: still contains "$ref"`);
    if (!ajv.validateSchema(JSON.parse(text) as object)) problems.push(`${f}: not a valid draft-07 schema: ${ajv.errorsText(ajv.errors)}`);
  }
  return problems.length ? `ui-forms: ${problems.length} bad schema(s):\n  ${problems.slice(0, 20).join('\n  ')}` : '';
}

export function checkOpenapi(out: string): string {
  const file = join(out, 'openapi', 'connspec.openapi.json');
  try {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { openapi?: unknown; components?: { schemas?: Record<string, unknown> } };
    const schemas = doc.components?.schemas ?? {};
    if (typeof doc.openapi !== 'string') return `${file}: no "openapi" version field`;
    const dangling = [...new Set(refsIn(schemas))].filter((r) => !schemas[r.replace('#/components/schemas/', '')]);
    return dangling.length ? `${file}: $refs to missing components: ${dangling.slice(0, 10).join(', ')}` : '';
  } catch (error) {
    return `${file} does not parse: ${String(error)}`;
  }
}

/** Java: the output compiles with -Xlint:all -Werror against Jackson and Bean Validation; the build, for a later run to use. */
export function compileOutput(out: string, work: string): { built?: Built; problem: string } {
  try {
    return { built: compileJava(join(out, 'java', 'src', 'main', 'java'), join(work, 'java-build')), problem: '' };
  } catch (error) {
    return { problem: (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 40).join('\n') };
  }
}

export function checkConnectionCount(out: string, files: readonly string[]): string {
  const expected = files.filter((f) => CONNECTION.test(f));
  const index = JSON.parse(readFileSync(join(out, 'ui-forms', 'index.json'), 'utf8')) as { connections: { source: string }[] };
  const generated = new Set(index.connections.map((c) => c.source));
  const lacking = expected.filter((f) => !generated.has(f));
  if (generated.size === expected.length && lacking.length === 0) return '';
  return `connections: ${expected.length} connection files, ${generated.size} generated; not generated: ${lacking.join(', ') || '-'}`;
}

interface CorpusArgs {
  readonly version: string | undefined;
  readonly keep: boolean;
  readonly conformance: boolean;
  readonly packages: boolean;
}

function parseArgs(argv: readonly string[]): CorpusArgs {
  const at = argv.indexOf('--version');
  const version = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--version='))?.slice('--version='.length);
  if (at >= 0 && (version === undefined || version.startsWith('--'))) throw new Error('--version needs a value');
  return { version, keep: argv.includes('--keep'), conformance: argv.includes('--conformance'), packages: argv.includes('--packages') };
}

/**
 * Fetch, select, analyse, generate, check; returns the failures (empty when the corpus passes).
 * `conformance`: also run the conformance harness's openmetadata suite (tools/conformance) on this
 * very output, reusing its javac build and its tsc run, instead of generating it all again.
 * `packages`: also build the packages and use each from a fresh consumer (packages.ts).
 */
export async function runCorpus(version: string | undefined, work: string, conformance = false, packages = false): Promise<string[]> {
  const started = performance.now();
  const source = fetchCorpus(version);
  const { files, missing } = closure(source);
  if (missing.length) console.log(`referenced but absent (reported by the core as ref-unresolvable): ${missing.join(', ')}`);
  const { config, problems } = await initCorpus(source, files, work);
  const { ir, diagnostics, ok } = await generate(config);
  console.log(diagnosticTable(diagnostics));
  if (!ok || !ir) throw new DiagnosticError(diagnostics.filter((d) => d.severity === 'error'));
  const out = config.outDir;
  const connections = files.filter((f) => CONNECTION.test(f)).length;
  const counts =
    `${listFiles(join(out, 'typescript'), '.ts').length} TS modules, ${listFiles(join(out, 'ui-forms'), '.schema.json').length} UI forms, ` +
    `${listFiles(join(out, 'python'), '.py').length} Python modules, ${listFiles(join(out, 'java'), '.java').length} Java files`;
  const java = compileOutput(out, work);
  const suite = conformance ? await runFixtureSuite({ name: 'openmetadata', config, work: join(work, 'conformance'), generated: ir, ...(java.built ? { built: java.built } : {}) }) : undefined;
  const failures = [...problems, checkTypescript(out, suite?.typescriptReport), checkUiForms(out), checkOpenapi(out), checkPythonOutput(out), java.problem, checkConnectionCount(out, files)].filter(Boolean);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`summary: ${ir.files.length} files loaded, ${connections} connections, ${ir.declarations.size} declarations, ${counts}, ${seconds}s`);
  if (suite) {
    const verdict = openmetadataVerdict(suite);
    console.log(verdict.text);
    failures.push(...verdict.problems);
  }
  // The corpus's version is the folder fetch.sh keeps it in (…/openmetadata/<version>/schema).
  if (packages) failures.push(...(await packageCorpus(config, ir, version ?? source.split(sep).at(-2) ?? '0.0.0', work)));
  return failures;
}

/** A refused generation lists its first error diagnostics; anything else is a crash, with its stack. */
export function describeFailure(error: unknown): string {
  if (error instanceof DiagnosticError) {
    const shown = error.diagnostics.slice(0, 10).map(formatDiagnostic).join('\n');
    return `generate refused: ${error.diagnostics.length} error diagnostic(s) (init relaxes every rule the tree breaks, so these are problems no severity may wave through):\n${shown}`;
  }
  return `crash: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const { version, keep, conformance, packages } = parseArgs(argv);
  const work = mkdtempSync(join(tmpdir(), 'connspec-openmetadata-'));
  try {
    const failures = await runCorpus(version, work, conformance, packages);
    for (const f of failures) console.error(`FAIL ${f}`);
    console.log(failures.length ? `corpus run FAILED (${failures.length} check(s))` : 'corpus run passed');
    return failures.length ? 1 : 0;
  } catch (error) {
    console.error(`FAIL ${describeFailure(error)}`);
    return 1;
  } finally {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));

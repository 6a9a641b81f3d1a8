/**
 * Real Airbyte connector specs (test/corpus/airbyte/specs: unmodified, MIT, provenance in SOURCES.md)
 * through connspec as a new team would take them: a flat folder, `connspec init` (which must pick
 * the airbyte preset), then generate with every target, each output checked by its consumer, every
 * `airbyte_secret` a secret everywhere, `ui:order` following `order`, and every fixture judged
 * alike by ajv, the TypeScript types, Pydantic and Java.
 *
 *   npm run airbyte -- [--keep]
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, init } from 'connspec';
import { ROOT } from '../../test/support/workspace.js';
import { runFixtureSuite } from '../conformance/fixtures-suite.js';
import { renderSuite, suiteDisagreements } from '../conformance/report.js';
import { checkOpenapi, compileOutput, checkTypescript, checkUiForms, describeFailure, diagnosticTable } from '../openmetadata/run-corpus.js';
import { checkPythonOutput } from '../python/python.js';
import { checkOrder, checkSecrets, readSpecs, secretSites } from './checks.js';

const SPECS = join(ROOT, 'test', 'corpus', 'airbyte', 'specs');
const TARGETS = ['fixtures', 'java', 'openapi', 'python', 'test-connections', 'typescript', 'ui-forms'];

/** init → generate → every check; returns the failures (empty when the corpus passes). */
export async function runAirbyte(work: string): Promise<string[]> {
  const tree = join(work, 'tree');
  mkdirSync(tree, { recursive: true });
  cpSync(SPECS, join(tree, 'specs'), { recursive: true });
  const specs = readSpecs(SPECS);
  const setup = await init(tree);
  console.log([`init: preset ${setup.preset ?? '(none)'}, ${setup.schemas} schema(s), ${setup.connections} connection(s)`, ...setup.notes.map((n) => `  ${n}`), ...setup.relaxed.map((r) => `  relaxed ${r.rule}: ${r.reason}`)].join('\n'));
  const failures: string[] = [];
  if (setup.preset !== 'airbyte') failures.push(`init picked preset ${setup.preset ?? '(none)'}, not airbyte`);
  if (setup.connections !== specs.size) failures.push(`init found ${setup.connections} connection(s) for ${specs.size} spec(s)`);
  const result = await generate(setup.config);
  console.log(diagnosticTable(result.diagnostics));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.ok || errors.length) return [...failures, `generate: ${errors.length} error(s)`];
  const missing = TARGETS.filter((t) => (result.files.get(t)?.length ?? 0) === 0);
  if (missing.length) failures.push(`targets with no output: ${missing.join(', ')}`);
  const out = setup.config.outDir;
  const sites = secretSites(specs);
  const secretProblems = checkSecrets(out, sites);
  const order = checkOrder(out, specs);
  // The fixtures suite judges this very output: one javac build and one tsc run serve both.
  const java = compileOutput(out, work);
  const suite = await runFixtureSuite({ name: 'airbyte', config: setup.config, work: join(work, 'fixtures'), ...(result.ir ? { generated: result.ir } : {}), ...(java.built ? { built: java.built } : {}) });
  failures.push(...[checkTypescript(out, suite.typescriptReport), checkUiForms(out), checkOpenapi(out), checkPythonOutput(out), java.problem].filter(Boolean));
  console.log(`secrets: ${sites.length} airbyte_secret field(s) over ${new Set(sites.map((s) => s.connector)).size} spec(s), ${secretProblems.length} not a secret in every output`);
  console.log(`order: ${order.checked} object(s) with ordered properties, ${order.problems.length} whose ui:order disagrees`);
  failures.push(...secretProblems, ...order.problems);
  console.log(renderSuite(suite));
  if (suite.fixtures.length === 0) failures.push('no fixtures were generated: nothing was judged');
  failures.push(...suiteDisagreements(suite).map((d) => `${d.checker} disagrees on ${d.fixture.id}: expected ${d.expected}, got ${d.actual}`));
  return failures;
}

export async function main(argv: readonly string[]): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'connspec-airbyte-'));
  try {
    const failures = await runAirbyte(work);
    for (const f of failures) console.error(`FAIL ${f}`);
    console.log(failures.length ? `airbyte corpus FAILED (${failures.length} problem(s))` : 'airbyte corpus passed');
    return failures.length ? 1 : 0;
  } catch (error) {
    console.error(`FAIL ${describeFailure(error)}`);
    return 1;
  } finally {
    if (argv.includes('--keep')) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));

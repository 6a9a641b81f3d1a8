/**
 * The conformance run: one config means the same in ajv, TypeScript, Python and Java.
 *
 *   npm run conformance -- [--suite schemas|probes|openmetadata|draft7|draft2020-12|all] [--write-results] [--no-self-test] [--keep]
 *
 * The schemas suite ends with the self-test (self-test.ts): one constraint deleted from the generated
 * Python by hand must make the run report a disagreement.
 *
 * Exit 1 on any disagreement (or a self-test the harness fails), 2 on bad arguments.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from 'connspec';
import { ROOT } from '../../test/support/workspace.js';
import { closure, describeFailure, fetchCorpus, initCorpus } from '../openmetadata/run-corpus.js';
import { runSuite } from './draft7/evaluate.js';
import { renderCategories, renderFailures, renderFiles, renderMatrix, renderSkips } from './draft7/report.js';
import { staleResults, writeResults } from './draft7/results.js';
import { suiteCommit } from './draft7/suite.js';
import { OFFICIAL_SUITES, SUITES as OFFICIAL, type SuiteName } from './draft7/suites.js';
import { claimMismatches, heldFailures, summarise } from './draft7/summary.js';
import { runFixtureSuite } from './fixtures-suite.js';
import { openmetadataVerdict } from './openmetadata.js';
import { probesSuite } from './probes/suite.js';
import { selfTest, selfTestReport } from './self-test.js';
import { renderSuite, suiteDisagreements } from './report.js';

export const SUITES = ['schemas', 'probes', 'openmetadata', ...OFFICIAL_SUITES] as const;
export type Suite = (typeof SUITES)[number];

export function parseSuites(argv: readonly string[]): Suite[] {
  const at = argv.indexOf('--suite');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--suite='))?.slice('--suite='.length);
  if (value === undefined || value === 'all') return [...SUITES];
  const chosen = value.split(',');
  const unknown = chosen.filter((s) => !(SUITES as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown suite ${unknown.join(', ')}; known: ${SUITES.join(', ')}, all`);
  return chosen as Suite[];
}

/** OpenMetadata's connection closure (tools/openmetadata: fetched through Maven, cached), with its corpus config. */
async function openmetadataSuite(work: string): Promise<number> {
  const source = fetchCorpus(undefined);
  const { files } = closure(source);
  const { config, problems } = await initCorpus(source, files, work);
  for (const p of problems) console.log(`FAIL ${p}`);
  const verdict = openmetadataVerdict(await runFixtureSuite({ name: 'openmetadata', config, work }));
  console.log(verdict.text);
  return verdict.problems.length;
}

/** An official suite (draft-07, 2020-12) through the Python and Java models; fails on a held failure, a contradicted claim or stale results. */
async function officialSuite(work: string, name: SuiteName, write: boolean): Promise<number> {
  const suite = OFFICIAL[name];
  const results = await runSuite(work, suite);
  const summary = summarise(results, suiteCommit());
  console.log([renderFiles(summary, suite), renderSkips(results), renderFailures(results), renderCategories(results, suite), renderMatrix(summary, suite)].join('\n'));
  const problems = heldFailures(results).length + claimMismatches(results).length;
  if (write) {
    writeResults(summary, suite.resultsFile);
    console.log(`wrote ${suite.resultsFile}`);
    return problems;
  }
  const stale = staleResults(summary, suite.resultsFile, name);
  if (stale) console.log(`FAIL ${stale}`);
  return problems + (stale ? 1 : 0);
}

async function schemasSuite(work: string, withSelfTest: boolean): Promise<number> {
  const config = loadConfig(ROOT, { outDir: join(work, 'out') });
  const result = await runFixtureSuite({ name: 'schemas', config, work, samplesDir: join(ROOT, 'test/samples'), fallbackFixturesDir: join(ROOT, 'generated/fixtures') });
  console.log(renderSuite(result));
  const failures = suiteDisagreements(result).length;
  if (!withSelfTest) return failures;
  // Last, as it breaks this run's generated Python on purpose.
  const check = selfTestReport(selfTest(config, result.ir, result.fixtures));
  console.log(check.text);
  return failures + (check.ok ? 0 : 1);
}

export async function main(argv: readonly string[]): Promise<number> {
  let suites: Suite[];
  try {
    suites = parseSuites(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'connspec-conformance-'));
  let failures = 0;
  try {
    if (suites.includes('schemas')) failures += await schemasSuite(join(work, 'schemas'), !argv.includes('--no-self-test'));
    if (suites.includes('probes')) failures += await probesSuite(join(work, 'probes'));
    if (suites.includes('openmetadata')) failures += await openmetadataSuite(join(work, 'openmetadata'));
    for (const name of OFFICIAL_SUITES) if (suites.includes(name)) failures += await officialSuite(join(work, name), name, argv.includes('--write-results'));
  } catch (error) {
    console.error(`FAIL ${describeFailure(error)}`);
    failures++;
  } finally {
    if (argv.includes('--keep')) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(failures ? `conformance FAILED (${failures} problem(s) above)` : `conformance passed (${suites.join(', ')})`);
  return failures ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));

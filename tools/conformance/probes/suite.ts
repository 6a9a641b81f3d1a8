/**
 * The probe suite: the probe tree generated into a temp dir, then every probe (and every fixture the
 * fixtures generator writes for the tree) through ajv, TypeScript, Python and Java. Beyond each
 * verdict, Python and Java must write an accepted value back exactly (the serialisation contract)
 * and never show a hidden string. A problem is tolerated only where `explained` says why; an
 * explanation that no longer happens is a problem too.
 */
import { join } from 'node:path';
import { loadConfig } from 'connspec';
import { runFixtureSuite, type SuiteResult } from '../fixtures-suite.js';
import { table } from '../report.js';
import { CHECKERS, disagreements, summarise, type Checker, type Fixture, type Verdict } from '../verdicts.js';
import { PROBES_CONFIG, probeFixtures, readProbes, type Explained } from './catalogue.js';

export interface ProbeProblem {
  readonly checker: Checker;
  /** The probe's (or generated fixture's) id. */
  readonly id: string;
  readonly kind: 'verdict' | 'round trip' | 'shown' | 'stale explanation';
  readonly text: string;
}

/** Python and Java on an accepted valid value: it must come back exactly and show nothing hidden. */
function contractProblems(checker: Checker, fixture: Fixture, verdict: Verdict | undefined): ProbeProblem[] {
  const written = verdict?.written;
  if (!fixture.valid || verdict?.accepted !== true || written === undefined) return [];
  const problems: ProbeProblem[] = [];
  if (!written.exact) problems.push({ checker, id: fixture.id, kind: 'round trip', text: `wrote ${written.text} for ${fixture.text ?? JSON.stringify(fixture.value)}` });
  const shown = (fixture.hidden ?? []).filter((h) => written.shown.includes(h));
  if (shown.length) problems.push({ checker, id: fixture.id, kind: 'shown', text: `shows ${shown.map((h) => JSON.stringify(h)).join(', ')}: ${written.shown.replace(/\n/g, ' | ').slice(0, 300)}` });
  return problems;
}

/** Every problem of a run, split into the ones `explained` tolerates and the rest (which fail the suite). */
export function probeProblems(result: Pick<SuiteResult, 'fixtures' | 'verdicts'>, explained: readonly Explained[]): { failures: ProbeProblem[]; tolerated: ProbeProblem[] } {
  const all = CHECKERS.flatMap((checker) => [
    ...disagreements(result.fixtures, checker, result.verdicts[checker]).map((d): ProbeProblem => ({ checker, id: d.fixture.id, kind: 'verdict', text: `expected ${d.expected}, got ${d.actual}${d.detail ? ` (${d.detail})` : ''}` })),
    ...result.fixtures.flatMap((f) => contractProblems(checker, f, result.verdicts[checker].get(f.id))),
  ]);
  const covers = (e: Explained, p: ProbeProblem): boolean => e.probe === p.id && e.checker === p.checker;
  const stale = explained.filter((e) => !all.some((p) => covers(e, p))).map((e): ProbeProblem => ({ checker: e.checker, id: e.probe, kind: 'stale explanation', text: `explained (${e.keyword}: ${e.reason}) but no longer happens: delete the explanation` }));
  const tolerated = all.filter((p) => explained.some((e) => covers(e, p)));
  return { failures: [...all.filter((p) => !tolerated.includes(p)), ...stale], tolerated };
}

export function renderProbes(result: SuiteResult, outcome: ReturnType<typeof probeProblems>): string {
  const probes = result.fixtures.filter((f) => f.text !== undefined).length;
  const head = `== probes — ${probes} probes and ${result.fixtures.length - probes} generated fixtures of the probe tree`;
  const rows = CHECKERS.map((c) => {
    const s = summarise(result.fixtures, c, result.verdicts[c]);
    const mine = (list: readonly ProbeProblem[]): number => list.filter((p) => p.checker === c).length;
    return [c, s.accepted, s.rejected, s.notJudged, mine(outcome.failures), mine(outcome.tolerated)];
  });
  const line = (p: ProbeProblem): string => `  ${p.checker} on ${p.id} — ${p.kind}: ${p.text}`;
  const failures = outcome.failures.length ? [`unexplained (${outcome.failures.length}):`, ...outcome.failures.map(line)] : ['unexplained: none'];
  const tolerated = outcome.tolerated.length ? [`explained (${outcome.tolerated.length}, README "Known differences"):`, ...outcome.tolerated.map(line)] : [];
  return [head, table(['checker', 'accepted', 'rejected', 'not judged', 'unexplained', 'explained'], rows), ...failures, ...tolerated].join('\n');
}

/** The whole suite; returns the number of unexplained problems. */
export async function probesSuite(work: string): Promise<number> {
  const catalogue = readProbes();
  const config = loadConfig(PROBES_CONFIG, { outDir: join(work, 'out') });
  const result = await runFixtureSuite({ name: 'probes', config, work, extra: [probeFixtures(catalogue, work)] });
  const outcome = probeProblems(result, catalogue.explained);
  console.log(renderProbes(result, outcome));
  if (result.typescriptReport) console.log(`FAIL tsc --strict on the probe tree's generated TypeScript:\n${result.typescriptReport}`);
  return outcome.failures.length + (result.typescriptReport ? 1 : 0);
}

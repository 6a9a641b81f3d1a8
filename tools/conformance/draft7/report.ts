/** Printing an official suite's run: per keyword file, every skip with its reason, every failure, and the support matrix. */
import { MATRIX } from '../matrix.js';
import { table } from '../report.js';
import type { GroupResult } from './evaluate.js';
import { RUN_LANGUAGES } from './plan.js';
import { claimMismatches, heldFailures, type Draft7Summary, type Tally } from './summary.js';
import { SUITES, type OfficialSuite } from './suites.js';

const cell = (t: Tally): string => `${t.groupsRun}/${t.groupsRun + t.groupsSkipped}  ${t.passed}/${t.failed}/${t.untyped + t.deviation}`;

export function renderFiles(summary: Draft7Summary, suite: OfficialSuite = SUITES.draft7): string {
  const rows = Object.entries(summary.files).map(([file, f]) => [file, f.groups, f.cases, cell(f.python), cell(f.java)]);
  const total = ['(all)', summary.groups, summary.cases, cell(summary.languages.python), cell(summary.languages.java)];
  return [
    `== ${suite.label} suite (JSON-Schema-Test-Suite ${summary.suiteCommit.slice(0, 12)}, tests/${suite.name}/*.json; optional/ not run): ${summary.groups} groups, ${summary.cases} cases; ajv (reference) agrees with the suite on ${summary.ajvPassed}`,
    'per language: groups run/all  cases passed/failed/not-representable (untyped kind or connspec deviation); cases of skipped groups are not counted',
    table(['keyword file', 'groups', 'cases', 'python', 'java'], [...rows, total]),
  ].join('\n');
}

/** Every group skipped for a language, grouped by reason: no silent skip. */
export function renderSkips(results: readonly GroupResult[]): string {
  const byReason = new Map<string, string[]>();
  for (const g of results) {
    for (const l of RUN_LANGUAGES) {
      const reason = g.status[l].skipped;
      if (reason !== undefined) byReason.set(`${l}: ${reason}`, [...(byReason.get(`${l}: ${reason}`) ?? []), g.entry.group.key]);
    }
  }
  const lines = [...byReason].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reason, groups]) => `  ${reason} — ${groups.length} group(s): ${groups.join(', ')}`);
  return [`skipped (${[...byReason.values()].reduce((n, g) => n + g.length, 0)} group-language pairs):`, ...lines].join('\n');
}

/** Failing cases: held ones (a bug) first, then those in groups whose generator reported what it does not enforce. */
export function renderFailures(results: readonly GroupResult[]): string {
  const held = heldFailures(results);
  const lines = held.map(({ group, language, index }) => {
    const c = group.cases[index];
    return `  FAIL ${language} ${group.entry.group.key} "${c?.description ?? ''}" (valid: ${String(c?.valid)}): ${c?.detail[language] ?? ''}`;
  });
  const expected = results.flatMap((g) =>
    RUN_LANGUAGES.flatMap((l) => {
      const failing = g.cases.filter((c) => c.outcome[l] === 'fail');
      return g.status[l].notes.length && failing.length ? [`  ${l} ${g.entry.group.key}: ${failing.length} case(s); generation said: ${[...new Set(g.status[l].notes)].join('; ').replace(/\s+/g, ' ').slice(0, 220)}`] : [];
    }),
  );
  const mismatches = claimMismatches(results).map(({ group, language }) => `  CLAIM ${language} ${group.entry.group.key}: every keyword is "full" (${group.entry.features.join(', ')}) but generation reported: ${group.status[language].notes.join('; ').slice(0, 200)}`);
  return [
    held.length ? `failures (${held.length}), in groups the generator reported nothing about — bugs:` : 'failures in groups the generator reported nothing about: none',
    ...lines,
    ...(mismatches.length ? [`support-table claims contradicted by the generators (${mismatches.length}):`, ...mismatches] : []),
    `failures where generation reported what it does not enforce (${expected.length} group-language pairs; the support table marks these keywords partial or none):`,
    ...expected,
  ].join('\n');
}

export function renderCategories(results: readonly GroupResult[], suite: OfficialSuite = SUITES.draft7): string {
  const count = (o: string): number => results.reduce((n, g) => n + g.cases.filter((c) => RUN_LANGUAGES.some((l) => c.outcome[l] === o)).length, 0);
  return [
    `not representable (${count('untyped')} cases): a schema without \`type\` applies kind keywords (maxLength, properties, …) only to values of that kind; typed models type it by that kind, so a value of another kind (which the suite calls valid) is rejected. Counted apart, never as passed.`,
    `deviations from ${suite.label} shared by connspec's own validator (${count('deviation')} cases), where ajv as connspec configures it disagrees with the suite too:`,
    ...Object.entries(suite.deviations).map(([key, why]) => `  ${key}: ${why}`),
  ].join('\n');
}

/** keyword × TypeScript / Python / Java: level, and for Python and Java the suite cases passed / run. */
export function renderMatrix(summary: Draft7Summary, suite: OfficialSuite = SUITES.draft7): string {
  const rows = MATRIX.map((k) => {
    const counts = summary.keywords[k.keyword];
    const col = (l: 'python' | 'java'): string => `${k.cells[l]?.level ?? 'none'} ${counts ? `${counts[l].passed}/${counts[l].run}` : ''}`;
    return [k.keyword, k.cells.typescript?.level ?? 'none', col('python'), col('java')];
  });
  return [`support matrix (level; ${suite.label} cases passed/run in groups using the keyword; TypeScript is types only, not run against the suite):`, table(['keyword', 'typescript', 'python', 'java'], rows)].join('\n');
}

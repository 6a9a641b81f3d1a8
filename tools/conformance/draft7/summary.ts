/**
 * An official suite's run in numbers: per language, per keyword file and per support-table keyword. The
 * summary is what `tools/conformance/<suite>-results.json` holds and README's support matrix shows.
 */
import { SUPPORT_KEYWORDS } from '@connspec/core';
import type { GroupResult, Outcome } from './evaluate.js';
import { RUN_LANGUAGES, type RunLanguage } from './plan.js';

export interface Tally {
  groupsRun: number;
  groupsSkipped: number;
  passed: number;
  failed: number;
  /** Not representable by a typed model (see implied.ts). */
  untyped: number;
  /** connspec's validator itself differs from the suite here (see suites.ts `deviations`). */
  deviation: number;
  skipped: number;
}

export interface Draft7Summary {
  readonly suiteCommit: string;
  readonly groups: number;
  readonly cases: number;
  readonly ajvPassed: number;
  readonly languages: Record<RunLanguage, Tally>;
  readonly files: Record<string, { groups: number; cases: number } & Record<RunLanguage, Tally>>;
  /** Per support-table keyword: cases passed / run, over the groups run that use it. */
  readonly keywords: Record<string, Record<RunLanguage, { passed: number; run: number }>>;
}

const empty = (): Tally => ({ groupsRun: 0, groupsSkipped: 0, passed: 0, failed: 0, untyped: 0, deviation: 0, skipped: 0 });
const COUNTED: Readonly<Record<Outcome, keyof Tally>> = { pass: 'passed', fail: 'failed', untyped: 'untyped', deviation: 'deviation', skipped: 'skipped' };

function add(tally: Tally, group: GroupResult, language: RunLanguage): void {
  if (group.status[language].skipped === undefined) tally.groupsRun++;
  else tally.groupsSkipped++;
  for (const c of group.cases) tally[COUNTED[c.outcome[language]]]++;
}

export function summarise(results: readonly GroupResult[], suiteCommit: string): Draft7Summary {
  const languages = { python: empty(), java: empty() };
  const files: Draft7Summary['files'] = {};
  const keywords: Draft7Summary['keywords'] = Object.fromEntries(SUPPORT_KEYWORDS.map((k) => [k.keyword, { python: { passed: 0, run: 0 }, java: { passed: 0, run: 0 } }]));
  for (const g of results) {
    const file = (files[g.entry.group.file] ??= { groups: 0, cases: 0, python: empty(), java: empty() });
    file.groups++;
    file.cases += g.cases.length;
    for (const l of RUN_LANGUAGES) {
      add(languages[l], g, l);
      add(file[l], g, l);
      for (const f of g.entry.features) {
        const k = keywords[f]?.[l];
        if (!k) continue;
        k.run += g.cases.filter((c) => c.outcome[l] === 'pass' || c.outcome[l] === 'fail').length;
        k.passed += g.cases.filter((c) => c.outcome[l] === 'pass').length;
      }
    }
  }
  const cases = results.flatMap((g) => g.cases);
  return { suiteCommit, groups: results.length, cases: cases.length, ajvPassed: cases.filter((c) => c.ajv === c.valid).length, languages, files, keywords };
}

/** Failures the run must not have: in a group the language runs and its generator reported nothing about. */
export function heldFailures(results: readonly GroupResult[]): { group: GroupResult; language: RunLanguage; index: number }[] {
  return results.flatMap((group) =>
    RUN_LANGUAGES.flatMap((language) =>
      group.status[language].notes.length > 0 ? [] : group.cases.flatMap((c, index) => (c.outcome[language] === 'fail' ? [{ group, language, index }] : [])),
    ),
  );
}

/** Groups whose keywords are all `full` for a language, though its generator reported something it does not enforce. */
export function claimMismatches(results: readonly GroupResult[]): { group: GroupResult; language: RunLanguage }[] {
  return results.flatMap((group) => RUN_LANGUAGES.filter((l) => group.status[l].claimMismatch).map((language) => ({ group, language })));
}

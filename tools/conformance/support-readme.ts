/**
 * README's support matrix (`<!-- support:start -->`): the support matrix (each built-in language's column, `TargetLanguage.support`)
 * with the case counts of the last recorded runs of the official suites (`tools/conformance/draft7-results.json`,
 * `tools/conformance/draft2020-12-results.json`).
 */
import { MATRIX } from './matrix.js';
import { readResults } from './draft7/results.js';
import { SUITES, type OfficialSuite } from './draft7/suites.js';
import type { Draft7Summary, Tally } from './draft7/summary.js';

const escape = (text: string): string => text.replace(/\|/g, '\\|');

function totals(name: string, t: Tally): string {
  return `${name}: ${t.groupsRun} groups run, ${t.groupsSkipped} skipped (each with its reason); ${t.passed} cases passed, ${t.failed} failed, ${t.untyped} not representable, ${t.deviation} deviations`;
}

function summaryLines(r: Draft7Summary, suite: OfficialSuite): string[] {
  return [
    `Official ${suite.label} suite (JSON-Schema-Test-Suite \`${r.suiteCommit.slice(0, 12)}\`, \`tests/${suite.name}/*.json\`, \`optional/\` not run): ${r.groups} groups, ${r.cases} cases; ajv agrees with the suite on ${r.ajvPassed}.`,
    `${totals('Python', r.languages.python)}. ${totals('Java', r.languages.java)}.`,
    '',
  ];
}

/**
 * The Markdown table: level per language, and for Python and Java the suites' cases passed / run in
 * groups using the keyword (draft-07 first, then `2020-12: …` where that suite ran any).
 */
export function supportTable(results: Draft7Summary | undefined = readResults(), later: Draft7Summary | undefined = readResults(SUITES['draft2020-12'].resultsFile)): string {
  const count = (r: Draft7Summary | undefined, keyword: string, language: 'python' | 'java'): string | undefined => {
    const c = r?.keywords[keyword]?.[language];
    return c && c.run > 0 ? `${c.passed}/${c.run}` : undefined;
  };
  const counts = (keyword: string, language: 'python' | 'java'): string => {
    const both = [count(results, keyword, language), count(later, keyword, language)];
    if (both.every((c) => c === undefined)) return '';
    return ` (${[both[0] ?? '-', ...(both[1] ? [`2020-12: ${both[1]}`] : [])].join('; ')})`;
  };
  const level = (k: (typeof MATRIX)[number], l: string): string => k.cells[l]?.level ?? 'none';
  const rows = MATRIX.map((k) => `| \`${k.keyword}\` | ${level(k, 'typescript')} | ${level(k, 'python')}${counts(k.keyword, 'python')} | ${level(k, 'java')}${counts(k.keyword, 'java')} | ${escape(k.notes.join(' '))} |`);
  const legend = 'In parentheses: suite cases passed / run in the groups that use the keyword and run in that language, draft-07 first, then 2020-12 (a failure under a `full` keyword comes from a `partial` keyword in the same group, reported at generation; the run lists each). TypeScript is types only: its column is the claim, not run against the suite.';
  const lines = [...(results ? summaryLines(results, SUITES.draft7) : ['No draft-07 results recorded yet.', '']), ...(later ? summaryLines(later, SUITES['draft2020-12']) : []), legend, ''];
  return [...lines, '| keyword | TypeScript | Python | Java | what partial or none leaves out |', '|---|---|---|---|---|', ...rows].join('\n');
}

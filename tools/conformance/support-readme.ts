/**
 * README's support matrix (`<!-- support:start -->`): the support table from `packages/connspec/src/core/support.ts`
 * with the draft-07 case counts of the last recorded run (`tools/conformance/draft7-results.json`).
 */
import { KEYWORD_SUPPORT } from '@connspec/core';
import { readResults } from './draft7/results.js';
import type { Draft7Summary, Tally } from './draft7/summary.js';

const escape = (text: string): string => text.replace(/\|/g, '\\|');

function totals(name: string, t: Tally): string {
  return `${name}: ${t.groupsRun} groups run, ${t.groupsSkipped} skipped (each with its reason); ${t.passed} cases passed, ${t.failed} failed, ${t.untyped} not representable, ${t.deviation} deviations`;
}

function summaryLines(r: Draft7Summary): string[] {
  return [
    `Official draft-07 suite (JSON-Schema-Test-Suite \`${r.suiteCommit.slice(0, 12)}\`, \`tests/draft7/*.json\`, \`optional/\` not run): ${r.groups} groups, ${r.cases} cases; ajv agrees with the suite on ${r.ajvPassed}.`,
    `${totals('Python', r.languages.python)}. ${totals('Java', r.languages.java)}.`,
    '',
    'In parentheses: suite cases passed / run in the groups that use the keyword and run in that language (a failure under a `full` keyword comes from a `partial` keyword in the same group, reported at generation; the run lists each). TypeScript is types only: its column is the claim, not run against the suite.',
    '',
  ];
}

/** The Markdown table: level per language, and for Python and Java the suite's cases passed / run in groups using the keyword. */
export function supportTable(results: Draft7Summary | undefined = readResults()): string {
  const counts = (keyword: string, language: 'python' | 'java'): string => {
    const c = results?.keywords[keyword]?.[language];
    return c && c.run > 0 ? ` (${c.passed}/${c.run})` : '';
  };
  const rows = KEYWORD_SUPPORT.map((k) => `| \`${k.keyword}\` | ${k.typescript} | ${k.python}${counts(k.keyword, 'python')} | ${k.java}${counts(k.keyword, 'java')} | ${escape(k.note ?? '')} |`);
  return [...(results ? summaryLines(results) : ['No draft-07 results recorded yet.', '']), '| keyword | TypeScript | Python | Java | what partial or none leaves out |', '|---|---|---|---|---|', ...rows].join('\n');
}

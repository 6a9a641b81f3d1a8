import { CHECKERS, disagreements, summarise, type Disagreement } from './verdicts.js';
import type { SuiteResult } from './fixtures-suite.js';

const NOTES: Readonly<Record<string, string>> = {
  ajv: 'reference validator over the source schemas; also checks the manifest\'s instance path and keyword',
  typescript: 'valid fixtures must type-check; an invalid one is judged (@ts-expect-error) when the schema as a type sees it still rejects it (no bounds, lengths, patterns or formats; integer as number; oneOf as anyOf)',
  python: 'Pydantic: model_validate and model_validate_json',
  java: 'Jackson (ConnspecJson mapper) + Hibernate Validator',
};

/** Right-aligned columns under a header, the first column left-aligned. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const left = (i: number): boolean => i === 0 || (i === header.length - 1 && header[i] === 'note');
  return all.map((r) => r.map((c, i) => (left(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}

export function suiteDisagreements(result: SuiteResult): Disagreement[] {
  return CHECKERS.flatMap((c) => disagreements(result.fixtures, c, result.verdicts[c]));
}

/** The agreement table of one suite, then every disagreement with its fixture, both verdicts and the error. */
export function renderSuite(result: SuiteResult): string {
  const valid = result.fixtures.filter((f) => f.valid).length;
  const head = [`== fixtures: ${result.name} — ${result.fixtures.length} fixtures (${valid} valid, ${result.fixtures.length - valid} invalid)`, ...result.sources.map((s) => `   from ${s}`)];
  const rows = CHECKERS.map((c) => {
    const s = summarise(result.fixtures, c, result.verdicts[c]);
    return [c, s.accepted, s.rejected, s.notJudged, s.disagreements, NOTES[c] ?? ''];
  });
  const list = suiteDisagreements(result).map(
    (d) => `  ${d.checker} on ${d.fixture.id} (${d.fixture.file}): expected ${d.expected}, got ${d.actual}${d.detail ? `\n      ${d.detail}` : ''}`,
  );
  const tail = list.length ? [`disagreements (${list.length}):`, ...list] : ['disagreements: none — every checker agrees with every fixture'];
  return [...head, table(['checker', 'accepted', 'rejected', 'not judged', 'disagreements', 'note'], rows), ...tail].join('\n');
}

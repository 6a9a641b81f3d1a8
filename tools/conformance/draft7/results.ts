/**
 * `tools/conformance/<suite>-results.json`: the numbers of the last run of an official suite, kept in the repository
 * so README's support matrix is rendered from a real run. The conformance run fails when its numbers
 * differ from the file (re-run with `--write-results`, then `npm run readme`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Draft7Summary } from './summary.js';

export const RESULTS_FILE = fileURLToPath(new URL('../draft7-results.json', import.meta.url));

export function resultsText(summary: Draft7Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

export function readResults(file = RESULTS_FILE): Draft7Summary | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Draft7Summary) : undefined;
}

export function writeResults(summary: Draft7Summary, file = RESULTS_FILE): void {
  writeFileSync(file, resultsText(summary));
}

/** Why the committed results are not this run's ('' when they are). */
export function staleResults(summary: Draft7Summary, file = RESULTS_FILE, suite = 'draft7'): string {
  if (!existsSync(file)) return `${file} does not exist: run \`npm run conformance -- --suite ${suite} --write-results\`, then \`npm run readme\``;
  if (readFileSync(file, 'utf8') === resultsText(summary)) return '';
  return `${file} differs from this run: run \`npm run conformance -- --suite ${suite} --write-results\`, then \`npm run readme\`, and commit both`;
}

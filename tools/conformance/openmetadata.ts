import { renderSuite, suiteDisagreements } from './report.js';
import type { SuiteResult } from './fixtures-suite.js';

/**
 * The openmetadata suite's verdict on a run over OpenMetadata's connection closure: its report, and
 * a problem for every disagreement, or one when the fixtures generator wrote no fixture at all.
 * Shared by the conformance run and the corpus run (`npm run corpus -- --conformance`).
 */
export function openmetadataVerdict(result: SuiteResult): { text: string; problems: string[] } {
  const report = renderSuite(result);
  if (result.fixtures.length === 0) {
    return { text: `${report}\nopenmetadata: NOT RUN — no fixtures (the fixtures generator wrote none for this catalogue); nothing counted`, problems: ['openmetadata: no fixtures were generated: nothing was judged'] };
  }
  const problems = suiteDisagreements(result).map((d) => `openmetadata: ${d.checker} disagrees on ${d.fixture.id}: expected ${d.expected}, got ${d.actual}`);
  return { text: report, problems };
}

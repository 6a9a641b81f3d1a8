import { describe, expect, it } from 'vitest';
import { renderSuite } from '../../tools/conformance/report.js';
import { disagreements, summarise, type Fixture, type Verdict } from '../../tools/conformance/verdicts.js';
import type { SuiteResult } from '../../tools/conformance/fixtures-suite.js';

const fixture = (id: string, valid: boolean): Fixture => ({ id, connection: 'c.json', file: `/f/${id}.json`, valid, value: {}, ...(valid ? {} : { instancePath: '', keyword: 'required' }) });
const fixtures = [fixture('ok', true), fixture('bad', false)];

describe('verdicts', () => {
  it('agree when each checker accepts the valid fixture and rejects the invalid one', () => {
    const verdicts = new Map<string, Verdict>([['ok', { accepted: true }], ['bad', { accepted: false }]]);
    expect(disagreements(fixtures, 'python', verdicts)).toEqual([]);
    expect(summarise(fixtures, 'python', verdicts)).toMatchObject({ accepted: 1, rejected: 1, notJudged: 0, disagreements: 0 });
  });

  it('report a wrong verdict, a missing one, a crash and a right verdict at the wrong place', () => {
    const wrong = new Map<string, Verdict>([['ok', { accepted: false, detail: '/x too long' }], ['bad', { accepted: true }]]);
    expect(disagreements(fixtures, 'java', wrong).map((d) => [d.fixture.id, d.expected, d.actual])).toEqual([['ok', 'accepted', 'rejected'], ['bad', 'rejected', 'accepted']]);
    expect(disagreements(fixtures, 'java', new Map([['ok', { accepted: true }]]))).toHaveLength(1);
    expect(disagreements(fixtures, 'python', new Map<string, Verdict>([['ok', { problem: 'crashed: boom' }], ['bad', { accepted: false }]]))[0]?.actual).toBe('crashed: boom');
    expect(disagreements(fixtures, 'ajv', new Map<string, Verdict>([['ok', { accepted: true }], ['bad', { accepted: false, problem: 'elsewhere' }]]))).toHaveLength(1);
  });

  it('do not count a fixture a checker does not judge (TypeScript on most invalid ones)', () => {
    const verdicts = new Map<string, Verdict>([['ok', { accepted: true }], ['bad', {}]]);
    expect(disagreements(fixtures, 'typescript', verdicts)).toEqual([]);
    expect(summarise(fixtures, 'typescript', verdicts)).toMatchObject({ judged: 1, notJudged: 1 });
  });

  it('print the table and list each disagreement with the fixture and both verdicts', () => {
    const good = new Map<string, Verdict>([['ok', { accepted: true }], ['bad', { accepted: false }]]);
    const result = { name: 'demo', sources: ['x: 2 fixtures'], fixtures, verdicts: { ajv: good, typescript: good, python: good, java: new Map([['ok', { accepted: true }], ['bad', { accepted: true }]]) } } as unknown as SuiteResult;
    const text = renderSuite(result);
    expect(text).toMatch(/^java\s+2\s+0\s+0\s+1/m);
    expect(text).toContain('java on bad (/f/bad.json): expected rejected, got accepted');
  });
});

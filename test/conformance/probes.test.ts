import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, PROBES_DIR, readProbes, type Explained, type ProbeCatalogue } from '../../tools/conformance/probes/catalogue.js';
import { probeProblems } from '../../tools/conformance/probes/suite.js';
import type { Checker, Fixture, Verdict, Written } from '../../tools/conformance/verdicts.js';

const probe = (id: string, valid: boolean, extra: Partial<Fixture> = {}): Fixture => ({ id, connection: 'a/x.json', file: `/p/${id}.json`, valid, value: {}, text: '{}', ...extra });
const exact: Written = { exact: true, text: '{}', shown: 'X()' };

/** Verdicts where every checker says `verdict` of every fixture, but `changes` by checker and id. */
function verdicts(fixtures: readonly Fixture[], changes: Partial<Record<Checker, Record<string, Verdict>>> = {}): Record<Checker, Map<string, Verdict>> {
  const base = (c: Checker): Map<string, Verdict> => new Map(fixtures.map((f) => [f.id, changes[c]?.[f.id] ?? { accepted: f.valid, ...(c === 'python' || c === 'java' ? { written: exact } : {}) }]));
  return { ajv: base('ajv'), typescript: base('typescript'), python: base('python'), java: base('java') };
}

const explained = (probeId: string, checker: Checker): Explained => ({ probe: probeId, checker, keyword: 'multipleOf', reason: 'floats' });

describe('probe problems', () => {
  const fixtures = [probe('n/ok', true, { hidden: ['s3cr3t'] }), probe('n/bad', false)];
  const cases: readonly { name: string; changes: Partial<Record<Checker, Record<string, Verdict>>>; explained?: Explained[]; failures: string[]; tolerated?: string[] }[] = [
    { name: 'all agree', changes: {}, failures: [] },
    { name: 'a wrong verdict', changes: { ajv: { 'n/bad': { accepted: true } } }, failures: ['ajv n/bad verdict'] },
    { name: 'a wrong verdict, explained', changes: { ajv: { 'n/bad': { accepted: true } } }, explained: [explained('n/bad', 'ajv')], failures: [], tolerated: ['ajv n/bad verdict'] },
    { name: 'an explanation that no longer happens', changes: {}, explained: [explained('n/ok', 'java')], failures: ['java n/ok stale explanation'] },
    { name: 'a lossy round trip', changes: { python: { 'n/ok': { accepted: true, written: { ...exact, exact: false, text: '{"a": null}' } } } }, failures: ['python n/ok round trip'] },
    { name: 'a hidden string shown', changes: { java: { 'n/ok': { accepted: true, written: { ...exact, shown: 'X{password=s3cr3t}' } } } }, failures: ['java n/ok shown'] },
    { name: 'a rejected value is not round-tripped', changes: { python: { 'n/bad': { accepted: false, written: { ...exact, exact: false } } } }, failures: [] },
  ];
  it.each(cases)('$name', (c) => {
    const outcome = probeProblems({ fixtures, verdicts: verdicts(fixtures, c.changes) }, c.explained ?? []);
    const key = (p: { checker: string; id: string; kind: string }): string => `${p.checker} ${p.id} ${p.kind}`;
    expect(outcome.failures.map(key)).toEqual(c.failures);
    expect(outcome.tolerated.map(key)).toEqual(c.tolerated ?? []);
  });
});

describe('probe catalogue', () => {
  const good: ProbeCatalogue = { probes: [{ id: 'a/1', schema: 'a/x.json', config: '{"n": 1e400}', valid: true, why: '' }], explained: [] };
  const cases: readonly { name: string; catalogue: ProbeCatalogue; problem?: RegExp }[] = [
    { name: 'a well-formed catalogue', catalogue: good },
    { name: 'a duplicate id', catalogue: { ...good, probes: [...good.probes, ...good.probes] }, problem: /used twice/ },
    { name: 'a missing schema', catalogue: { ...good, probes: [{ ...good.probes[0]!, schema: 'a/none.json' }] }, problem: /no schema a\/none.json/ },
    { name: 'a config that is not JSON', catalogue: { ...good, probes: [{ ...good.probes[0]!, config: '{n: 1}' }] }, problem: /not JSON text/ },
    { name: 'a typescript flag on a valid probe', catalogue: { ...good, probes: [{ ...good.probes[0]!, typescript: true }] }, problem: /for invalid probes/ },
    { name: 'an explanation of no probe', catalogue: { ...good, explained: [explained('a/2', 'ajv')] }, problem: /no such probe/ },
  ];
  it.each(cases)('$name', (c) => {
    const problems = catalogueProblems(c.catalogue, (schema) => schema === 'a/x.json');
    if (c.problem) expect(problems.join('; ')).toMatch(c.problem);
    else expect(problems).toEqual([]);
  });

  it('the repository catalogue is well-formed and names existing schemas', () => {
    const catalogue = readProbes();
    expect(catalogue.probes.length).toBeGreaterThan(0);
    for (const p of catalogue.probes) expect(existsSync(join(PROBES_DIR, 'schemas', p.schema))).toBe(true);
  });
});

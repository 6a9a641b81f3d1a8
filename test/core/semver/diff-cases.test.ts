import { describe, expect, it } from 'vitest';
import { ANNOTATION_CASES } from './cases/annotations.js';
import { COMBINATOR_CASES } from './cases/combinators.js';
import { OBJECT_CASES } from './cases/objects.js';
import { VALUE_CASES } from './cases/values.js';
import { runCase } from './support.js';

const CASES = [...OBJECT_CASES, ...VALUE_CASES, ...COMBINATOR_CASES, ...ANNOTATION_CASES];

describe('connspec diff: the case table', () => {
  it('has at least 55 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(55);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await runCase(c);
    expect({ class: result.class, rules: result.rules }).toEqual({ class: c.class, rules: [...c.rules].sort() });
    if (c.hint) expect(result.report.changes.map((x) => x.hint ?? '').join('\n')).toMatch(c.hint);
  });
});

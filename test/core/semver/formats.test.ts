import { describe, expect, it } from 'vitest';
import { evaluateGate, formatDiff, formatGate } from '@connspec/core';
import { CONN, connection, diffSources, S } from './support.js';

async function report() {
  const old = [connection(CONN, 'T', { host: S, port: { type: 'integer' } })];
  const now = [connection(CONN, 'T', { port: { type: 'number', description: 'The port.' }, user: S }, {}, '1.0.1')];
  return diffSources(old, now);
}

describe('output formats', () => {
  it('human: per connection, each change with its class, rule, places and hint', async () => {
    const text = formatDiff(await report(), 'human');
    expect(text).toContain(`${CONN} (T): requires major  1.0.0 → 1.0.1`);
    expect(text).toMatch(/major {2}property-removed: property "host" removed/);
    expect(text).toContain(`old ${CONN}#/properties/host  new ${CONN}#`);
    expect(text).toMatch(/minor {2}type-widened: type integer → number/);
    expect(text).toMatch(/patch {2}description-changed: description added/);
    expect(text).not.toContain('\u001b[');
    expect(formatDiff(await report(), 'human', { color: true })).toContain('\u001b[31mmajor');
  });

  it('json: the whole report, parseable', async () => {
    const parsed = JSON.parse(formatDiff(await report(), 'json')) as { changes: { rule: string }[]; connections: { path: string; required: string }[] };
    expect(parsed.connections).toEqual([expect.objectContaining({ path: CONN, required: 'major', changes: [0, 1, 2, 3] })]);
    expect(parsed.changes.map((c) => c.rule).sort()).toEqual(['description-changed', 'optional-added', 'property-removed', 'type-widened']);
  });

  it('markdown: a PR comment with a table per connection', async () => {
    const text = formatDiff(await report(), 'markdown');
    expect(text).toContain('| connection | required bump | version | changes |');
    expect(text).toContain(`| \`${CONN}\` | **major** | 1.0.0 → 1.0.1 | 4 |`);
    expect(text).toContain(`<details><summary>${CONN}: major</summary>`);
  });

  it('github: one workflow annotation per change, on its file and line', async () => {
    const text = formatDiff(await report(), 'github', { display: (_side, f) => `schemas/${f}` });
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=schemas\/entity\/services\/connections\/database\/tConnection\.json,line=\d+,title=[a-z-]+ \((major|minor|patch)\)::/);
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(1);
  });

  it('gate formats: a failing connection in each', async () => {
    const r = await report();
    const result = evaluateGate(r);
    expect(result.ok).toBe(false);
    expect(formatGate(result, r, 'human')).toContain(`FAIL ${CONN}: property-removed at #/properties/host`);
    expect(formatGate(result, r, 'github', { display: (_s, f) => `schemas/${f}`, versionLine: () => 4 })).toMatch(new RegExp(`^::error file=schemas/${CONN.replace(/\./g, '\\.')},line=4,title=version-gate::`));
    expect(formatGate(result, r, 'markdown')).toContain(`| ❌ | \`${CONN}\` | major | 1.0.0 → 1.0.1 |`);
    expect(JSON.parse(formatGate(result, r, 'json'))).toMatchObject({ ok: false, entries: [{ path: CONN, required: 'major', declared: 'patch', suggested: '2.0.0' }] });
  });
});

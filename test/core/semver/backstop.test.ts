import { describe, expect, it } from 'vitest';
import { diffIRs, fixturesFor, semverSettings, synthesiseAll } from '@connspec/core';
import { CONN, connection, diffSources, irOf } from './support.js';

const sslMode = { type: 'string', enum: ['verify-full', 'disable'] };
const lowercaseWord = { type: 'string', pattern: '^[a-z]+$' };

describe('backstop', () => {
  it('catches a case no rule covers: an enum dropped for a pattern that rejects an old value', async () => {
    const old = [connection(CONN, 'T', { sslMode })];
    const now = [connection(CONN, 'T', { sslMode: lowercaseWord })];
    // The rules alone see only the enum going away (minor): they do not check old values against the new pattern.
    const withoutBackstop = diffIRs(await irOf(old), await irOf(now), { settings: semverSettings({ semver: {} }), backstop: false });
    expect(withoutBackstop.changes.map((c) => `${c.rule}:${c.class}`)).toEqual(['enum-removed:minor']);
    const report = await diffSources(old, now);
    const backstop = report.changes.find((c) => c.rule === 'backstop');
    expect(backstop).toMatchObject({ class: 'major', message: expect.stringMatching(/^synthesised full instance, branch 0 is valid under the old schema but not the new one: \/sslMode must match pattern/) });
    expect(report.connections[0]?.required).toBe('major');
  });

  it('uses the fixtures generator output of the old tree when there is some, naming the fixture', async () => {
    const old = await irOf([connection(CONN, 'T', { sslMode })]);
    const now = await irOf([connection(CONN, 'T', { sslMode: lowercaseWord })]);
    const files = new Map([
      ['database/t/manifest.json', JSON.stringify({ connection: CONN, type: 'T', fixtures: [{ file: 'valid/disabled.json', valid: true }, { file: 'valid/strict.json', valid: true }, { file: 'invalid/bad.json', valid: false }] })],
      ['database/t/valid/disabled.json', JSON.stringify({ type: 'T', sslMode: 'disable' })],
      ['database/t/valid/strict.json', JSON.stringify({ type: 'T', sslMode: 'verify-full' })],
      ['database/t/invalid/bad.json', JSON.stringify({ type: 'T', sslMode: 1 })],
    ]);
    expect(fixturesFor(files, { path: CONN, serviceType: 'database', tag: 'T' })?.map((f) => f.name)).toEqual(['fixture database/t/valid/disabled.json', 'fixture database/t/valid/strict.json']);
    const report = diffIRs(old, now, { settings: semverSettings({ semver: {} }), fixtures: (c) => fixturesFor(files, c) });
    expect(report.changes.filter((c) => c.rule === 'backstop').map((c) => c.message)).toEqual([
      'fixture database/t/valid/strict.json is valid under the old schema but not the new one: /sslMode must match pattern "^[a-z]+$"',
    ]);
  });

  it('synthesises the same instances every time, one per branch and mode', async () => {
    const ir = await irOf([connection(CONN, 'T', { auth: { oneOf: [{ type: 'object', properties: { user: { type: 'string' } }, required: ['user'] }, { type: 'integer', minimum: 5 }] } })]);
    const root = ir.declarations.get(`${CONN}#`);
    if (!root) throw new Error('no root');
    const values = synthesiseAll(ir, root.type).map((i) => i.value);
    // The fixtures' value builder makes them: a name-based guess for `user`, its plausible count for the integer.
    expect(values).toEqual([{ type: 'T' }, { type: 'T', auth: { user: 'connspec_user' } }, { type: 'T', auth: 10 }]);
    expect(synthesiseAll(ir, root.type)).toEqual(synthesiseAll(ir, root.type));
  });
});

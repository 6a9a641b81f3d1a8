import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runSemverDiff, runVersionGate } from '@connspec/core';
import { gitRepo } from './support.js';
import { A, B, baseFiles, read, workspace, Z } from './workspace.js';

const lines = (entries: readonly { ok: boolean; line: string }[]) => entries.map((e) => `${e.ok ? 'ok' : 'FAIL'} ${e.line}`);

describe('version-gate', () => {
  it('fails with one clear line per connection: what changed, required vs declared', async () => {
    const { config } = workspace(baseFiles({ a: '1.1.0' }, { aHost: false, tokenExpiry: true }));
    const { result } = await runVersionGate(config, 'HEAD');
    expect(result.ok).toBe(false);
    expect(lines(result.entries)).toEqual([
      `FAIL ${B}: optional-added at security/credentials/token.json#/properties/expiry: optional property "expiry" added; requires minor, declared none (1.0.0 → 1.0.0)`,
      `FAIL ${A}: property-removed at #/properties/host: property "host" removed (closed model: configs that set it fail); requires major, declared minor (1.0.0 → 1.1.0)`,
    ]);
    expect(result.entries.map((e) => e.suggested)).toEqual(['1.1.0', '2.0.0']);
  });

  it('passes when every changed connection declares at least the required bump', async () => {
    const { config } = workspace(baseFiles({ a: '2.0.0', b: '1.1.0', z: '0.3.0' }, { aHost: false, tokenExpiry: true }));
    const { result } = await runVersionGate(config, 'HEAD');
    expect(result.ok).toBe(true);
    expect(result.entries.map((e) => [e.path, e.required, e.declared])).toEqual([[B, 'minor', 'minor'], [A, 'major', 'major']]);
  });

  it('passes when nothing changed', async () => {
    const { config } = workspace();
    expect((await runVersionGate(config, 'HEAD')).result).toEqual({ ok: true, entries: [] });
  });

  it('rejects a decrease and a string that is not a semantic version, even without a schema change', async () => {
    const { config } = workspace(baseFiles({ a: '0.9.0', b: '1.1' }));
    const { result } = await runVersionGate(config, 'HEAD');
    expect(lines(result.entries)).toEqual([`FAIL ${B}: schemaVersion "1.1" is not a semantic version (MAJOR.MINOR.PATCH)`, `FAIL ${A}: schemaVersion decreased 1.0.0 → 0.9.0`]);
  });

  it('below 1.0.0 a breaking change needs a minor bump', async () => {
    const fail = await runVersionGate(workspace(baseFiles({ z: '0.3.1' }, { zPath: false })).config, 'HEAD');
    expect(lines(fail.result.entries)).toEqual([`FAIL ${Z}: property-removed at #/properties/path: property "path" removed (closed model: configs that set it fail); requires minor (major below 1.0.0), declared patch (0.3.0 → 0.3.1)`]);
    const pass = await runVersionGate(workspace(baseFiles({ z: '0.4.0' }, { zPath: false })).config, 'HEAD');
    expect(pass.result.ok).toBe(true);
  });

  it('--auto-bump writes the minimal versions, leaving every other byte of the file as it was', async () => {
    const { dir, config } = workspace(baseFiles({}, { aHost: false, tokenExpiry: true }));
    const before = { a: read(dir, A), b: read(dir, B) };
    const run = await runVersionGate(config, 'HEAD', { autoBump: true });
    expect(run.written).toEqual([{ path: B, from: '1.0.0', to: '1.1.0' }, { path: A, from: '1.0.0', to: '2.0.0' }]);
    expect(run.result.ok).toBe(true);
    expect(read(dir, A)).toBe(before.a.replace('"schemaVersion": "1.0.0"', '"schemaVersion": "2.0.0"'));
    expect(read(dir, B)).toBe(before.b.replace('"schemaVersion": "1.0.0"', '"schemaVersion": "1.1.0"'));
    expect((await runVersionGate(config, 'HEAD')).result.ok).toBe(true);
  });
});

describe('connspec diff on git refs', () => {
  it('compares two commits of a temp repository without touching its working tree', async () => {
    const dir = gitRepo([baseFiles(), baseFiles({ a: '2.0.0' }, { aHost: false })]);
    const { config } = workspace();
    const run = await runSemverDiff({ ...config, schemaRoot: `${dir}/schemas` }, 'HEAD~1', 'HEAD');
    expect(run.report.changes.map((c) => `${c.rule} ${c.class}`)).toEqual(['property-removed major']);
    expect(run.report.connections.find((c) => c.path === A)).toMatchObject({ required: 'major', oldVersion: '1.0.0', newVersion: '2.0.0' });
    expect(execFileSync('git', ['-C', dir, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
  });

  it('compares a ref with a directory', async () => {
    const { dir, config } = workspace(baseFiles({}, { tokenExpiry: true }));
    const run = await runSemverDiff(config, 'HEAD', `${dir}/schemas`);
    expect(run.report.connections.filter((c) => c.required).map((c) => `${c.path} ${c.required}`)).toEqual([`${B} minor`]);
  });
});

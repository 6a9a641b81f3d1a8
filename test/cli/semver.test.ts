import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/workspace.js';
import { gitRepo } from '../core/semver/support.js';
import { A, B, baseFiles, read, workspace } from '../core/semver/workspace.js';

import { runCli } from '../support/cli.js';

const run = async (cwd: string, ...args: string[]) => {
  const r = await runCli(args, { cwd });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

describe('connspec diff (CLI)', () => {
  it('diffs two git refs in all four formats, exit 0', async () => {
    const dir = gitRepo([baseFiles(), baseFiles({ a: '2.0.0' }, { aHost: false, tokenExpiry: true })]);
    const outputs = Object.fromEntries(await Promise.all(['human', 'json', 'markdown', 'github'].map(async (f) => [f, await run(dir, 'diff', 'HEAD~1', 'HEAD', '--format', f)] as const)));
    for (const [format, r] of Object.entries(outputs)) expect(r.status, `${format}: ${r.stderr}`).toBe(0);
    expect(outputs.human?.stdout).toContain(`${A} (A): requires major  1.0.0 → 2.0.0`);
    expect(outputs.human?.stdout).toContain(`via ${B} → security/credentials/token.json`);
    expect(JSON.parse(outputs.json?.stdout ?? '')).toMatchObject({ old: 'HEAD~1', new: 'HEAD', profile: 'CONTRACT' });
    expect(outputs.markdown?.stdout).toMatch(/^### connspec diff: `HEAD~1` → `HEAD` \(CONTRACT\)/);
    expect(outputs.github?.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^::error file=schemas\/entity\/services\/connections\/database\/aConnection\.json,line=\d+,title=property-removed \(major\)::property "host" removed/),
      expect.stringMatching(/^::warning file=schemas\/security\/credentials\/token\.json,line=\d+,title=optional-added \(minor\)::optional property "expiry" added/),
    ]);
  });

  it('diffs two directories; a side that is neither a directory nor a ref is a usage error (exit 2)', async () => {
    const { dir } = workspace(baseFiles({}, { tokenExpiry: true }));
    const base = gitRepo([baseFiles()]);
    const ok = await run(dir, 'diff', join(base, 'schemas'), 'schemas', '--profile', 'strict');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('(profile STRICT)');
    const bad = await run(dir, 'diff', 'no-such-ref', 'schemas');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"no-such-ref" is neither a directory nor a git ref');
  });
});

describe('connspec version-gate (CLI)', () => {
  it('fails (exit 1) with one line per connection, then passes after --auto-bump', async () => {
    const { dir } = workspace(baseFiles({ a: '1.1.0' }, { aHost: false, tokenExpiry: true }));
    const fail = await run(dir, 'version-gate', '--base', 'HEAD');
    expect(fail.status, fail.stderr).toBe(1);
    expect(fail.stdout.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([
      expect.stringMatching(new RegExp(`^FAIL ${B}: optional-added .* requires minor, declared none \\(1\\.0\\.0 → 1\\.0\\.0\\) — minimal passing version: 1\\.1\\.0$`)),
      expect.stringMatching(new RegExp(`^FAIL ${A}: property-removed .* requires major, declared minor \\(1\\.0\\.0 → 1\\.1\\.0\\) — minimal passing version: 2\\.0\\.0$`)),
    ]);
    const github = await run(dir, 'version-gate', '--base', 'HEAD', '--format', 'github');
    expect(github.stdout).toMatch(/^::error file=schemas\/entity\/services\/connections\/dashboard\/bConnection\.json,line=6,title=version-gate::/);
    const bump = await run(dir, 'version-gate', '--base', 'HEAD', '--auto-bump');
    expect(bump.status, bump.stdout + bump.stderr).toBe(0);
    expect(bump.stderr).toContain(`wrote schemaVersion 2.0.0 into ${A} (was 1.1.0)`);
    expect(read(dir, A)).toContain('"schemaVersion": "2.0.0"');
    const pass = await run(dir, 'version-gate', '--base', 'HEAD');
    expect(pass.status, pass.stdout).toBe(0);
    expect(pass.stdout).toContain('version-gate: 2 connection(s) checked, 0 failing');
  });

  it('without --base is a usage error', async () => {
    const r = await run(ROOT, 'version-gate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('needs --base <ref>');
  });
});

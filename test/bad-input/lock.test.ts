import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL, LOCK, recoverOutDir, UsageError, writeTargets, type GeneratedFile } from '@connspec/core';
import { snapshotTree } from '../support/workspace.js';
import { BIN } from './kill-support.js';

type Outputs = Map<string, GeneratedFile[]>;
const outputs = (tag: string): Outputs =>
  new Map([
    ['java', [{ path: 'dev/A.java', contents: `class A {} // ${tag}\n` }]],
    ['ui-forms', [{ path: 'forms/a.json', contents: `{"tag":"${tag}"}\n` }]],
  ]);

/** An output folder holding `outputs('old')` and a file a person put in `java/`. */
async function oldOutput(): Promise<{ out: string; before: Map<string, string> }> {
  const out = mkdtempSync(join(tmpdir(), 'connspec-lock-'));
  await writeTargets(out, outputs('old'));
  writeFileSync(join(out, 'java/NOTES.md'), 'kept\n');
  return { out, before: snapshotTree(out) };
}

const lockOf = (pid: number, host = hostname()): string => `${JSON.stringify({ pid, host, run: 'a1b2c3', started: '2026-01-01T00:00:00.000Z' })}\n`;
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid ?? 0;

/** What a folder an older connspec left would do to the old output: each row plants it, recovery must undo it. */
const LEGACY: readonly { name: string; plant: (out: string) => void }[] = [
  { name: 'a half-written staging folder', plant: (out) => writeFileSync(join(mkdirP(out, '.connspec-staging-java-0a1b2c3d'), 'half.java'), '') },
  { name: 'a staging folder of a dashed target', plant: (out) => cpSync(join(out, 'ui-forms'), join(out, '.connspec-staging-ui-forms-89abcdef'), { recursive: true }) },
  { name: 'the old copy after both renames', plant: (out) => cpSync(join(out, 'java'), join(out, '.connspec-staging-java-deadbeef-old'), { recursive: true }) },
  {
    name: 'a kill between the two renames (the target only in -old)',
    plant: (out) => {
      cpSync(join(out, 'java'), join(out, '.connspec-staging-java-feedface'), { recursive: true });
      writeFileSync(join(out, '.connspec-staging-java-feedface/dev/A.java'), 'new\n');
      renameSync(join(out, 'java'), join(out, '.connspec-staging-java-feedface-old'));
    },
  },
];
function mkdirP(out: string, name: string): string {
  mkdirSync(join(out, name), { recursive: true });
  return join(out, name);
}

describe('recovery removes what older connspec versions left', () => {
  it.each(LEGACY.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { out, before } = await oldOutput();
    c.plant(out);
    expect(snapshotTree(out)).not.toEqual(before);
    await recoverOutDir(out);
    expect(snapshotTree(out)).toEqual(before);
  });

  it('a write removes them too', async () => {
    const { out } = await oldOutput();
    LEGACY[0]?.plant(out);
    await writeTargets(out, outputs('new'));
    expect(readdirSync(out).sort()).toEqual(['java', 'ui-forms']);
  });
});

describe('the output folder lock', () => {
  const LIVE: readonly { name: string; lock: () => string; says: RegExp }[] = [
    { name: 'a live pid on this host', lock: () => lockOf(process.pid), says: new RegExp(`pid ${process.pid} on ${hostname()}`) },
    { name: 'any pid on another host (cannot be checked)', lock: () => lockOf(deadPid(), 'build-agent-7'), says: /pid \d+ on build-agent-7/ },
  ];

  it.each(LIVE.map((c) => [c.name, c] as const))('refuses %s, and leaves that run\'s staging alone', async (_name, c) => {
    const { out } = await oldOutput();
    writeFileSync(join(out, LOCK), c.lock());
    writeFileSync(join(mkdirP(out, '.connspec-run-a1b2c3/new/java'), 'A.java'), 'staged by the live run\n');
    const held = snapshotTree(out);
    const fix = `If no connspec is running there, delete ${join(out, LOCK)}.`;
    for (const attempt of [() => recoverOutDir(out), () => writeTargets(out, outputs('new'))]) {
      const error = await attempt().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(c.says);
      expect((error as Error).message).toContain(fix);
    }
    expect(snapshotTree(out)).toEqual(held);
  });

  it('an output folder that is a file is a usage error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'connspec-lock-')), 'generated');
    writeFileSync(file, 'not a folder\n');
    const says = `the output folder ${file} is a file: set outDir (or --out) to a folder, or move the file away.`;
    await expect(recoverOutDir(file)).rejects.toThrow(says);
    await expect(writeTargets(file, outputs('new'))).rejects.toThrow(says);
  });

  it('the CLI reports a live lock as a usage error (exit 2, no stack trace)', async () => {
    const { out } = await oldOutput();
    writeFileSync(join(out, LOCK), lockOf(process.pid));
    const held = snapshotTree(out);
    const r = spawnSync(process.execPath, [BIN, 'generate', '--out', out, '-t', 'java'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`is being written by another connspec run (pid ${process.pid} on ${hostname()}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotTree(out)).toEqual(held);
  });

  const STALE: readonly { name: string; lock: () => string }[] = [
    { name: 'a dead pid on this host', lock: () => lockOf(deadPid()) },
    { name: 'an unreadable lock', lock: () => 'not json' },
  ];

  it.each(STALE.map((c) => [c.name, c] as const))('takes over %s', async (_name, c) => {
    const { out } = await oldOutput();
    writeFileSync(join(out, LOCK), c.lock());
    const reports = await writeTargets(out, outputs('new'));
    expect(reports.map((r) => [r.target, r.changed])).toEqual([['java', true], ['ui-forms', true]]);
    expect(readdirSync(out).sort()).toEqual(['java', 'ui-forms']);
    expect(snapshotTree(out).get('java/dev/A.java')).toBe('class A {} // new\n');
    expect(snapshotTree(out).get('java/NOTES.md')).toBe('kept\n');
  });

  it('two concurrent writers: each writes whole or is refused, never both half', async () => {
    const { out } = await oldOutput();
    const tags = ['one', 'two'];
    const results = await Promise.allSettled(tags.map((t) => writeTargets(out, outputs(t))));
    for (const r of results) if (r.status === 'rejected') expect(String(r.reason)).toMatch(/is being written by another connspec run/);
    const won = tags.filter((_t, i) => results[i]?.status === 'fulfilled');
    expect(won.length).toBeGreaterThan(0);
    const tree = snapshotTree(out);
    expect(won.map((t) => tree.get('java/dev/A.java') === `class A {} // ${t}\n` && tree.get('ui-forms/forms/a.json') === `{"tag":"${t}"}\n`)).toContain(true);
    expect(readdirSync(out).sort()).toEqual(['java', 'ui-forms']);
  });
});

describe('a journal recovery cannot finish', () => {
  const CASES: readonly { name: string; plant: (out: string) => void; says: (out: string) => string }[] = [
    {
      name: 'a journal connspec did not write',
      plant: (out) => writeFileSync(join(out, JOURNAL), '{"run": "../../etc", "targets": []}\n'),
      says: (out) => `${join(out, JOURNAL)} is not a connspec journal`,
    },
    {
      name: 'a target recreated after its old output was moved aside',
      plant: (out) => {
        cpSync(join(out, 'java'), join(out, '.connspec-run-abc123/new/java'), { recursive: true });
        cpSync(join(out, 'java'), join(out, '.connspec-run-abc123/old/java'), { recursive: true });
        writeFileSync(join(out, JOURNAL), '{"run": "abc123", "targets": ["java"]}\n');
      },
      says: (out) => `cannot finish the interrupted write of ${join(out, 'java')}: it was recreated after connspec moved the previous output to ${join(out, '.connspec-run-abc123/old/java')}; move ${join(out, 'java')} away`,
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s: a usage error naming the file and the fix, nothing touched', async (_name, c) => {
    const { out } = await oldOutput();
    c.plant(out);
    const held = snapshotTree(out);
    await expect(recoverOutDir(out)).rejects.toThrow(c.says(out));
    expect(snapshotTree(out)).toEqual(held);
  });
});

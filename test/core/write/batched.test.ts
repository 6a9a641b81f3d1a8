import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK, MANIFEST, writeTargets, type GeneratedFile } from '@connspec/core';
import { snapshotTree } from '../../support/workspace.js';

/** `count` files spread over folders three deep, more than the writes kept in flight. */
const many = (tag: string, count: number): GeneratedFile[] =>
  Array.from({ length: count }, (_, i) => ({ path: `d${i % 7}/e${i % 3}/f${i % 5}/file${i}.txt`, contents: `${tag} ${i}\n` }));

const TARGETS = ['java', 'python', 'typescript'] as const;
const outputs = (edit?: (target: string, files: GeneratedFile[]) => GeneratedFile[]): Map<string, GeneratedFile[]> =>
  new Map(TARGETS.map((t) => [t, edit ? edit(t, many(t, 150)) : many(t, 150)]));

/** What the output folder must hold after writing `o`, plus any foreign files. */
function expectedTree(o: Map<string, GeneratedFile[]>, foreign: Record<string, string> = {}): Map<string, string> {
  const tree = new Map<string, string>(Object.entries(foreign));
  for (const [t, files] of o) {
    for (const f of files) tree.set(`${t}/${f.path}`, f.contents);
    tree.set(`${t}/${MANIFEST}`, `${JSON.stringify(files.map((f) => f.path).sort(), null, 2)}\n`);
  }
  return new Map([...tree].sort(([a], [b]) => a.localeCompare(b)));
}

const sorted = (m: Map<string, string>): Map<string, string> => new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
const newOut = (): string => mkdtempSync(join(tmpdir(), 'connspec-batched-'));

describe('batched writes of many files in many folders', () => {
  it('write exactly the files, keep a foreign one, and report only the targets that changed', async () => {
    const out = newOut();
    const first = await writeTargets(out, outputs());
    expect(first.map((r) => [r.target, r.written, r.changed])).toEqual(TARGETS.map((t) => [t, 150, true]));
    expect(sorted(snapshotTree(out))).toEqual(expectedTree(outputs()));

    writeFileSync(join(out, 'python/d0/NOTES.md'), 'kept\n');
    const again = await writeTargets(out, outputs());
    expect(again.map((r) => [r.target, r.changed])).toEqual(TARGETS.map((t) => [t, false]));

    // One file near the end of one target differs: only that target is rewritten.
    const edited = outputs((t, files) => (t === 'python' ? files.map((f, i) => (i === 149 ? { ...f, contents: 'changed\n' } : f)) : files));
    const third = await writeTargets(out, edited);
    expect(third.map((r) => [r.target, r.changed])).toEqual(TARGETS.map((t) => [t, t === 'python']));
    expect(sorted(snapshotTree(out))).toEqual(expectedTree(edited, { 'python/d0/NOTES.md': 'kept\n' }));
    expect(readdirSync(out).sort()).toEqual([...TARGETS]);
  });

  it('a write failing among many leaves the output as it was, no staging and no lock behind', async () => {
    const out = newOut();
    await writeTargets(out, outputs());
    const before = snapshotTree(out);
    // `d3` is both a folder (of other files) and a file: the folder is made first, writing the file fails.
    const broken = outputs((t, files) => (t === 'typescript' ? [...files, { path: 'd3', contents: 'x\n' }] : files.map((f) => ({ ...f, contents: `new ${f.contents}` }))));
    await expect(writeTargets(out, broken)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(snapshotTree(out)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual([...TARGETS]);
    expect(existsSync(join(out, LOCK))).toBe(false);
  });
});

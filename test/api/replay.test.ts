import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runKey } from '../../packages/connspec/src/api/replay.js';
import { loadConfig } from '../../packages/connspec/src/index.js';
import { runCli } from '../support/cli.js';
import { CATALOGUE, CONFIG } from '../hooks/catalogue.js';

let root: string;
let cache: string;

const write = (path: string, text: string): void => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const edit = (path: string, from: string, to: string): void => write(path, read(path).replace(from, to));

/** `connspec generate --format json` in the tree, with the cache folder of this test. */
async function generate(...args: string[]) {
  const run = await runCli(['generate', '--format', 'json', ...args], { cwd: root, env: { NO_COLOR: '1', CONNSPEC_CACHE: cache } });
  const data = JSON.parse(run.stdout) as { ok: boolean; cache: string; diagnostics: unknown[]; reports: { target: string; changed: boolean }[] };
  return { code: run.code, ...data };
}

/** Every file below a folder, by relative path, with its contents. */
function tree(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]).sort());
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'connspec-replay-'));
  cache = join(root, '.cache');
  write('.connspec.json', CONFIG);
  for (const [path, text] of Object.entries(CATALOGUE)) write(path, text);
});

interface Case {
  readonly name: string;
  /** What happens between a first (recorded) run and the second. */
  readonly between: () => void;
  readonly second: 'hit' | 'miss' | 'off';
  readonly args?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'nothing changed: replayed', between: () => undefined, second: 'hit' },
  { name: 'a description edited: run in full', between: () => edit('schemas/common.json', '"type": "string"', '"type": "string", "description": "Host name"'), second: 'miss' },
  { name: 'a generated file edited by hand: run in full, and put back', between: () => edit('generated/typescript/index.ts', 'export', '// edited\nexport'), second: 'miss' },
  { name: 'a generated file deleted: run in full, and put back', between: () => rmSync(join(root, 'generated/python/connspec_models/common.py')), second: 'miss' },
  { name: 'the config changed (a rule severity): run in full', between: () => edit('.connspec.json', '"secret-format": "off"', '"secret-format": "warning"'), second: 'miss' },
  { name: 'a schema file added: run in full', between: () => write('schemas/extra.json', '{"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://example.com/s/extra.json", "type": "string"}'), second: 'miss' },
  { name: 'the run record is corrupt: run in full, no error', between: () => corruptRecords(), second: 'miss' },
  { name: '--no-cache: run in full, nothing recorded', between: () => undefined, second: 'off', args: ['--no-cache'] },
];

function corruptRecords(): void {
  for (const name of readdirSync(join(cache, 'runs'))) writeFileSync(join(cache, 'runs', name), '{"key": 1');
}

describe('generate replays a run whose inputs and outputs are unchanged, and only then', () => {
  it.each(CASES)('$name', async ({ between, second, args = [] }) => {
    const first = await generate();
    expect(first).toMatchObject({ code: 0, ok: true, cache: 'miss' });
    between();
    const again = await generate(...args);
    expect(again).toMatchObject({ code: 0, ok: true, cache: second });
    expect(again.diagnostics.length).toBe(second === 'hit' ? first.diagnostics.length : again.diagnostics.length);
    // Whatever the path taken, the output is what a cold run of the same tree writes.
    const cold = join(root, 'cold');
    const coldRun = await generate('--no-cache', '--out', cold);
    expect(coldRun.ok).toBe(true);
    expect(tree(join(root, 'generated'))).toEqual(tree(cold));
  });

  it('a replay reports the first run\'s diagnostics and every target unchanged', async () => {
    edit('.connspec.json', '"secret-format": "off"', '"secret-format": "warning"');
    write('schemas/connections/db.json', read('schemas/connections/db.json').replace('"port": {', '"password": { "type": "string" },\n    "port": {'));
    const first = await generate();
    expect(first.diagnostics.length).toBeGreaterThan(0);
    const again = await generate();
    expect(again.cache).toBe('hit');
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.reports.map((r) => r.changed)).toEqual(first.reports.map(() => false));
  });

  it('--no-cache records nothing, and a failed run records nothing', async () => {
    await generate('--no-cache');
    expect(() => readdirSync(join(cache, 'runs'))).toThrow();
    edit('schemas/common.json', '"minimum": 1', '"minimum": "one"');
    const failed = await generate();
    expect(failed).toMatchObject({ ok: false, cache: 'miss' });
    expect(() => readdirSync(join(cache, 'runs'))).toThrow();
  });

  it('a run with other targets keeps its own record', async () => {
    await generate();
    expect((await generate('--target', 'python')).cache).toBe('miss');
    expect((await generate('--target', 'python')).cache).toBe('hit');
    expect((await generate()).cache).toBe('hit');
  });
});

describe('the cache stays bounded', () => {
  it('keeps the units of at most 64 configs, dropping the least recently saved, never the current one', async () => {
    const units = join(cache, 'units');
    for (let i = 0; i < 70; i++) {
      mkdirSync(join(units, `old-${String(i).padStart(2, '0')}`), { recursive: true });
      utimesSync(join(units, `old-${String(i).padStart(2, '0')}`), 1_000_000 + i, 1_000_000 + i);
    }
    expect((await generate()).ok).toBe(true);
    const left = readdirSync(units).sort();
    expect(left).toHaveLength(64);
    expect(left.filter((d) => !d.startsWith('old-'))).toHaveLength(1);
    expect(left).not.toContain('old-06');
    expect(left).toContain('old-07');
    expect(left).toContain('old-69');
  });
});

describe('runKey', () => {
  const config = () => loadConfig(join(root, '.connspec.json'));
  const sources = [{ path: 'a.json', text: '{}' }];
  it.each([
    { name: 'another connspec build', change: () => runKey('other-build', config(), ['python'], sources) },
    { name: 'other targets', change: () => runKey('build', config(), ['java'], sources) },
    { name: 'one byte of one file', change: () => runKey('build', config(), ['python'], [{ path: 'a.json', text: '{ }' }]) },
    { name: 'a file renamed', change: () => runKey('build', config(), ['python'], [{ path: 'b.json', text: '{}' }]) },
    { name: 'a setting', change: () => runKey('build', { ...config(), recursionDepth: 9 }, ['python'], sources) },
  ])('changes with $name', ({ change }) => {
    expect(change()).not.toBe(runKey('build', config(), ['python'], sources));
  });

  it('ignores the config file\'s text (its $comment), not its settings', () => {
    expect(runKey('build', { ...config(), configText: '{"$comment": "x"}' }, ['python'], sources)).toBe(runKey('build', config(), ['python'], sources));
  });
});

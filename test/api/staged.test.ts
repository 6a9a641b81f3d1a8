import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { stagedSources } from '../../packages/connspec/src/api/staged.js';
import { runCli } from '../support/cli.js';
import { CATALOGUE, CONFIG } from '../hooks/catalogue.js';

let repo: string;

const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
const write = (path: string, text: string): void => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const validateStaged = (...args: string[]) => runCli(['validate', '--staged', ...args], { cwd: repo });

/** A repository whose index holds the catalogue and its config (nothing committed: every entry is staged). */
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'connspec-staged-'));
  git('init', '-q');
  write('.connspec.json', CONFIG);
  for (const [path, text] of Object.entries(CATALOGUE)) write(path, text);
  git('add', '.');
});

describe('stagedSources', () => {
  it('reads the index, not the work tree: any name, deletions absent, symlinks and other files skipped', () => {
    write('schemas/shared/défauts "réseau"\t.json', '{"staged": true}');
    write('schemas/notes.txt', 'not a schema');
    symlinkSync('common.json', join(repo, 'schemas/alias.json'));
    git('add', 'schemas');
    write('schemas/shared/défauts "réseau"\t.json', '{"staged": false}');
    git('rm', '-q', '--cached', 'schemas/connections/api.json');
    const sources = stagedSources(repo, 'schemas');
    expect(sources.map((s) => s.path)).toEqual(['common.json', 'connections/db.json', 'shared/défauts "réseau"\t.json']);
    expect(sources.find((s) => s.path.startsWith('shared/'))?.text).toBe('{"staged": true}');
    expect(sources[0]?.text).toBe(CATALOGUE['schemas/common.json']);
  });

  it('reads the whole tree when the schema root is the top of the work tree', () => {
    expect(stagedSources(repo, '').map((s) => s.path)).toEqual(['.connspec.json', 'schemas/common.json', 'schemas/connections/api.json', 'schemas/connections/db.json']);
  });
});

describe('connspec validate --staged', () => {
  it.each([
    {
      name: 'the config is not in the index',
      setup: () => git('rm', '-q', '--cached', '.connspec.json'),
      args: [],
      stderr: () => 'connspec validate: .connspec.json is not in the git index; git add .connspec.json (--staged checks with the config the commit will hold)',
    },
    { name: 'files are named too', setup: () => '', args: ['schemas/common.json'], stderr: () => 'connspec validate: --staged validates the whole git index and takes no files (got schemas/common.json); drop the files or --staged' },
    {
      name: 'outside a git work tree',
      setup: () => rmSync(join(repo, '.git'), { recursive: true }),
      args: [],
      stderr: () => `connspec validate: ${repo} is not inside a git work tree; --staged validates the git index`,
    },
  ])('is a usage error when $name', async ({ setup, args, stderr }) => {
    setup();
    const run = await validateStaged(...args);
    expect(run.stderr.split('\n')[0]).toBe(stderr());
    expect(run.code).toBe(2);
  });

  // Config paths are shown relative to the process's working directory: here the workspace, so absolute.
  it('checks with the staged config and places its problems in the staged text', async () => {
    const staged = CONFIG.replace('"connections": { "paths": ["connections/{name}.json"] }', '"connections": {\n    "paths": ["nowhere/{name}.json"]\n  }');
    write('.connspec.json', staged);
    git('add', '.connspec.json');
    write('.connspec.json', CONFIG.replace('"secret-format": "off"', '"secret-format": "error"'));
    const run = await validateStaged();
    expect(run.stderr.split('\n').filter((l) => /:\d+:\d+ error/.test(l)).map((l) => l.split(': ')[0])).toEqual([`${repo}/.connspec.json:5:5 error [no-connections] at #/connections/paths`]);
    expect(run.code).toBe(1);
    expect(readFileSync(join(repo, '.connspec.json'), 'utf8')).not.toBe(staged);
  });

  it('prints no diagnostics as JSON when the index changes nothing it reads', async () => {
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'catalogue');
    write('schemas/common.json', '{ broken');
    const run = await validateStaged('--format', 'json');
    expect(run.stdout).toBe('[]\n');
    expect(run.code).toBe(0);
  });
});

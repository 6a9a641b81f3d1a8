import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/workspace.js';
import { CATALOGUE, CONFIG } from './catalogue.js';

let repo: string;

/** git with the tests' identity and no GIT_* variables or user config leaking in (a run from inside a hook sets GIT_INDEX_FILE). */
const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: ENV });
const commit = (...args: string[]) => spawnSync('git', ['commit', '-m', 'change', ...args], { cwd: repo, encoding: 'utf8', env: ENV });
const read = (path: string): string => readFileSync(join(repo, path), 'utf8');
const write = (path: string, text: string): void => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const edit = (path: string, from: string, to: string): void => {
  const text = read(path);
  expect(text).toContain(from);
  write(path, text.replace(from, to));
};

/** The head of every diagnostic line: `file:line:col severity [rule] at #pointer`. */
const heads = (stderr: string): string[] =>
  stderr.split('\n').flatMap((line) => /^(\S.*:\d+:\d+ (?:error|warning) \[[^\]]+\] at #\S*):/.exec(line)?.[1] ?? []);

/** A throwaway repository holding a small catalogue and its config, committed, with the workspace's hook and connspec linked in. */
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'connspec-hook-'));
  for (const link of ['tools', 'node_modules']) symlinkSync(join(ROOT, link), join(repo, link));
  git('init', '-q');
  execFileSync(process.execPath, [join(ROOT, 'tools/hooks/install.js')], { cwd: repo, env: ENV });
  write('.connspec.json', CONFIG);
  for (const [path, text] of Object.entries(CATALOGUE)) write(path, text);
  write('README.md', 'notes\n');
  git('add', '.connspec.json', 'schemas', 'README.md');
  git('commit', '-qm', 'catalogue', '--no-verify');
});

afterEach(() => {
  git('reset', '-q', '--hard', 'HEAD');
});

/** Git quotes this name (`"schemas/shared/d\303\251fauts r\303\251seau.json"`) unless -z is used. */
const NON_ASCII = `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://example.com/s/shared/défauts réseau.json",
  "type": "object",
  "properties": { "timeout": { "type": "integer" } },
  "required": ["timeoutt"]
}
`;

interface Blocked {
  readonly name: string;
  /** Changes the work tree and stages (or not) what the commit holds. */
  readonly change: () => void;
  readonly args?: readonly string[];
  /** Every diagnostic head the hook must print, and no other. */
  readonly expected: readonly string[];
}

const BLOCKED: readonly Blocked[] = [
  {
    name: 'git rm of a schema other committed, unchanged schemas reference',
    change: () => git('rm', '-q', 'schemas/common.json'),
    expected: [
      'connections/api.json:7:15 error [ref-unresolvable] at #/properties/port/$ref',
      'connections/db.json:7:15 error [ref-unresolvable] at #/properties/host/$ref',
      'connections/db.json:8:15 error [ref-unresolvable] at #/properties/port/$ref',
    ],
  },
  {
    name: 'a renamed definition, breaking refs in other committed, unchanged files (every one reported)',
    change: () => {
      edit('schemas/common.json', '"port":', '"portNumber":');
      git('add', 'schemas/common.json');
    },
    expected: ['connections/api.json:7:15 error [ref-unresolvable] at #/properties/port/$ref', 'connections/db.json:8:15 error [ref-unresolvable] at #/properties/port/$ref'],
  },
  {
    name: 'a new file with a non-ASCII name holding an error',
    change: () => {
      write('schemas/shared/défauts réseau.json', NON_ASCII);
      git('add', 'schemas/shared');
    },
    expected: ['shared/défauts réseau.json:6:16 error [required-exists] at #/required/0'],
  },
  {
    name: 'the staged config turns a relaxed rule back to error (no schema changed)',
    change: () => {
      edit('.connspec.json', '"secret-format": "off"', '"secret-format": "error"');
      git('add', '.connspec.json');
    },
    expected: ['connections/api.json:8:5 error [secret-format] at #/properties/password'],
  },
  {
    name: 'the staged config keeps a rule an error the work tree relaxes',
    change: () => {
      edit('schemas/connections/db.json', '"required": ["host"]', '"required": ["hostt"]');
      git('add', 'schemas/connections/db.json');
      edit('.connspec.json', '"rules": {', '"rules": { "required-exists": "off",');
    },
    expected: ['connections/db.json:10:16 error [required-exists] at #/required/0'],
  },
  {
    name: 'git commit -a (the hook reads the index git commit builds)',
    change: () => edit('schemas/common.json', '"host":', '"hostName":'),
    args: ['-a'],
    expected: ['connections/db.json:7:15 error [ref-unresolvable] at #/properties/host/$ref'],
  },
];

describe('pre-commit hook', () => {
  it('is installed by the prepare script', () => {
    expect(git('config', 'core.hooksPath').trim()).toBe('tools/hooks/git');
  });

  it.each(BLOCKED)('blocks $name, printing every diagnostic', ({ change, args = [], expected }) => {
    const head = git('rev-parse', 'HEAD');
    change();
    const result = commit(...args);
    expect(heads(result.stderr), result.stderr).toEqual(expected);
    expect(result.stderr).toContain('commit blocked');
    expect(result.status).toBe(1);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  it('lets a clean staged change through, whatever the work tree holds unstaged', () => {
    edit('schemas/connections/db.json', '"title": "Db"', '"title": "Database"');
    git('add', 'schemas/connections/db.json');
    write('schemas/connections/api.json', '{ broken json');
    rmSync(join(repo, 'schemas/common.json'));
    edit('.connspec.json', '"secret-format": "off"', '"secret-format": "error"');
    const result = commit();
    expect(result.stderr).toContain('connspec validate --staged: 0 error(s), 0 warning(s)');
    expect(result.status, result.stderr).toBe(0);
  });

  it('checks nothing when the commit touches neither the schema root nor the config', () => {
    write('schemas/connections/api.json', '{ broken json'); // unstaged: not part of the commit
    write('README.md', 'more notes\n');
    git('add', 'README.md');
    const result = commit();
    expect(result.stderr).toContain('connspec validate: the git index changes nothing under schemas nor the config; nothing to check');
    expect(result.status, result.stderr).toBe(0);
  });
});

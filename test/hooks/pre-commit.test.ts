import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/workspace.js';

let repo: string;

const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const commit = (message: string) =>
  spawnSync('git', ['commit', '-m', message], { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const MYSQL = 'schemas/entity/services/connections/database/mysqlConnection.json';

/** A throwaway repository holding the schemas, with the workspace's code linked in. */
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'connspec-hook-'));
  cpSync(join(ROOT, 'schemas'), join(repo, 'schemas'), { recursive: true });
  for (const link of ['tools', 'packages', 'node_modules', 'tsconfig.base.json', 'package.json', '.connspec.json']) symlinkSync(join(ROOT, link), join(repo, link));
  git('init', '-q');
  execFileSync(process.execPath, [join(ROOT, 'tools/hooks/install.js')], { cwd: repo });
  git('add', 'schemas');
  git('commit', '-qm', 'schemas', '--no-verify');
});

describe('pre-commit hook', () => {
  it('is installed by the prepare script', () => {
    expect(git('config', 'core.hooksPath').trim()).toBe('tools/hooks/git');
  });

  it('blocks a commit whose staged schema breaks a rule, printing the diagnostic', () => {
    const text = readFileSync(join(repo, MYSQL), 'utf8');
    writeFileSync(join(repo, MYSQL), text.replace('"required": [', '"required": [\n    "hostPortt",'));
    git('add', MYSQL);
    const result = commit('broken');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/mysqlConnection\.json:\d+:\d+ error \[required-exists\] at #[^:]*\/required\/0: "hostPortt" is required but not declared/);
    expect(result.stderr).toContain('commit blocked');
    writeFileSync(join(repo, MYSQL), text);
    git('add', MYSQL);
  });

  it('checks what is staged, not the work tree, and lets a clean change through', () => {
    const text = readFileSync(join(repo, MYSQL), 'utf8');
    writeFileSync(join(repo, MYSQL), text.replace('"Mysql Database Connection Config"', '"MySQL database connection config"'));
    git('add', MYSQL);
    writeFileSync(join(repo, MYSQL), '{ broken json'); // unstaged: the hook must not see it
    const result = commit('clean');
    expect(result.stderr, result.stderr).not.toContain("commit blocked");
    expect(result.status).toBe(0);
  });
});

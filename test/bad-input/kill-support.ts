import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, SCHEMAS, snapshotTree } from '../support/workspace.js';

export const BIN = join(ROOT, 'packages/connspec/bin/connspec.js');
/** A file a person put in a target folder: every run must keep it. */
export const FOREIGN = 'typescript/NOTES.md';
const MYSQL = 'entity/services/connections/database/mysqlConnection.json';

/** An edit of the MySQL connection that changes the output of every target. */
function revise(text: string): string {
  const out = text
    .replace('"Mysql Database Connection Config"', '"Mysql Database Connection Config (revised)"')
    .replace('the user needs the SHOW DATABASES privilege', 'grant SHOW DATABASES')
    .replace('"properties": {', '"properties": {\n    "killNote": { "title": "Kill Note", "description": "A note.", "type": "string", "default": "note" },');
  expect(out).not.toBe(text);
  return out;
}

/** Two generations of one catalogue: the output before and after `revise`, with a foreign file in both. */
export interface Generations {
  readonly ws: string;
  readonly newSchemas: string;
  readonly targets: readonly string[] | undefined;
  /** How long the CLI took to regenerate the old output into the new one. */
  readonly fullRunMs: number;
  /** The old output on disk (copy it: never write into it). */
  readonly oldDir: string;
  readonly old: Map<string, string>;
  readonly new: Map<string, string>;
}

/** Writes a config for `schemas` → `out` in `dir`, returning its path. */
export function writeConfig(dir: string, schemas: string, out: string, targets?: readonly string[]): string {
  const base = JSON.parse(readFileSync(join(ROOT, '.connspec.json'), 'utf8')) as Record<string, unknown>;
  const file = join(dir, `${Math.random().toString(36).slice(2)}.connspec.json`);
  writeFileSync(file, JSON.stringify({ ...base, $schema: undefined, schemaRoot: schemas, outDir: out, ...(targets ? { targets } : {}) }, null, 2));
  return file;
}

/** `connspec generate --config <file>` as a child process, to completion (or until a failpoint kills it). */
export function generateCli(config: string, killAt?: string): SpawnSyncReturns<string> {
  const env = { ...process.env, NO_COLOR: '1', CONNSPEC_TEST_KILL_AT: killAt ?? '' };
  return spawnSync(process.execPath, [BIN, 'generate', '--config', config], { encoding: 'utf8', env });
}

/** Starts `connspec generate` and SIGKILLs it after `ms` (if still running); resolves once it is reaped. */
export function killAfter(config: string, ms: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'generate', '--config', config], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

/** A fresh copy of `dir` in a temp folder. */
export function copyTree(dir: string): string {
  const to = mkdtempSync(join(tmpdir(), 'connspec-kill-'));
  cpSync(dir, to, { recursive: true });
  return to;
}

/**
 * Generates the old and the new output of a catalogue (the shipped one, or `prune` of it): the new
 * one by regenerating over a copy of the old one, so the foreign file is in both.
 */
export function generations(prune?: (schemas: string) => void, targets?: readonly string[]): Generations {
  const ws = mkdtempSync(join(tmpdir(), 'connspec-kill-ws-'));
  const oldSchemas = join(ws, 'schemas-old');
  const newSchemas = join(ws, 'schemas-new');
  cpSync(SCHEMAS, oldSchemas, { recursive: true });
  prune?.(oldSchemas);
  cpSync(oldSchemas, newSchemas, { recursive: true });
  writeFileSync(join(newSchemas, MYSQL), revise(readFileSync(join(newSchemas, MYSQL), 'utf8')));
  const oldDir = join(ws, 'old-out');
  expect(generateCli(writeConfig(ws, oldSchemas, oldDir, targets)).status).toBe(0);
  writeFileSync(join(oldDir, FOREIGN), 'A note a person left next to the generated types.\n');
  const newDir = copyTree(oldDir);
  const started = performance.now();
  expect(generateCli(writeConfig(ws, newSchemas, newDir, targets)).status).toBe(0);
  const fullRunMs = performance.now() - started;
  const [old, next] = [snapshotTree(oldDir), snapshotTree(newDir)];
  rmSync(newDir, { recursive: true });
  const differ = (t: string) => [...old].some(([p, v]) => p.startsWith(`${t}/`) && next.get(p) !== v);
  expect(readdirSync(oldDir).length).toBeGreaterThanOrEqual(2);
  for (const target of readdirSync(oldDir)) expect(differ(target), `${target} differs between old and new`).toBe(true);
  return { ws, newSchemas, targets, fullRunMs, oldDir, old, new: next };
}

/** Which whole output `dir` holds: 'old', 'new', or what keeps it from being either. */
export function whichOutput(dir: string, g: Generations): string {
  const tree = snapshotTree(dir);
  const same = (want: Map<string, string>) => tree.size === want.size && [...want].every(([p, v]) => tree.get(p) === v);
  if (same(g.old)) return 'old';
  if (same(g.new)) return 'new';
  const off = (want: Map<string, string>) => [...new Set([...tree.keys(), ...want.keys()])].filter((p) => tree.get(p) !== want.get(p)).slice(0, 4);
  return `neither (vs old: ${off(g.old).join(', ')}; vs new: ${off(g.new).join(', ')})`;
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyse, diffIRs, semverSettings, type Bump, type IR, type SemverReport, type SemverRule, type SemverSettings, type Source } from '@connspec/core';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

/** The connection every case edits: property `x` holds the case's snippet. */
export const CONN = 'entity/services/connections/database/tConnection.json';

export type Json = Record<string, unknown>;

/** A schema file with `$schema` and the `$id` the path asks for. */
export function file(path: string, body: Json): Source {
  return { path, text: `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: BASE_URL + path, ...body }, null, 2)}\n` };
}

/** A closed connection schema (tag `T`) whose property `x` is `snippet`, with extra definitions. */
export function connection(path: string, tag: string, props: Json, definitions: Json = {}, version = '1.0.0'): Source {
  const typeKey = `${tag.toLowerCase()}Type`;
  return file(path, {
    title: `${tag}Connection`,
    type: 'object',
    schemaVersion: version,
    definitions: { [typeKey]: { type: 'string', enum: [tag], default: tag }, ...definitions },
    properties: { type: { $ref: `#/definitions/${typeKey}`, default: tag }, ...props },
    additionalProperties: false,
  });
}

export async function irOf(sources: readonly Source[]): Promise<IR> {
  const { ir } = await analyse(tempConfig(), sources);
  if (!ir) throw new Error('no IR');
  return ir;
}

export interface Case {
  readonly name: string;
  readonly old: Json;
  readonly new: Json;
  readonly class: Bump | 'none';
  readonly rules: readonly string[];
  readonly settings?: Partial<SemverSettings>;
  readonly defs?: { readonly old?: Json; readonly new?: Json };
  readonly files?: { readonly old?: readonly Source[]; readonly new?: readonly Source[] };
  /** A hint some finding must carry. */
  readonly hint?: RegExp;
}

export async function diffSources(old: readonly Source[], now: readonly Source[], settings: Partial<SemverSettings> = {}, rules?: readonly SemverRule[]): Promise<SemverReport> {
  const [a, b] = await Promise.all([irOf(old), irOf(now)]);
  return diffIRs(a, b, { settings: semverSettings({ semver: {} }, settings), ...(rules ? { rules } : {}) });
}

export async function runCase(c: Case): Promise<{ class: Bump | 'none'; rules: string[]; report: SemverReport }> {
  const side = (s: 'old' | 'new'): Source[] => [connection(CONN, 'T', { x: c[s] }, c.defs?.[s] ?? {}), ...(c.files?.[s] ?? [])];
  const report = await diffSources(side('old'), side('new'), c.settings ?? {});
  const conn = report.connections.find((x) => x.path === CONN);
  const rules = [...new Set((conn?.changes ?? []).map((i) => report.changes[i]?.rule ?? '?'))].sort();
  return { class: conn?.required ?? 'none', rules, report };
}

/** A throwaway git repository with the given files committed, one commit per list. */
export function gitRepo(commits: readonly (readonly { path: string; text: string }[])[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'connspec-semver-git-'));
  const git = (...args: string[]): string => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  commits.forEach((files, i) => {
    writeFiles(dir, files);
    git('add', '-A');
    git('commit', '-q', '-m', `commit ${i}`);
  });
  return dir;
}

export function writeFiles(dir: string, files: readonly { path: string; text: string }[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
}

export const S = { type: 'string' } as const;
export const obj = (properties: Json, extra: Json = {}): Json => ({ type: 'object', properties, ...extra });

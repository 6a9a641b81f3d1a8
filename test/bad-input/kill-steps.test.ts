import { rmSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverOutDir } from '@connspec/core';
import { loadConfig } from 'connspec';
import { generate } from '../support/generate.js';
import { copyTree, generateCli, generations, whichOutput, writeConfig, type Generations } from './kill-support.js';

/** A small catalogue (MySQL and what it uses) and two targets keep each killed run short. */
const TARGETS = ['java', 'typescript'] as const;
function mysqlOnly(schemas: string): void {
  const services = join(schemas, 'entity/services');
  for (const name of readdirSync(services)) if (name.endsWith('Service.json')) unlinkSync(join(services, name));
  for (const entry of readdirSync(join(services, 'connections'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('Connection.json') && entry.name !== 'mysqlConnection.json') rmSync(join(entry.parentPath, entry.name));
  }
}

interface Row {
  /** The write step the run is SIGKILLed right after (CONNSPEC_TEST_KILL_AT). */
  readonly step: string;
  /** A second run, killed at this step while it recovers from the first. */
  readonly then?: string;
  /** The whole output the folder holds once recovered. */
  readonly expected: 'old' | 'new';
}

const ROWS: readonly Row[] = [
  { step: 'locked', expected: 'old' },
  { step: 'staged', expected: 'old' },
  { step: 'journal-written', expected: 'old' },
  { step: 'committed', expected: 'new' },
  ...TARGETS.flatMap((t): Row[] => [
    { step: `moved-out:${t}`, expected: 'new' },
    { step: `moved-in:${t}`, expected: 'new' },
  ]),
  { step: 'switched', expected: 'new' },
  { step: 'journal-removed', expected: 'new' },
  { step: 'cleaned', expected: 'new' },
  { step: 'moved-out:java', then: 'moved-in:java', expected: 'new' },
  { step: 'moved-in:java', then: 'switched', expected: 'new' },
  { step: 'staged', then: 'locked', expected: 'old' },
];

describe('generate SIGKILLed after every write step recovers to one whole output', () => {
  let g: Generations;

  beforeAll(() => {
    g = generations(mysqlOnly, TARGETS);
  });

  it.each(ROWS.map((r) => [`${r.step}${r.then ? ` then ${r.then}` : ''}`, r] as const))('killed after %s', async (_name, row) => {
    const out = copyTree(g.oldDir);
    const config = writeConfig(g.ws, g.newSchemas, out, TARGETS);
    expect(generateCli(config, row.step).signal).toBe('SIGKILL');
    if (row.then) expect(generateCli(config, row.then).signal).toBe('SIGKILL');

    // Recovery as a library call (on a copy), then as the next CLI run's first step (killed right after it).
    const copy = copyTree(out);
    await recoverOutDir(copy);
    expect(whichOutput(copy, g)).toBe(row.expected);
    expect(generateCli(config, 'recovered').signal).toBe('SIGKILL');
    expect(whichOutput(out, g)).toBe(row.expected);

    // The next full run (in-process, the code the CLI runs) writes the new output and leaves nothing else behind.
    const reports = await generate(loadConfig(config));
    expect(reports.map((r) => r.target).sort()).toEqual([...TARGETS]);
    expect(whichOutput(out, g)).toBe('new');
    rmSync(out, { recursive: true });
    rmSync(copy, { recursive: true });
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '@connspec/core';
import { generate } from '../support/generate.js';
import { SCHEMAS, snapshotTree, tempConfig } from '../support/workspace.js';
import { BAD_CASES } from '../bad-input/cases.js';
import { seededRandom } from '../../packages/connspec/src/core/synth/random.js';

interface Source {
  readonly path: string;
  readonly text: string;
}

/** Every shipped schema, in file-system walk order. */
function readSources(): Source[] {
  const out: Source[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push({ path: relative(SCHEMAS, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(SCHEMAS);
  return out;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(`shuffle:${seed}`);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function generateTree(sources?: readonly Source[]): Promise<Map<string, string>> {
  const config = tempConfig();
  await generate(config, undefined, sources);
  return snapshotTree(config.outDir);
}

describe('output does not depend on the order input files arrive in', () => {
  const SEEDS = [1, 42, 20240601];
  let sources: Source[];
  let reference: Map<string, string>;

  beforeAll(async () => {
    sources = readSources();
    expect(sources.length).toBeGreaterThan(20);
    reference = await generateTree();
    expect(reference.size).toBeGreaterThan(20);
  });

  it('in-memory sources in walk order match reading the schema root from disk', async () => {
    expect(await generateTree(sources)).toEqual(reference);
  });

  it('reversed order gives a byte-identical tree', async () => {
    expect(await generateTree([...sources].reverse())).toEqual(reference);
  });

  it.each(SEEDS)('seeded shuffle %i gives a byte-identical tree', async (seed) => {
    const order = shuffled(sources, seed);
    expect(order.map((s) => s.path)).not.toEqual(sources.map((s) => s.path));
    expect(await generateTree(order)).toEqual(reference);
  });

  it.each(SEEDS)('seeded shuffle %i gives the same IR names and diagnostics', async (seed) => {
    const config = tempConfig();
    const a = await analyse(config, sources);
    const b = await analyse(config, shuffled(sources, seed));
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect([...(b.ir?.declarations.entries() ?? [])].map(([id, d]) => [id, d.name])).toEqual([...(a.ir?.declarations.entries() ?? [])].map(([id, d]) => [id, d.name]));
  });
});

describe('diagnostics do not depend on input order either', () => {
  it.each(BAD_CASES.map((c) => [c.name, c] as const))('%s: reversed and shuffled sources report the same list', async (_name, c) => {
    const config = tempConfig();
    const { diagnostics } = await analyse(config, c.sources);
    expect((await analyse(config, [...c.sources].reverse())).diagnostics).toEqual(diagnostics);
    expect((await analyse(config, shuffled(c.sources, 7))).diagnostics).toEqual(diagnostics);
  });
});

describe('regenerating into the same folder', () => {
  it('leaves it byte-identical and reports nothing changed', async () => {
    const config = tempConfig();
    await generate(config);
    const first = snapshotTree(config.outDir);
    const reports = await generate(config);
    expect(snapshotTree(config.outDir)).toEqual(first);
    expect(reports.map((r) => [r.target, r.changed, r.removed])).toEqual(reports.map((r) => [r.target, false, []]));
  });
});

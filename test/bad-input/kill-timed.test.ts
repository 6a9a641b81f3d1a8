import { rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverOutDir } from '@connspec/core';
import { copyTree, generateCli, generations, killAfter, whichOutput, writeConfig, type Generations } from './kill-support.js';

/** When the run is SIGKILLed, as a fraction of a full run's time (generation first, the write last). */
const FRACTIONS = [0.4, 0.8, 0.9, 0.95, 0.99] as const;

describe('generate of the shipped catalogue SIGKILLed at any time recovers to one whole output', () => {
  let g: Generations;

  beforeAll(() => {
    g = generations();
  });

  it.each(FRACTIONS.map((f) => [f] as const))('killed at %s of a full run', async (fraction) => {
    const out = copyTree(g.oldDir);
    const config = writeConfig(g.ws, g.newSchemas, out);
    await killAfter(config, Math.round(fraction * g.fullRunMs));

    // Recovery as a library call (on a copy) and as the next CLI run's first step (killed right after it).
    const copy = copyTree(out);
    await recoverOutDir(copy);
    const recovered = whichOutput(copy, g);
    expect(['old', 'new']).toContain(recovered);
    expect(generateCli(config, 'recovered').signal).toBe('SIGKILL');
    expect(whichOutput(out, g)).toBe(recovered);
    rmSync(out, { recursive: true });
    rmSync(copy, { recursive: true });
  });
});

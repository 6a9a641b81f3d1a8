import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/cli.js';
import { randomSchemaSet, type RandomSchemaSet } from '../support/random-schemas.js';

/** 200 seeded sets: a failing seed is replayed with `randomSchemaSet(seed)`. */
const SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);
const scratch = mkdtempSync(join(tmpdir(), 'connspec-parity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function materialise(set: RandomSchemaSet): string {
  const dir = join(scratch, String(set.seed));
  for (const f of set.files) {
    mkdirSync(dirname(join(dir, 'schemas', f.path)), { recursive: true });
    writeFileSync(join(dir, 'schemas', f.path), f.text);
  }
  writeFileSync(join(dir, '.connspec.json'), JSON.stringify(set.config, null, 2));
  return dir;
}

/** An internal error (a thrown exception, which the bin would print as a bug) fails the property outright. */
async function run(argv: string[], cwd: string): Promise<CliRun> {
  try {
    return await runCli(argv, { cwd });
  } catch (error) {
    return { code: 70, stdout: '', stderr: `internal error: ${error instanceof Error ? error.stack : String(error)}` };
  }
}

const errorRules = (stderr: string): string[] => [...new Set([...stderr.matchAll(/ error \[([\w-]+)\]/g)].map((m) => m[1] ?? ''))].sort();

describe('validate passes exactly what generate accepts (seeded random schema sets)', () => {
  const outcomes: boolean[] = [];

  it.each(SEEDS)('seed %i: validate exit 0 ⇔ generate exit 0, same errors, no internal error', async (seed) => {
    const dir = materialise(randomSchemaSet(seed));
    const validated = await run(['validate'], dir);
    const generated = await run(['generate'], dir);
    expect([validated.code, generated.code], `${validated.stderr}\n---\n${generated.stderr}`).not.toContain(70);
    expect(validated.code === 0, `validate:\n${validated.stderr}\ngenerate:\n${generated.stderr}`).toBe(generated.code === 0);
    expect(errorRules(validated.stderr)).toEqual(errorRules(generated.stderr));
    // What generate accepted, it wrote; what it refused left no output folder behind.
    expect(readdirSync(dir).includes('generated')).toBe(generated.code === 0);
    outcomes.push(generated.code === 0);
  });

  it('the sets are not all alike: both verdicts occur often', () => {
    const passed = outcomes.filter(Boolean).length;
    expect(outcomes).toHaveLength(SEEDS.length);
    expect(passed).toBeGreaterThan(SEEDS.length * 0.2);
    expect(SEEDS.length - passed).toBeGreaterThan(SEEDS.length * 0.2);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { randomSchemaSet, type RandomSchemaSet } from '../support/random-schemas.js';

/**
 * Incremental regeneration against cold runs: a seeded random schema set is generated (recording
 * its per-file work), one file is edited, and the next run, reusing what does not depend on the edit,
 * must write byte for byte what a cold run (--no-cache) of the edited set writes, recomputing the
 * fixtures of exactly the connections whose file closure holds the edited file.
 */
const SEEDS = Array.from({ length: 30 }, (_, i) => 2000 + i);
const scratch = mkdtempSync(join(tmpdir(), 'connspec-incremental-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Edit {
  readonly name: string;
  /** It may rename a declaration, which makes every unit new (names are given catalogue-wide). */
  readonly renames?: boolean;
  /** Which file of the set it edits. */
  readonly pick: (set: RandomSchemaSet) => string;
  readonly apply: (schema: Record<string, unknown>) => void;
}

const EDITS: readonly Edit[] = [
  { name: 'a connection\'s description', pick: (s) => files(s, 'connections/')[0] ?? '', apply: (x) => void (x.description = 'Edited description.') },
  { name: 'a shared file\'s description', pick: (s) => files(s, 'types/')[0] ?? '', apply: (x) => void (x.description = 'Edited shared description.') },
  { name: 'a shared definition tightened', pick: (s) => files(s, 'types/').at(-1) ?? '', apply: tighten },
  { name: 'a connection given a new property', pick: (s) => files(s, 'connections/').at(-1) ?? '', apply: (x) => void (x.properties = { ...(x.properties as object), addedByEdit: { type: 'string', minLength: 2 } }) },
  { name: 'a shared file retitled', renames: true, pick: (s) => files(s, 'types/')[0] ?? '', apply: (x) => void (x.title = 'Retitled Shared') },
];

const files = (set: RandomSchemaSet, prefix: string): string[] => set.files.map((f) => f.path).filter((p) => p.startsWith(prefix)).sort();

/** Every definition of the file gets a `maxLength` (strings) or `maxProperties` (objects) it did not have. */
function tighten(schema: Record<string, unknown>): void {
  for (const def of Object.values((schema.definitions ?? schema.$defs ?? {}) as Record<string, Record<string, unknown>>)) {
    if (def.type === 'string') def.maxLength ??= 64;
    else def.maxProperties ??= 40;
  }
}

/** The files a set's file reaches through `$ref` (itself included), read from the refs' text. */
function reach(set: RandomSchemaSet, from: string): Set<string> {
  const text = new Map(set.files.map((f) => [f.path, f.text]));
  const seen = new Set([from]);
  for (const path of seen) for (const m of (text.get(path) ?? '').matchAll(/types\/t\d+\.json/g)) seen.add(m[0]);
  return seen;
}

function tree(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]).sort());
}

async function generate(dir: string, ...args: string[]) {
  const run = await runCli(['generate', '--format', 'json', ...args], { cwd: dir, env: { NO_COLOR: '1', CONNSPEC_CACHE: join(dir, '.cache') } });
  return JSON.parse(run.stdout) as { ok: boolean; cache: string; units: Record<string, { reused: number; computed: number }> };
}

describe('an edited set regenerates incrementally, byte-identical to a cold run', () => {
  let accepted = 0;
  afterAll(() => expect(accepted).toBeGreaterThanOrEqual(SEEDS.length));

  it.each(SEEDS.flatMap((seed) => EDITS.map((edit) => ({ seed, edit }))))('seed $seed, $edit.name', async ({ seed, edit }) => {
    const set = randomSchemaSet(seed);
    const dir = join(scratch, `${seed}-${EDITS.indexOf(edit)}`);
    for (const f of set.files) {
      mkdirSync(dirname(join(dir, 'schemas', f.path)), { recursive: true });
      writeFileSync(join(dir, 'schemas', f.path), f.text);
    }
    writeFileSync(join(dir, '.connspec.json'), JSON.stringify(set.config, null, 2));
    if (!(await generate(dir)).ok) return;
    const target = edit.pick(set);
    const schema = JSON.parse(readFileSync(join(dir, 'schemas', target), 'utf8')) as Record<string, unknown>;
    edit.apply(schema);
    writeFileSync(join(dir, 'schemas', target), JSON.stringify(schema, null, 2));
    const edited = { ...set, files: set.files.map((f) => (f.path === target ? { path: f.path, text: JSON.stringify(schema, null, 2) } : f)) };
    const again = await generate(dir);
    const cold = await generate(dir, '--no-cache', '--out', join(dir, 'cold'));
    expect(again.ok).toBe(cold.ok);
    // validate reuses the same units: what it reports must be what a cold validate reports.
    const env = { NO_COLOR: '1', CONNSPEC_CACHE: join(dir, '.cache') };
    const [checked, checkedCold] = [await runCli(['validate', '--format', 'json'], { cwd: dir, env }), await runCli(['validate', '--no-cache', '--format', 'json'], { cwd: dir, env })];
    expect(checked.stdout).toBe(checkedCold.stdout);
    if (!again.ok) return;
    accepted++;
    expect(again.cache).toBe('miss');
    expect(tree(join(dir, 'generated'))).toEqual(tree(join(dir, 'cold')));
    if (edit.renames) return;
    // What depends on the edited file is made again, nothing else: per connection, and per Python module.
    const dependents = (prefix: string): number => files(set, prefix).filter((c) => reach(edited, c).has(target)).length;
    expect(again.units.fixtures?.computed ?? 0).toBe(dependents('connections/'));
    expect(again.units['ui-forms']?.computed ?? 0).toBe(dependents('connections/'));
    expect(again.units.python?.computed ?? 0).toBe(dependents(''));
  });
});

/**
 * Instances of a schema node for the semver backstop and the oneOf overlap proof, made by the
 * fixtures' value builder: minimal and full, each turned to branch (and enum value) k of every
 * union, deduplicated, in a stable order. A mode the builder cannot make a value for is left out.
 */
import type { IR, JsonValue, TypeNode } from '../ir/types.js';
import { checkerFor } from '../validate/ir-checker.js';
import { attempt, buildValue } from './build.js';

/** Seed of every synthesised string: instances depend only on the schema. */
const SEED = 'connspec-semver';

export function synthesiseAll(ir: IR, node: TypeNode, width = 4): { name: string; value: JsonValue }[] {
  const checker = checkerFor(ir);
  const seen = new Set<string>();
  const out: { name: string; value: JsonValue }[] = [];
  for (let turn = 0; turn < width; turn++) {
    for (const full of [false, true]) {
      const plan = { full, choices: new Map<string, number>(), include: new Set<string>(), turn };
      const value = attempt(() => buildValue({ ir, checker, seed: SEED, plan, omitted: [] }, node));
      const key = JSON.stringify(value);
      if (value === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push({ name: `synthesised ${full ? 'full' : 'minimal'} instance, branch ${turn}`, value });
    }
  }
  return out;
}

/**
 * Whether a new `oneOf` branch overlaps an old one (some value matches both). Sound where it says
 * "disjoint" by proof, approximate otherwise:
 *   1. proven disjoint: no JSON type in common; or a property pinned to disjoint values
 *      (tags) that one side requires; or one side requires a property the other, closed, lacks;
 *   2. proven overlapping: a synthesised instance of either branch matches the new branch and
 *      exactly one old branch (so it was valid before and matches two branches now);
 *   3. otherwise treated as disjoint. That is the approximation: two branches could still share
 *      a value the synthesiser never makes (the backstop then catches what fixtures exercise).
 */
import { derefNode, objectOf } from '../ir/query.js';
import type { IR, ObjectNode, TypeNode } from '../ir/types.js';
import { canonicalJson } from '../util/walk.js';
import { typesMeet, typesOf, valueSet } from './json-types.js';
import type { Validators } from './schema-out.js';
import { synthesiseAll } from '../synth/instances.js';

type Side = { readonly ir: IR; readonly node: TypeNode };

function pinned(ir: IR, object: ObjectNode, name: string): Set<string> | undefined {
  const prop = object.properties.find((p) => p.name === name);
  const values = prop ? valueSet(derefNode(ir.declarations, prop.type)) : undefined;
  return values ? new Set(values.map((v) => canonicalJson(v))) : undefined;
}

function tagsDisjoint(a: Side, ao: ObjectNode, b: Side, bo: ObjectNode): boolean {
  return ao.properties.some((p) => {
    const x = pinned(a.ir, ao, p.name);
    const y = pinned(b.ir, bo, p.name);
    const required = p.required || bo.properties.some((q) => q.name === p.name && q.required);
    return x !== undefined && y !== undefined && required && ![...x].some((v) => y.has(v));
  });
}

/** `a` requires a property that `b`, closed, does not declare. */
function requiresForeign(ao: ObjectNode, bo: ObjectNode): boolean {
  if (bo.additional.kind !== 'closed' || bo.patternProperties.length > 0) return false;
  return ao.properties.some((p) => p.required && !bo.properties.some((q) => q.name === p.name));
}

export function provenDisjoint(a: Side, b: Side): boolean {
  if (!typesMeet(typesOf(a.ir, a.node), typesOf(b.ir, b.node))) return true;
  const ao = objectOf(a.ir.declarations, a.node);
  const bo = objectOf(b.ir.declarations, b.node);
  if (!ao || !bo) return false;
  return tagsDisjoint(a, ao, b, bo) || requiresForeign(ao, bo) || requiresForeign(bo, ao);
}

/**
 * Index of an old branch that shares a value with the new branch, where that value was valid under
 * the old union (with `exclusive`, a `oneOf`: it matched no other old branch); -1 when none is found.
 */
export function overlapIndex(fresh: Side, olds: readonly Side[], exclusive: boolean, validators: Validators): number {
  const candidates = olds.map((o, i) => ({ o, i })).filter(({ o }) => !provenDisjoint(fresh, o));
  if (candidates.length === 0) return -1;
  const check = validators.compile(fresh.ir, fresh.node);
  const oldChecks = olds.map((o) => validators.compile(o.ir, o.node));
  if (!check || oldChecks.some((v) => v === undefined)) return -1;
  const instances = [fresh, ...candidates.map((c) => c.o)].flatMap((side) => synthesiseAll(side.ir, side.node));
  for (const { value } of instances) {
    if (!check(value)) continue;
    const matching = oldChecks.flatMap((v, i) => (v?.(value) ? [i] : []));
    if (matching.length === 1 || (!exclusive && matching.length > 0)) return matching[0] ?? -1;
  }
  return -1;
}

/** `overlaps(newBranch, oldBranches, exclusive)` for one diff, memoised per new branch. */
export function overlapChecker(oldIr: IR, newIr: IR, validators: Validators): (newBranch: TypeNode, oldBranches: readonly TypeNode[], exclusive: boolean) => number {
  const memo = new Map<TypeNode, number>();
  return (newBranch, oldBranches, exclusive) => {
    const known = memo.get(newBranch);
    if (known !== undefined) return known;
    const index = overlapIndex({ ir: newIr, node: newBranch }, oldBranches.map((node) => ({ ir: oldIr, node })), exclusive, validators);
    memo.set(newBranch, index);
    return index;
  };
}

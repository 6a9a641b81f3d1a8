/**
 * The backstop: whatever the rules say, every valid instance of the old schema (its fixtures, or
 * instances synthesised from the old IR) is validated against the new schema; one that now fails
 * makes the change major. Policy the profile sets is kept: outside STRICT, deprecated properties
 * are left out of the instances (removing one is not major there), and with defaults applied the
 * new schema's defaults are filled in before validating.
 */
import { derefNode, objectOf } from '../ir/query.js';
import type { IR, JsonValue, TypeNode } from '../ir/types.js';
import { annotationView, refChain } from './annotation-view.js';
import type { Fixture } from './fixtures.js';
import type { Validators } from './schema-out.js';
import { synthesiseAll } from '../synth/instances.js';

export interface BackstopResult {
  /** Instances valid under the old schema and invalid under the new one, with ajv's first complaint. */
  readonly failures: readonly { readonly name: string; readonly error: string }[];
  /** How many instances were checked. */
  readonly checked: number;
  /** Why it could not run, if it could not. */
  readonly note?: string;
}

export interface BackstopOptions {
  readonly keepDeprecated: boolean;
  /** Validators for the old side, and for the new side (which may fill in defaults). */
  readonly validators: { readonly old: Validators; readonly new: Validators };
}

type Side = { readonly ir: IR; readonly node: TypeNode };

/** The value without properties the old schema marks deprecated (through objects, not into union branches). */
export function withoutDeprecated(ir: IR, node: TypeNode, value: JsonValue, depth = 0): JsonValue {
  const object = objectOf(ir.declarations, node);
  if (!object || depth > 16 || value === null || typeof value !== 'object' || Array.isArray(value) || derefNode(ir.declarations, node).kind === 'union') return value;
  const out: Record<string, JsonValue> = {};
  for (const [key, v] of Object.entries(value)) {
    const prop = object.properties.find((p) => p.name === key);
    if (prop && annotationView(refChain(ir.declarations, prop.type)).deprecated?.value === true) continue;
    out[key] = prop ? withoutDeprecated(ir, prop.type, v, depth + 1) : v;
  }
  return out;
}

export function runBackstop(old: Side, now: Side, fixtures: readonly Fixture[] | undefined, options: BackstopOptions): BackstopResult {
  const before = options.validators.old.compile(old.ir, old.node);
  const after = options.validators.new.compile(now.ir, now.node);
  if (!before || !after) return { failures: [], checked: 0, note: `ajv cannot compile the ${before ? 'new' : 'old'} schema (backstop skipped)` };
  const instances = (fixtures ?? synthesiseAll(old.ir, old.node, 6)).map((c) => ({ ...c, value: options.keepDeprecated ? c.value : withoutDeprecated(old.ir, old.node, c.value) }));
  const cases = instances.filter((c) => before(c.value));
  const failures = cases.flatMap((c) => {
    if (after(structuredClone(c.value))) return [];
    const e = after.errors?.[0];
    return [{ name: c.name, error: e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'is invalid' }];
  });
  return { failures, checked: cases.length, ...(cases.length === 0 ? { note: 'no valid instance of the old schema to check' } : {}) };
}

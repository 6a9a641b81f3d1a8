import type { IR, JsonValue, TypeNode } from '../ir/types.js';
import { checkerFor } from '../validate/ir-checker.js';

/**
 * Whether a `default` is valid for its own schema. Typed models must not start from an invalid one
 * (the core reports it as `default-valid`, which a corpus config may downgrade): it would be a wrongly
 * typed value, or a model that fails whenever the property is left out, which draft-07 accepts.
 */
export function defaultIsValid(ir: IR, node: TypeNode, value: JsonValue): boolean {
  try {
    return checkerFor(ir).valid(node, value);
  } catch {
    // A schema ajv cannot compile (a pattern that is not ECMA-262, say) cannot judge its default.
    return true;
  }
}

import type { Ajv } from 'ajv';
import type { IR, JsonValue, TypeNode } from '../ir/types.js';
import { createAjv } from '../validate/ajv.js';
import { toJsonSchema } from './json-schema.js';

const KEY = 'https://connspec.invalid/decl/';
const refTo = (target: string): { $ref: string } => ({ $ref: `${KEY}${encodeURIComponent(target)}` });
const validators = new WeakMap<IR, Ajv>();

/** One lenient ajv per IR holding every declaration, so refs (and recursion) resolve. */
function validatorFor(ir: IR): Ajv {
  let ajv = validators.get(ir);
  if (ajv === undefined) {
    ajv = createAjv({ strict: false, allErrors: false, validateSchema: false, logger: false });
    for (const decl of ir.declarations.values()) ajv.addSchema(toJsonSchema(ir, decl.type, refTo), refTo(decl.id).$ref);
    validators.set(ir, ajv);
  }
  return ajv;
}

/**
 * Whether a `default` is valid for its own schema. Typed models must not start from an invalid one
 * (the core reports it as `default-valid`, which a corpus config may downgrade): it would be a wrongly
 * typed value, or a model that fails whenever the property is left out, which draft-07 accepts.
 */
export function defaultIsValid(ir: IR, node: TypeNode, value: JsonValue): boolean {
  try {
    return validatorFor(ir).validate(toJsonSchema(ir, node, refTo), value);
  } catch {
    // A schema ajv cannot compile (a pattern that is not ECMA-262, say) cannot judge its default.
    return true;
  }
}

import { createAjv, toJsonSchema, type IR, type JsonValue, type TypeNode } from '@connspec/core';
import type { Ajv } from 'ajv';

/**
 * Whether a schema's `default` is valid for its own schema. A Pydantic default is what a model
 * holds when the property is absent, so an invalid one (the core reports it as `default-valid`,
 * which a config may downgrade to a warning) would be a wrongly typed value, or a model that
 * fails on every instantiation; the generator leaves such a default out and says so.
 */
export function defaultIsValid(ir: IR, node: TypeNode, value: JsonValue): boolean {
  const ajv = validatorFor(ir);
  try {
    return ajv.validate(toJsonSchema(ir, node, refTo), value);
  } catch {
    // A schema ajv cannot compile (a pattern that is not ECMA-262, say) cannot judge its default.
    return true;
  }
}

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

import type { ValidateFunction } from 'ajv';
import { Ajv } from 'ajv';
import { addFormats } from '../validate/ajv.js';
import { toJsonSchema, type RefStrategy } from '../emit/json-schema.js';
import type { JsonObject } from '../load/source-file.js';
import type { DeclId, IR, TypeNode } from '../ir/types.js';


/** A node as one self-contained draft-07 schema: every declaration it reaches under `definitions`. */
export function standaloneSchema(ir: IR, node: TypeNode): JsonObject {
  const keys = new Map<DeclId, string>();
  const definitions: JsonObject = {};
  const refs: RefStrategy = (target) => {
    let key = keys.get(target);
    if (key === undefined) {
      key = `d${keys.size}`;
      keys.set(target, key);
      const decl = ir.declarations.get(target);
      definitions[key] = decl ? toJsonSchema(ir, decl.type, refs) : {};
    }
    return { $ref: `#/definitions/${key}` };
  };
  const root = toJsonSchema(ir, node, refs);
  return { ...root, definitions };
}

/** Compiles nodes of an IR with ajv (lenient: foreign keywords ignored), cached; undefined when ajv cannot. */
export interface Validators {
  compile(ir: IR, node: TypeNode): ValidateFunction | undefined;
}

/** With `useDefaults`, validation fills in defaults first (as consumers that apply defaults do); callers pass a copy. */
export function createValidators(formatsEnforced: boolean, useDefaults = false): Validators {
  const ajv = new Ajv({ strict: false, allErrors: false, allowUnionTypes: true, validateFormats: formatsEnforced, logger: false, useDefaults });
  if (formatsEnforced) {
    addFormats(ajv);
    ajv.addFormat('password', true);
  }
  const cache = new WeakMap<TypeNode, ValidateFunction | null>();
  return {
    compile(ir, node) {
      const hit = cache.get(node);
      if (hit !== undefined) return hit ?? undefined;
      let made: ValidateFunction | null = null;
      try {
        made = ajv.compile(standaloneSchema(ir, node));
      } catch {
        made = null;
      }
      cache.set(node, made);
      return made ?? undefined;
    },
  };
}

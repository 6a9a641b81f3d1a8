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
  // No code-optimisation pass: each validator runs a handful of times, so the pass costs more than it saves.
  const ajv = new Ajv({ strict: false, allErrors: false, allowUnionTypes: true, validateFormats: formatsEnforced, logger: false, useDefaults, code: { optimize: false } });
  if (formatsEnforced) {
    addFormats(ajv);
    ajv.addFormat('password', true);
  }
  const cache = new WeakMap<TypeNode, ValidateFunction | null>();
  // By the schema's text too: an unchanged connection's old and new schemas are one compile, not two.
  const byText = new Map<string, ValidateFunction | null>();
  const made = (schema: object): ValidateFunction | null => {
    const text = JSON.stringify(schema);
    let validate = byText.get(text);
    if (validate === undefined) {
      try {
        validate = ajv.compile(schema);
      } catch {
        validate = null;
      }
      byText.set(text, validate);
    }
    return validate;
  };
  return {
    compile(ir, node) {
      let hit = cache.get(node);
      if (hit === undefined) {
        hit = made(standaloneSchema(ir, node));
        cache.set(node, hit);
      }
      return hit ?? undefined;
    },
  };
}

import type { ValidateFunction } from 'ajv';
import { Ajv } from 'ajv';
import { addFormats } from '../validate/ajv.js';
import { useExactMultipleOf } from '../validate/multiple-of.js';
import { toJsonSchema } from '../emit/json-schema.js';
import type { DeclId, IR, TypeNode } from '../ir/types.js';

/** Compiles nodes of an IR with ajv (lenient: foreign keywords ignored), cached; undefined when ajv cannot. */
export interface Validators {
  compile(ir: IR, node: TypeNode): ValidateFunction | undefined;
}

/**
 * With `useDefaults`, validation fills in defaults first (as consumers that apply defaults do); callers pass a copy.
 * Each declaration of an IR is one ajv schema of its own (`$ref`s between them by id), compiled once
 * however many connections reach it; a connection's closure inlined per connection compiled the shared
 * definitions again for each.
 */
export function createValidators(formatsEnforced: boolean, useDefaults = false): Validators {
  // No code-optimisation pass: each validator runs a handful of times, so the pass costs more than it
  // saves. No meta-schema check of what is added: it is the IR written back, and a schema ajv cannot
  // compile is caught below either way.
  const ajv = new Ajv({ strict: false, allErrors: false, allowUnionTypes: true, validateFormats: formatsEnforced, logger: false, useDefaults, code: { optimize: false }, validateSchema: false });
  useExactMultipleOf(ajv);
  if (formatsEnforced) {
    addFormats(ajv);
    ajv.addFormat('password', true);
  }
  const ids = new WeakMap<IR, Map<DeclId, string>>();
  let idCount = 0;
  const cache = new WeakMap<TypeNode, ValidateFunction | null>();
  /** The id of a declaration, added to ajv (not compiled) the first time it is referred to. */
  const idOf = (ir: IR, target: DeclId): string => {
    let known = ids.get(ir);
    if (!known) ids.set(ir, (known = new Map()));
    let id = known.get(target);
    if (id === undefined) {
      id = `https://connspec.dev/semver/d${idCount++}.json`;
      known.set(target, id);
      const decl = ir.declarations.get(target);
      ajv.addSchema(decl ? toJsonSchema(ir, decl.type, (t) => ({ $ref: idOf(ir, t) })) : {}, id);
    }
    return id;
  };
  return {
    compile(ir, node) {
      let hit = cache.get(node);
      if (hit === undefined) {
        try {
          hit = ajv.compile(toJsonSchema(ir, node, (t) => ({ $ref: idOf(ir, t) })));
        } catch {
          hit = null;
        }
        cache.set(node, hit);
      }
      return hit ?? undefined;
    },
  };
}

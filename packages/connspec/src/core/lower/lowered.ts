/**
 * The lowering pass between the IR and the generators: the facts several targets need, derived once
 * per IR and memoised on it (when first asked for) — each connection's test-connection definition
 * and the names of its step constants, whether a property's default is usable. Generators read these
 * facts here and never derive them themselves. (Secrets follow one rule,
 * `isSecret` / `marksSecret`; target hints are the IR's hints bag.)
 */
import type { IR, JsonValue, SchemaFile, TypeNode } from '../ir/types.js';
import { defaultOf } from '../ir/query.js';
import { testConnectionDefinition, type TestConnectionDefinition } from '../ir/test-steps.js';
import { testStepTypeNames, type TestStepNames } from '../naming/test-step-names.js';
import { defaultIsValid } from '../emit/default-valid.js';

export interface Lowered {
  readonly ir: IR;
  /** Connection file → the name of its step constants, and any collision among those names. */
  readonly testStepNames: TestStepNames;
  /** A connection's test-connection definition (throws DiagnosticError for an annotation it cannot apply). */
  testConnection(file: SchemaFile): TestConnectionDefinition;
  /** The default a value starts from (its own, else its `$ref` target's) and whether its schema accepts it. */
  defaultOf(node: TypeNode): { readonly value: JsonValue; readonly valid: boolean } | undefined;
}

const memo = new WeakMap<IR, Lowered>();

/** The IR's lowered facts, computed when first asked for and shared by every generator of the run. */
export function lowered(ir: IR): Lowered {
  let done = memo.get(ir);
  if (!done) memo.set(ir, (done = lower(ir)));
  return done;
}

function lower(ir: IR): Lowered {
  const definitions = new Map<string, TestConnectionDefinition>();
  const defaults = new WeakMap<TypeNode, { value: JsonValue; valid: boolean } | null>();
  let names: TestStepNames | undefined;
  return {
    ir,
    get testStepNames() {
      return (names ??= testStepTypeNames(ir));
    },
    testConnection(file) {
      let definition = definitions.get(file.path);
      if (!definition) definitions.set(file.path, (definition = testConnectionDefinition(ir, file)));
      return definition;
    },
    defaultOf(node) {
      let found = defaults.get(node);
      if (found === undefined) {
        const fallback = defaultOf(ir.declarations, node);
        found = fallback === undefined ? null : { value: fallback.value as JsonValue, valid: defaultIsValid(ir, node, fallback.value as JsonValue) };
        defaults.set(node, found);
      }
      return found ?? undefined;
    },
  };
}

import type { Diagnostic } from '../diagnostics.js';
import type { IR, Origin } from '../ir/types.js';
import type { ReservedNames } from '../language.js';
import { collisionKey } from './words.js';

export interface TestStepNames {
  /** Connection file path → the name of its step constants (`MysqlConnection` → `MysqlConnectionTestStep`). */
  readonly names: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Suffix of a connection's step-constant name, after its root declaration's name. */
export const TEST_STEP_SUFFIX = 'TestStep';

/**
 * Names the step constants of every connection (TypeScript const + type, Python enum, Java enum):
 * its root declaration's name plus `TestStep`. Checked like every type name: one that collides with a
 * declaration or another connection's (case and punctuation folded), or is reserved in a registered
 * language (the analysis passes them; a target re-checking the names needs only the collisions), is an error.
 */
export function testStepTypeNames(ir: IR, reservedNames: ReservedNames = new Map()): TestStepNames {
  const names = new Map<string, string>();
  const owners = new Map<string, { what: string; origin: Origin }>();
  for (const decl of ir.declarations.values()) owners.set(collisionKey(decl.name), { what: `type "${decl.name}" (${decl.id})`, origin: decl.origin });
  const diagnostics: Diagnostic[] = [];
  for (const file of ir.files) {
    const root = ir.declarations.get(file.root);
    if (file.connection === undefined || root === undefined) continue;
    const name = `${root.name}${TEST_STEP_SUFFIX}`;
    const first = owners.get(collisionKey(name));
    const reserved = reservedNames.get(name.toLowerCase());
    if (first !== undefined) diagnostics.push(problem('name-collision', root.origin, `test-step constants "${name}" of ${file.path} would have the name of ${first.what} (${first.origin.file}:${first.origin.line}:${first.origin.column})`));
    else if (reserved !== undefined) diagnostics.push(problem('name-reserved', root.origin, `test-step constants "${name}" of ${file.path} would take a name reserved in ${reserved.join(', ')}`));
    owners.set(collisionKey(name), { what: `the test-step constants of ${file.path}`, origin: root.origin });
    names.set(file.path, name);
  }
  return { names, diagnostics };
}

function problem(rule: string, origin: Origin, message: string): Diagnostic {
  return {
    severity: 'error',
    rule,
    file: origin.file,
    line: origin.line,
    column: origin.column,
    pointer: origin.pointer,
    message,
    hint: `step constants are named after the connection's type name plus "${TEST_STEP_SUFFIX}": set "typeName" on the connection root (or rename the other type)`,
  };
}

import type { Origin, TypeNode } from '../../core/index.js';
import { Imports } from './imports.js';
import { packageOf, simpleName } from './java-names.js';
import { SUPPORT_TYPES, type JavaPlan, type SupportType } from './plan.js';
import type { Reporter } from './reporter.js';

/** Everything emitting one Java file needs. */
export interface FileContext {
  readonly plan: JavaPlan;
  readonly reporter: Reporter;
  readonly imports: Imports;
  /** Names of the nested union types this file declares for inline `type` unions. */
  readonly nested: ReadonlyMap<TypeNode, string>;
  /** Set when the file names a deprecated type (it then suppresses the deprecation warning). */
  deprecatedUse: boolean;
  /** Writes the name of a top-level type (imports it when that is unambiguous). */
  name(fqcn: string): string;
  /** Writes the name of a generated helper type. */
  support(name: SupportType): string;
  /** Records a constraint Java cannot enforce; returns the Javadoc note. */
  unenforced(origin: Origin, what: string): string;
  /** Says something at generation time that does not stop it. */
  warn(origin: Origin, message: string): void;
}

/** Simple names of every generated top-level type, by package (they shadow java.lang in that package). */
export function simpleNamesByPackage(plan: JavaPlan): Map<string, Set<string>> {
  const all = [...[...plan.types.values()].flatMap((t) => (t.fqcn ? [t.fqcn] : [])), ...plan.markers.keys(), ...SUPPORT_TYPES.map((s) => plan.support(s))];
  const out = new Map<string, Set<string>>();
  for (const fqcn of all) out.set(packageOf(fqcn), (out.get(packageOf(fqcn)) ?? new Set()).add(simpleName(fqcn)));
  return out;
}

export function fileContext(plan: JavaPlan, reporter: Reporter, fqcn: string, taken: ReadonlySet<string>, nested: ReadonlyMap<TypeNode, string>, byPackage: ReadonlyMap<string, ReadonlySet<string>>): FileContext {
  const imports = new Imports(packageOf(fqcn), fqcn, taken, byPackage.get(packageOf(fqcn)) ?? new Set());
  return {
    plan,
    reporter,
    imports,
    nested,
    deprecatedUse: false,
    name: (fqcn) => imports.name(fqcn),
    support: (name) => imports.name(plan.support(name)),
    unenforced: (origin, what) => reporter.inexpressible(origin, what),
    warn: (origin, message) => reporter.warn(origin, message),
  };
}

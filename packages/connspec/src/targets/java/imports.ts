import { packageOf, simpleName } from './java-names.js';

/**
 * Decides, for one Java file, how each type is written: its simple name (imported when it lives in
 * another package) when that is unambiguous, else its fully qualified name. A simple name is
 * ambiguous when the file declares it (the type or a nested type), when a field of the same name would
 * obscure it, or when another type already took it in this file. First come, first served: emission
 * order is deterministic, so the outcome is too.
 */
/** java.lang types generated code names; an import of another type with one of these names would shadow it. */
const JAVA_LANG_USED = ['String', 'Long', 'Integer', 'Double', 'Boolean', 'Object', 'Override', 'Deprecated', 'SuppressWarnings', 'IllegalArgumentException', 'StringBuilder', 'Number'];

export class Imports {
  private readonly used = new Map<string, string>();
  private readonly imported = new Set<string>();

  /**
   * @param pkg the file's package
   * @param own the file's top-level type
   * @param taken simple names declared or obscured in the file (nested types, fields)
   * @param samePackage simple names of every generated type in `pkg` (they shadow java.lang)
   */
  constructor(
    private readonly pkg: string,
    private readonly own: string,
    private readonly taken: ReadonlySet<string>,
    private readonly samePackage: ReadonlySet<string>,
  ) {
    for (const name of JAVA_LANG_USED) this.used.set(name, `java.lang.${name}`);
    this.used.set(simpleName(own), own);
  }

  /** How to write the top-level type `fqcn` in this file. */
  name(fqcn: string): string {
    const simple = simpleName(fqcn);
    const elsewhere = packageOf(fqcn) !== this.pkg;
    if (fqcn !== this.own && (this.taken.has(simple) || (elsewhere && this.samePackage.has(simple)))) return fqcn;
    const holder = this.used.get(simple);
    if (holder === fqcn) return simple;
    if (holder !== undefined) return fqcn;
    this.used.set(simple, fqcn);
    if (elsewhere && packageOf(fqcn) !== 'java.lang') this.imported.add(fqcn);
    return simple;
  }

  /** A java.lang type, qualified when a generated type of this package or a member shadows it. */
  lang(simple: string): string {
    return this.name(`java.lang.${simple}`);
  }

  /** The import declarations, sorted. */
  list(): string[] {
    return [...this.imported].sort().map((fqcn) => `import ${fqcn};`);
  }
}

import { type Declaration, type DeclId, type IR, type Origin, type TypeNode } from '../../core/index.js';
import { isQualifiedName, packageForFile, packageOf, simpleName } from './java-names.js';
import type { JavaSettings } from './options.js';
import type { Reporter } from './reporter.js';
import { effectiveNode } from './simplify.js';
import { JAVA_LANGUAGE } from './language.js';
import { javaInterfaces, javaType } from './hints.js';

/**
 * How a declaration appears in Java: a `class` (object), an `enum`, a `union` (an interface whose
 * variants are nested types), or an `alias` (no type of its own: a primitive, array or `{}` schema is
 * written out wherever it is used).
 */
export type Shape = 'class' | 'enum' | 'union' | 'alias';

export interface PlannedType {
  readonly decl: Declaration;
  /** The declaration's node, simplified where Java can say the same more simply (see effectiveNode). */
  readonly node: TypeNode;
  readonly shape: Shape;
  /** Fully qualified name; absent for aliases. */
  readonly fqcn?: string;
}

/** Generated helper types, all in the base package. */
export const SUPPORT_TYPES = ['Secret', 'Masked', 'Exposed', 'MultipleOf', 'CodePointLength', 'UniqueItems', 'AllowedValues', 'Format', 'Unions', 'ConnspecJson', 'ConnspecPresence'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export interface JavaPlan {
  readonly ir: IR;
  readonly settings: JavaSettings;
  readonly types: ReadonlyMap<DeclId, PlannedType>;
  /** `javaInterfaces` names no generated type declares, with the files naming them. */
  readonly markers: ReadonlyMap<string, readonly string[]>;
  support(name: SupportType): string;
}

/** The shape a declaration's node takes in Java. */
export function shapeOf(node: TypeNode): Shape {
  switch (node.kind) {
    case 'object':
      return 'class';
    case 'enum':
      return node.values.some((v) => v !== null) ? 'enum' : 'alias';
    case 'const':
      return node.value !== null ? 'enum' : 'alias';
    case 'union': {
      // A union of null alone has no branch to permit: it is the null type, written out where used.
      const present = node.variants.filter((v) => v.kind !== 'null').length;
      return present > 0 && (node.combinator !== 'type' || present > 1) ? 'union' : 'alias';
    }
    default:
      return 'alias';
  }
}

const JAVA_LANG = new Set(JAVA_LANGUAGE.reservedTypeNames);

export function planTypes(ir: IR, settings: JavaSettings, reporter: Reporter): JavaPlan {
  const types = new Map<DeclId, PlannedType>();
  for (const decl of ir.declarations.values()) {
    const node = effectiveNode(ir, decl.type);
    const shape = shapeOf(node);
    if (shape === 'alias') {
      const hinted = javaType(decl);
      if (hinted) reporter.inexpressible(decl.origin, `javaType "${hinted}" on a schema that is not an object, enum or union (Java has no type alias; the schema is written out where it is used)`);
      types.set(decl.id, { decl, node, shape });
      continue;
    }
    types.set(decl.id, { decl, node, shape, fqcn: fqcnOf(decl, settings, reporter) });
  }
  const support = (name: SupportType): string => `${settings.basePackage}.${name}`;
  const markers = settings.markerInterfaces ? markerInterfaces(ir, types, reporter) : new Map<string, string[]>();
  checkClashes(ir, types, markers, support, reporter);
  return { ir, settings, types, markers, support };
}

function fqcnOf(decl: Declaration, settings: JavaSettings, reporter: Reporter): string {
  const fallback = `${packageForFile(settings.basePackage, decl.file)}.${decl.name}`;
  const hinted = javaType(decl);
  if (hinted === undefined) return fallback;
  if (!isQualifiedName(hinted) || !hinted.includes('.')) {
    reporter.error(decl.origin, 'java-type-invalid', `javaType "${hinted}" is not a fully qualified Java class name`, 'write it as package.ClassName, e.g. "com.example.MyType"');
    return fallback;
  }
  if (JAVA_LANG.has(simpleName(hinted))) {
    reporter.error(decl.origin, 'java-type-invalid', `javaType "${hinted}" would shadow java.lang.${simpleName(hinted)} in generated code`, 'choose another class name in javaType');
  }
  return hinted;
}

/** Every `javaInterfaces` name that is not a generated type and not the JDK's. */
function markerInterfaces(ir: IR, types: ReadonlyMap<DeclId, PlannedType>, reporter: Reporter): Map<string, string[]> {
  const generated = new Set([...types.values()].flatMap((t) => (t.fqcn ? [t.fqcn] : [])));
  const out = new Map<string, string[]>();
  for (const decl of ir.declarations.values()) {
    for (const name of javaInterfaces(decl)) {
      if (!isQualifiedName(name) || !name.includes('.')) {
        reporter.error(decl.origin, 'java-interface-invalid', `javaInterfaces entry "${name}" is not a fully qualified Java interface name`, 'write it as package.InterfaceName');
        continue;
      }
      if (generated.has(name) || /^(java|javax|jakarta|com\.fasterxml)\./.test(name)) continue;
      out.set(name, [...new Set([...(out.get(name) ?? []), decl.file])].sort());
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * java.lang names the runtime helpers (runtime/java, copied into the base package) write bare: a
 * generated type of that name elsewhere is fine (generated code qualifies what a type shadows).
 */
const RUNTIME_LANG_NAMES: ReadonlySet<string> = new Set(['Object', 'String']);

/** Two types with one file name (case-insensitively, as macOS and Windows see it), or a class where a package must be. */
function checkClashes(ir: IR, types: ReadonlyMap<DeclId, PlannedType>, markers: ReadonlyMap<string, readonly string[]>, support: (n: SupportType) => string, reporter: Reporter): void {
  const owners = new Map<string, { fqcn: string; origin: Origin | undefined; what: string }>();
  const root: Origin = { file: ir.files[0]?.path ?? '', pointer: '', line: 1, column: 1 };
  const claim = (fqcn: string, origin: Origin | undefined, what: string): void => {
    const key = fqcn.toLowerCase();
    const first = owners.get(key);
    if (first === undefined) return void owners.set(key, { fqcn, origin, what });
    const at = origin ?? first.origin ?? root;
    const firstAt = first.origin ? `${first.origin.file}#${first.origin.pointer}` : first.what;
    reporter.error(at, 'java-name-clash', `Java type ${fqcn} (${what}) clashes with ${first.fqcn} (${firstAt})`, 'give one of them another javaType, or another name with typeName');
  };
  for (const name of SUPPORT_TYPES) claim(support(name), undefined, `connspec's generated ${name}`);
  for (const t of types.values()) if (t.fqcn) claim(t.fqcn, t.decl.origin, `declared at ${t.decl.id}`);
  for (const t of types.values()) {
    if (t.fqcn && packageOf(t.fqcn) === packageOf(support('ConnspecJson')) && RUNTIME_LANG_NAMES.has(simpleName(t.fqcn))) {
      reporter.error(t.decl.origin, 'java-name-clash', `Java type ${t.fqcn} would shadow java.lang.${simpleName(t.fqcn)}, which connspec's runtime helpers in that package name`, 'move the schema into a folder (its own package), or give it another javaType or typeName');
    }
  }
  for (const name of markers.keys()) claim(name, undefined, 'a javaInterfaces marker');
  const packages = new Set([...owners.values()].flatMap((o) => prefixes(packageOf(o.fqcn))));
  for (const o of owners.values()) {
    if (packages.has(o.fqcn.toLowerCase())) reporter.error(o.origin ?? root, 'java-name-clash', `Java type ${o.fqcn} has the name of a package that holds other generated types`, 'give it another javaType or typeName');
  }
}

function prefixes(pkg: string): string[] {
  const parts = pkg.toLowerCase().split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

import type { Declaration, EnumNode } from '../../core/index.js';

/**
 * What the IR's hints bag says to Java (the `javaType`, `javaInterfaces` and `javaEnums` roles),
 * typed: values of the wrong shape were already reported by the meta-schema check and are left out.
 */
export function javaType(decl: Declaration): string | undefined {
  const value = decl.hints?.javaType;
  return typeof value === 'string' ? value : undefined;
}

export function javaInterfaces(decl: Declaration): readonly string[] {
  const value = decl.hints?.javaInterfaces;
  return Array.isArray(value) ? value.filter((i): i is string => typeof i === 'string') : [];
}

/** The constant name `javaEnums` gives each value of an enum, in order ('' where an entry has none). */
export function javaEnumNames(node: EnumNode): readonly string[] | undefined {
  const value = node.hints?.javaEnums;
  return Array.isArray(value) ? value.map((e) => (e !== null && typeof e === 'object' && !Array.isArray(e) && typeof e.name === 'string' ? e.name : '')) : undefined;
}

import { decimalText, doubleText, type JsonValue, type TypeNode } from '../../core/index.js';
import { constantName, isIdentifier } from './java-names.js';
import { javaEnumNames } from './hints.js';

export interface EnumConstant {
  readonly name: string;
  readonly value: JsonValue;
  /** The schema's text of a number a double cannot hold (ir/exact.ts). */
  readonly exact?: string;
}

/** The JSON type every constant's value shares, which becomes the enum's value field. */
export type EnumValueKind = 'string' | 'long' | 'biginteger' | 'double' | 'boolean' | 'mixed';

/**
 * Constants of an enum (or const) declaration: `javaEnums` names when given and usable, else derived
 * from the value (`mysql+pymysql` → `MYSQL_PYMYSQL`). `null` is no constant (a null field means it);
 * object and array values are left out (and reported by the caller). Clashing names get the
 * position-free suffix `_` until unique, so renaming one value never renames another.
 */
export function enumConstants(node: TypeNode): EnumConstant[] {
  const values = node.kind === 'enum' ? node.values : node.kind === 'const' ? [node.value] : [];
  const given = node.kind === 'enum' ? javaEnumNames(node) : undefined;
  const used = new Set<string>(['value', 'fromValue']);
  const out: EnumConstant[] = [];
  values.forEach((value, i) => {
    if (value === null || typeof value === 'object') return;
    const wanted = given?.[i];
    let name = wanted !== undefined && isIdentifier(wanted) ? wanted : constantName(String(value));
    while (used.has(name)) name = `${name}_`;
    used.add(name);
    const exact = node.kind === 'enum' ? node.exact?.[`/${i}`] : node.kind === 'const' ? node.exact?.[''] : undefined;
    out.push({ name, value, ...(exact !== undefined ? { exact } : {}) });
  });
  return out;
}

export function enumValueKind(constants: readonly EnumConstant[]): EnumValueKind {
  const kinds = new Set(constants.map((c) => (typeof c.value === 'number' ? (Number.isInteger(c.value) ? 'long' : 'double') : typeof c.value)));
  // A whole number beyond a long (or beyond 2^53, which the double holding it has rounded) is held exactly.
  if (kinds.size === 1 && kinds.has('long') && constants.some(beyondLong)) return 'biginteger';
  if (kinds.size === 1) return [...kinds][0] as EnumValueKind;
  if (kinds.size === 2 && kinds.has('long') && kinds.has('double')) return 'double';
  return 'mixed';
}

const LONG_MAX = 2n ** 63n - 1n;

/** A whole constant a Java long cannot hold (2^63, 1e21), read from the schema's exact text. */
function beyondLong(c: EnumConstant): boolean {
  if (typeof c.value !== 'number') return false;
  const text = decimalText(c.exact ?? doubleText(c.value));
  if (!/^-?\d+$/.test(text)) return true;
  const n = BigInt(text);
  return n > LONG_MAX || n < -LONG_MAX - 1n;
}

import { doubleText, type JsonValue } from '../../core/index.js';
import type { FileContext } from './context.js';
import { enumConstants } from './enum-constants.js';
import { JACKSON, JDK } from './libs.js';
import { javaString } from './literals.js';
import type { JType } from './type-map.js';

/**
 * A field initialiser for a schema default: literals for scalars and enum constants, `new X()` /
 * empty collections for `{}` and `[]`, `null`, and anything richer read from its JSON text once, at
 * class initialisation. A default that does not fit the type is not written (the field's Javadoc says so).
 */
export function initializer(ctx: FileContext, type: JType, value: JsonValue): { code?: string; note?: string } {
  // A null default on a type that cannot be null is the schema's mistake (default-valid reports it); an
  // unset field is null anyway.
  if (value === null) return type.nullable || type.kind === 'any' ? { code: 'null' } : {};
  const scalar = scalarLiteral(ctx, type, value);
  if (scalar !== undefined) return { code: scalar };
  if (Array.isArray(value) && type.kind === 'list') return { code: value.length === 0 ? `new ${ctx.name(JDK.ArrayList)}<>()` : readJson(ctx, type, value) };
  if (isObject(value) && type.kind === 'class' && Object.keys(value).length === 0) return { code: `new ${type.text}()` };
  if (isObject(value) && type.kind === 'any' && Object.keys(value).length === 0) return { code: `new ${ctx.name(JDK.LinkedHashMap)}<${ctx.imports.lang('String')}, ${ctx.imports.lang('Object')}>()` };
  if ((isObject(value) || Array.isArray(value)) && ['class', 'union', 'any'].includes(type.kind)) return { code: readJson(ctx, type, value) };
  return misfit(value, type);
}

function scalarLiteral(ctx: FileContext, type: JType, value: JsonValue): string | undefined {
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' ? javaString(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2147483647 ? String(value) : undefined;
    case 'long':
      return typeof value === 'number' && Number.isSafeInteger(value) ? `${value}L` : undefined;
    case 'biginteger':
      return typeof value === 'number' && Number.isSafeInteger(value) ? `${ctx.name(JDK.BigInteger)}.valueOf(${value}L)` : undefined;
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? doubleLiteral(value) : undefined;
    case 'bigdecimal':
      return typeof value === 'number' && Number.isFinite(value) ? `new ${ctx.name(JDK.BigDecimal)}(${javaString(doubleText(value))})` : undefined;
    case 'any':
      if (typeof value === 'string') return javaString(value);
      if (typeof value === 'boolean') return `${ctx.imports.lang('Boolean')}.${value ? 'TRUE' : 'FALSE'}`;
      if (typeof value === 'number') return Number.isSafeInteger(value) ? `${ctx.imports.lang('Integer')}.valueOf(${value})` : `${ctx.imports.lang('Double')}.valueOf(${doubleLiteral(value)})`;
      return undefined;
    case 'enum': {
      const node = type.planned?.node;
      const constant = node ? enumConstants(node).find((c) => JSON.stringify(c.value) === JSON.stringify(value)) : undefined;
      return constant ? `${type.text}.${constant.name}` : undefined;
    }
    default:
      return undefined;
  }
}

function doubleLiteral(n: number): string {
  const text = String(n);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** `ConnspecJson.read("<json>", new TypeReference<T>() {})`: parsed once, when the class initialises. */
function readJson(ctx: FileContext, type: JType, value: JsonValue): string {
  return `${ctx.support('ConnspecJson')}.read(${javaString(JSON.stringify(value))}, new ${ctx.name(JACKSON.TypeReference)}<${type.text}>() {})`;
}

/** A default of the wrong type is the schema's mistake, reported by the core's default-valid rule; the field says why it has no initialiser. */
function misfit(value: JsonValue, type: JType): { note: string } {
  return { note: `The schema default ${JSON.stringify(value)} does not fit ${type.raw} (rule default-valid), so no initialiser is written.` };
}

function isObject(value: JsonValue): value is { readonly [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The field's note when its default is left out for being invalid. */
export function invalidDefaultNote(value: JsonValue): string {
  return `The schema default ${JSON.stringify(value)} is not valid for its schema (rule default-valid), so no initialiser is written.`;
}

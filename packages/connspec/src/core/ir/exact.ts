/**
 * Schema numbers a double cannot hold. JSON parsers in JavaScript read `9007199254740993` as
 * 9007199254740992 and `0.10000000000000001` as 0.1; the loader keeps the source text of such a
 * number next to the value (`exact` on IR nodes, keyed by a pointer relative to the node's value),
 * and generators print that text, so a bound or an enum value means what the schema wrote.
 */
import type { JsonValue } from '../load/source-file.js';
import { escapePointerToken } from '../pointer.js';

/** Exact source text of numbers whose JavaScript value is not the number written, by relative JSON pointer. */
export type ExactNumbers = Readonly<Record<string, string>>;

/** A decimal as sign, digits without leading or trailing zeros, and a power of ten: value = ±digits × 10^exponent. */
interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

const JSON_NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

function parseDecimal(text: string): Decimal | undefined {
  const m = JSON_NUMBER.exec(text);
  if (!m) return undefined;
  const fraction = m[3] ?? '';
  const all = `${m[2] ?? ''}${fraction}`.replace(/^0+/, '');
  const trimmed = all.replace(/0+$/, '');
  if (trimmed === '') return { negative: false, digits: '', exponent: 0 };
  const exponent = Number(m[4] ?? '0') - fraction.length + (all.length - trimmed.length);
  return { negative: m[1] === '-', digits: trimmed, exponent };
}

/** JavaScript's shortest round-trip text of a double, as a JSON number (`1e+21` → `1e21`). */
export function doubleText(value: number): string {
  return Object.is(value, -0) ? '0' : String(value).replace('e+', 'e');
}

/** Whether two JSON number texts denote the same value (`1e2` and `100.0` do; `-0` and `0` do). */
export function sameDecimal(a: string, b: string): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return x !== undefined && y !== undefined && x.negative === y.negative && x.digits === y.digits && x.exponent === y.exponent;
}

/** The order of two JSON number texts by exact value: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (x === undefined || y === undefined) return Number(a) - Number(b);
  const signed = (d: Decimal, exponent: number): bigint => (d.digits === '' ? 0n : BigInt(d.digits) * 10n ** BigInt(d.exponent - exponent) * (d.negative ? -1n : 1n));
  const low = Math.min(x.exponent, y.exponent);
  const diff = signed(x, low) - signed(y, low);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** `value × k` (k whole) in decimal, as the nearest double: 0.1 × 3 is 0.3, where floating point gives 0.30000000000000004. */
export function decimalTimes(value: number, k: number): number {
  const d = parseDecimal(doubleText(value));
  if (d === undefined || d.digits === '') return 0;
  return Number(`${BigInt(d.digits) * BigInt(k) * (d.negative ? -1n : 1n)}e${d.exponent}`);
}

export type BoundKeyword = 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum';

/** Whether a number (as JSON text) breaks a bound (as JSON text), exactly. */
export function breaksBound(keyword: BoundKeyword, value: string, bound: string): boolean {
  const order = compareDecimal(value, bound);
  return keyword === 'minimum' ? order < 0 : keyword === 'maximum' ? order > 0 : keyword === 'exclusiveMinimum' ? order <= 0 : order >= 0;
}

/** The next double above (`direction` 1) or below (-1) a finite double. */
export function nextDouble(value: number, direction: 1 | -1): number {
  if (value === 0) return direction * Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([value]).buffer);
  bits[0] = (bits[0] ?? 0n) + ((value > 0) === (direction > 0) ? 1n : -1n);
  return new Float64Array(bits.buffer)[0] ?? value;
}

/** The written text when the double `value` is not the number it denotes, else undefined. */
export function inexactText(text: string, value: number): string | undefined {
  return Number.isFinite(value) && sameDecimal(text, doubleText(value)) ? undefined : text;
}

/**
 * A number's exact text in plain decimal notation (no exponent) when it is whole and not huge,
 * so languages without exponent integer literals can print it: `1e20` → `100000000000000000000`.
 * Fractions and very long numbers keep their normalized decimal form (`1.5`, `12e400`).
 */
export function decimalText(text: string): string {
  const d = parseDecimal(text);
  if (d === undefined) return text;
  if (d.digits === '') return '0';
  const sign = d.negative ? '-' : '';
  if (d.exponent >= 0 && d.exponent <= 400) return `${sign}${d.digits}${'0'.repeat(d.exponent)}`;
  if (d.exponent < 0 && -d.exponent <= 400) {
    const whole = d.digits.length + d.exponent;
    return whole > 0 ? `${sign}${d.digits.slice(0, whole)}.${d.digits.slice(whole)}` : `${sign}0.${'0'.repeat(-whole)}${d.digits}`;
  }
  return `${sign}${d.digits}e${d.exponent}`;
}

/** Whether a JSON number text is a whole number (`1.0`, `1e20` are). */
export function isWholeText(text: string): boolean {
  const d = parseDecimal(text);
  return d !== undefined && d.exponent >= 0;
}

/** The exact text of a number in the schema: its kept source text, or the double's own text. */
export function numberSource(value: number, exact: string | undefined): string {
  return decimalText(exact ?? doubleText(value));
}

/** The exact texts under `prefix` of a node's `exact` map, re-keyed relative to it (an enum's values, a const). */
export function exactUnder(exact: ExactNumbers | undefined, prefix: string): ExactNumbers | undefined {
  if (exact === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [pointer, text] of Object.entries(exact)) {
    if (pointer === prefix || pointer.startsWith(`${prefix}/`)) out[pointer.slice(prefix.length)] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A value's exact texts as seen from a container holding it at `prefix` (a const as a one-value list: `/0`). */
export function exactWithin(exact: ExactNumbers | undefined, prefix: string): ExactNumbers | undefined {
  return exact === undefined ? undefined : Object.fromEntries(Object.entries(exact).map(([pointer, text]) => [`${prefix}${pointer}`, text]));
}

/** A JSON value as JSON text, numbers exact (those in `exact`, keyed by pointer from the value, print as written). */
export function exactJson(value: JsonValue, exact: ExactNumbers | undefined, pointer = ''): string {
  if (typeof value === 'number') return exact?.[pointer] ?? doubleText(value);
  if (Array.isArray(value)) return `[${value.map((v, i) => exactJson(v, exact, `${pointer}/${i}`)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${exactJson(v, exact, `${pointer}/${escapePointerToken(k)}`)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

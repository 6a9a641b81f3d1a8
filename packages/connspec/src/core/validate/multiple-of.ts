import type { Ajv, SchemaValidateFunction } from 'ajv';
import { doubleText } from '../ir/exact.js';

/**
 * `multipleOf` as the JSON Schema specification means it: exact decimal division. ajv's own keyword
 * divides doubles, so 0.3 is "not a multiple of 0.1" and 19.99 not of 0.01. connspec's validators
 * compute on the shortest round-trip decimal text of both numbers (what the JSON said, for any number
 * a double holds), as Python's and Java's generated checks do.
 */
export function isMultipleOf(value: number, divisor: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(divisor) || divisor <= 0) return false;
  const a = scaled(doubleText(value));
  const b = scaled(doubleText(divisor));
  if (b.digits === 0n) return false;
  // a / b = (a.digits / b.digits) × 10^(a.exponent − b.exponent): whole when the power of ten moves to the side it fits.
  const shift = a.exponent - b.exponent;
  return shift >= 0 ? (a.digits * 10n ** BigInt(shift)) % b.digits === 0n : a.digits % (b.digits * 10n ** BigInt(-shift)) === 0n;
}

/** A decimal text as digits × 10^exponent (the sign dropped: it does not change divisibility). */
function scaled(text: string): { digits: bigint; exponent: number } {
  const m = /^-?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  const fraction = m?.[2] ?? '';
  return { digits: BigInt(`${m?.[1] ?? '0'}${fraction}`), exponent: Number(m?.[3] ?? '0') - fraction.length };
}

/** Replaces ajv's `multipleOf` with the exact one, keeping ajv's error shape (`params.multipleOf`, its message). */
export function useExactMultipleOf(ajv: Ajv): Ajv {
  ajv.removeKeyword('multipleOf');
  const validate: SchemaValidateFunction = (divisor: number, data: unknown): boolean => {
    if (typeof data !== 'number' || isMultipleOf(data, divisor)) return true;
    validate.errors = [{ keyword: 'multipleOf', message: `must be multiple of ${divisor}`, params: { multipleOf: divisor } }];
    return false;
  };
  ajv.addKeyword({ keyword: 'multipleOf', type: 'number', schemaType: 'number', errors: true, validate });
  return ajv;
}

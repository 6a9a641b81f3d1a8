import { describe, expect, it } from 'vitest';
import { analyse, compareDecimal, createAjv, decimalText, inexactText, isMultipleOf, nextDouble, type NumberNode } from '@connspec/core';
import { schema } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';

/** Exact schema numbers (ir/exact.ts) and exact decimal multipleOf (validate/multiple-of.ts). */
describe('exact decimal texts', () => {
  it.each([
    ['9007199254740993', 9007199254740993, '9007199254740993'],
    ['18446744073709551617', 18446744073709551617, '18446744073709551617'],
    ['0.10000000000000001', 0.1, '0.10000000000000001'],
    ['9007199254740992', 9007199254740992, undefined],
    ['1e20', 1e20, undefined],
    ['1.0', 1, undefined],
    ['-0', -0, undefined],
    ['0.1', 0.1, undefined],
    ['1e400', Infinity, '1e400'],
  ])('%s is kept when its double is not the number written', (text, value, kept) => {
    expect(inexactText(text, value)).toBe(kept);
  });

  it.each([
    ['1e20', '100000000000000000000'],
    ['1.5e-3', '0.0015'],
    ['-0', '0'],
    ['1.0', '1'],
    ['-12.50', '-12.5'],
    ['2E+3', '2000'],
  ])('%s in plain decimal is %s', (text, plain) => {
    expect(decimalText(text)).toBe(plain);
  });

  it.each([
    ['9007199254740992', '9007199254740993', -1],
    ['1e20', '100000000000000000000.0', 0],
    ['-0.1', '-0.10', 0],
    ['0.30000000000000004', '0.3', 1],
    ['-2', '1', -1],
  ])('%s compared with %s is %i', (a, b, order) => {
    expect(compareDecimal(a, b)).toBe(order);
  });

  it('steps to the neighbouring doubles beyond 2^53', () => {
    expect([nextDouble(2 ** 53, 1), nextDouble(2 ** 53, -1)]).toEqual([2 ** 53 + 2, 2 ** 53 - 1]);
  });
});

describe('multipleOf in exact decimal arithmetic', () => {
  it.each([
    [0.3, 0.1, true],
    [0.35, 0.1, false],
    [19.99, 0.01, true],
    [19.995, 0.01, false],
    [9, 3, true],
    [10, 3, false],
    [-0.3, 0.1, true],
    [1e20, 0.5, true],
    [0, 0.7, true],
    [1.5e-7, 5e-8, true],
  ])('%d is a multiple of %d: %s (isMultipleOf and every ajv connspec builds)', (value, divisor, expected) => {
    expect(isMultipleOf(value, divisor)).toBe(expected);
    expect(createAjv({ strict: false }).compile({ type: 'number', multipleOf: divisor })(value)).toBe(expected);
  });

  it('keeps ajv\'s error shape', () => {
    const validate = createAjv({ strict: false }).compile({ type: 'object', properties: { step: { type: 'number', multipleOf: 0.1 } } });
    expect(validate({ step: 0.35 })).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword, e.message, e.params])).toEqual([['/step', 'multipleOf', 'must be multiple of 0.1', { multipleOf: 0.1 }]]);
  });
});

describe('the IR keeps the source text of numbers a double cannot hold', () => {
  it('on bounds, multipleOf, enum and const, keyed by pointer', async () => {
    const source = schema(
      'numbers.json',
      '  "type": "object",',
      '  "properties": {',
      '    "big": { "type": "integer", "minimum": 1e20, "maximum": 9007199254740993, "multipleOf": 3 },',
      '    "values": { "enum": [18446744073709551617, 1, { "n": 9007199254740993 }] },',
      '    "one": { "const": 0.10000000000000001 }',
      '  }',
    );
    const { ir } = await analyse(tempConfig(), [source]);
    const root = ir?.declarations.get('numbers.json#');
    const props = root?.type.kind === 'object' ? root.type.properties : [];
    const big = props.find((p) => p.name === 'big')?.type as NumberNode;
    expect(big.exact).toEqual({ '/maximum': '9007199254740993' });
    const values = ir?.declarations.get('numbers.json#/properties/values')?.type;
    expect(values?.kind === 'enum' ? values.exact : undefined).toEqual({ '/0': '18446744073709551617', '/2/n': '9007199254740993' });
    const one = props.find((p) => p.name === 'one')?.type;
    expect(one?.kind === 'const' ? one.exact : undefined).toEqual({ '': '0.10000000000000001' });
  });
});

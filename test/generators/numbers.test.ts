import { describe, expect, it } from 'vitest';
import { analyse, resolveSettings, type IR } from '@connspec/core';
import { generateJava, JAVA_OPTIONS, javaSettings } from '@connspec/generator-java';
import { generatePython, PYTHON_OPTIONS } from '@connspec/generator-python';
import { schema } from '../bad-input/sources.js';
import { tempConfig } from '../support/workspace.js';
import { generated } from './fixtures/coverage-support.js';

/**
 * Schema numbers → emitted constraints: each target prints the number the schema wrote (never the
 * double JSON.parse rounded it to), and Java picks Integer, Long or BigInteger by the exact bounds.
 * The values these accept and reject run through the real consumers in the probe suite (test/probes/cases/numbers.json).
 */
async function irOf(property: string): Promise<IR> {
  const source = schema('n.json', '  "type": "object",', `  "properties": { "v": ${property} },`, '  "additionalProperties": false');
  const { ir, diagnostics } = await analyse(tempConfig(), [source]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!ir || errors.length) throw new Error(JSON.stringify(errors));
  return ir;
}

async function python(property: string): Promise<string> {
  const files = generatePython(await irOf(property), resolveSettings('python', PYTHON_OPTIONS)).files;
  const line = (files.find((f) => f.path.endsWith('/n.py'))?.contents ?? '').split('\n').find((l) => /^\s+v: /.test(l));
  return line?.trim() ?? '';
}

async function java(property: string, over: Record<string, unknown> = {}): Promise<string> {
  const settings = javaSettings(resolveSettings('java', JAVA_OPTIONS, over));
  const text = generateJava(await irOf(property), settings).files.find((f) => f.path.endsWith('/N.java'))?.contents ?? '';
  // The field and the annotation lines right above it.
  const lines = text.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => /private .* v;/.test(l));
  let first = at;
  while (first > 0 && lines[first - 1]?.startsWith('@')) first--;
  return lines.slice(first, at + 1).join(' ');
}

describe('Python prints the schema\'s numbers exactly', () => {
  it.each([
    ['{ "type": "integer", "maximum": 9007199254740993 }', 'le=9007199254740993'],
    ['{ "type": "integer", "minimum": -9223372036854775809 }', 'ge=-9223372036854775809'],
    ['{ "type": "integer", "exclusiveMaximum": 1e20 }', 'lt=100000000000000000000'],
    ['{ "type": "number", "exclusiveMinimum": 0.1 }', 'gt=0.1'],
    ['{ "type": "integer", "multipleOf": 3 }', 'multiple_of=3'],
    ['{ "type": "number", "multipleOf": 3 }', 'MultipleOf("3")'],
    ['{ "type": "number", "multipleOf": 0.01 }', 'MultipleOf("0.01")'],
    ['{ "type": "integer", "multipleOf": 0.10000000000000001 }', 'MultipleOf("0.10000000000000001")'],
    ['{ "const": 18446744073709551617 }', 'Literal[18446744073709551617]'],
    ['{ "enum": [9007199254740993, 1] }', 'Literal[9007199254740993, 1]'],
    ['{ "type": "number" }', '_cs.Number'],
  ])('%s → %s', async (property, expected) => {
    const line = await python(property);
    // An enum with several values is a declaration of its own; its module holds the Literal.
    if (property.includes('"enum"')) {
      const files = generatePython(await irOf(property), resolveSettings('python', PYTHON_OPTIONS)).files;
      expect(files.map((f) => f.contents).join('\n')).toContain(expected);
    } else expect(line).toContain(expected);
  });
});

describe('Java prints the schema\'s numbers exactly and sizes integers by their bounds', () => {
  it.each([
    ['{ "type": "integer", "minimum": 0, "maximum": 65535 }', {}, ['@DecimalMin("0")', '@DecimalMax("65535")', 'Integer v;']],
    ['{ "type": "integer", "maximum": 9007199254740993 }', {}, ['@DecimalMax("9007199254740993")', 'Long v;']],
    ['{ "type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807 }', {}, ['@DecimalMin("-9223372036854775808")', '@DecimalMax("9223372036854775807")', 'Long v;']],
    ['{ "type": "integer", "minimum": 0, "maximum": 18446744073709551616 }', {}, ['@DecimalMax("18446744073709551616")', 'BigInteger v;']],
    ['{ "type": "integer", "minimum": 0, "maximum": 1e30 }', {}, ['@DecimalMax("1000000000000000000000000000000")', 'BigInteger v;']],
    ['{ "type": "integer" }', {}, ['Long v;']],
    ['{ "type": "integer" }', { unboundedIntegers: 'biginteger' }, ['BigInteger v;']],
    ['{ "type": "integer", "minimum": 0 }', { unboundedIntegers: 'biginteger' }, ['BigInteger v;']],
    ['{ "type": "integer", "minimum": 0, "maximum": 10 }', { unboundedIntegers: 'biginteger' }, ['Integer v;']],
    ['{ "type": "integer", "exclusiveMinimum": 1, "minimum": 1 }', {}, ['@DecimalMin(value = "1", inclusive = false)']],
    ['{ "type": "number", "multipleOf": 0.01 }', {}, ['@MultipleOf("0.01")', 'Double v;']],
    ['{ "type": "number", "exclusiveMaximum": 9007199254740993 }', { numbers: 'bigdecimal' }, ['@DecimalMax(value = "9007199254740993", inclusive = false)', 'BigDecimal v;']],
    ['{ "const": 18446744073709551617 }', {}, ['@AllowedValues("18446744073709551617")', 'BigInteger v;']],
    ['{ "const": 9007199254740993 }', {}, ['@AllowedValues("9007199254740993")', 'Long v;']],
  ])('%s with %j → %j', async (property, over, expected) => {
    const line = await java(property, over);
    for (const part of expected) expect(line).toContain(part);
  });

  it('declares the two number options with their defaults and checks values', () => {
    const resolved = resolveSettings('java', JAVA_OPTIONS, {});
    expect([resolved.unboundedIntegers, resolved.numbers]).toEqual(['long', 'double']);
    expect(() => resolveSettings('java', JAVA_OPTIONS, { unboundedIntegers: 'int' })).toThrow(/generators\.java\.unboundedIntegers: must be "long" or "biginteger"/);
    expect(() => resolveSettings('java', JAVA_OPTIONS, { numbers: 'float' })).toThrow(/generators\.java\.numbers: must be "double" or "bigdecimal"/);
  });
});

describe('fixtures near exact numbers', () => {
  it('a valid value floating point gets wrong for a decimal multipleOf, and invalid ones that break it exactly', async () => {
    const out = await generated(['"tenths": { "type": "number", "multipleOf": 0.1 }', '"cents": { "type": "number", "multipleOf": 0.01, "maximum": 100 }']);
    expect(out.read('valid/full.json')).toEqual(expect.objectContaining({ tenths: 0.3, cents: 0.03 }));
    expect(out.read('invalid/multipleOf-tenths.json')).toEqual(expect.objectContaining({ tenths: 0.35 }));
    expect(out.read('invalid/multipleOf-cents.json')).toEqual(expect.objectContaining({ cents: 0.035 }));
  });

  it('bounds beyond 2^53: valid values meet them exactly, invalid ones break them exactly', async () => {
    const out = await generated(['"atLeast": { "type": "integer", "minimum": 9007199254740993 }', '"below": { "type": "integer", "exclusiveMaximum": 9007199254740993 }']);
    const full = out.read('valid/full.json') as Record<string, number>;
    expect(full.atLeast).toBeGreaterThan(2 ** 53);
    expect(full.below).toBeLessThanOrEqual(2 ** 53);
    expect((out.read('invalid/minimum-atLeast.json') as Record<string, number>).atLeast).toBeLessThanOrEqual(2 ** 53);
    expect(out.read('invalid/exclusiveMaximum-below.json')).toEqual(expect.objectContaining({ below: 2 ** 53 + 2 }));
  });
});

import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@connspec/core';
import { formSchema, label } from '../../../packages/connspec/src/targets/ui-forms/form-schema.js';

const object = (title: string): JsonObject => ({ title, type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false });

describe('formSchema', () => {
  it.each<[string, JsonObject, JsonObject]>([
    [
      'a one-branch oneOf beside annotations becomes its branch, the annotations winning',
      { title: 'SSL Config', description: 'd', oneOf: [object('ValidateSslClientConfig')] },
      { title: 'SSL Config', type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false, description: 'd' },
    ],
    ['a one-branch anyOf too', { anyOf: [{ type: 'string' }] }, { type: 'string' }],
    ['a keyword equal in both does not stop it', { type: 'string', oneOf: [{ type: 'string', minLength: 1 }] }, { type: 'string', minLength: 1 }],
    ['nor a keyword of the parent alone that no branch keyword reads', { required: ['a'], oneOf: [object('A')] }, { ...object('A'), required: ['a'] }],
    [
      'a parent keyword read by a branch keyword does',
      { additionalProperties: false, oneOf: [{ properties: { a: {} } }] },
      { additionalProperties: false, oneOf: [{ properties: { a: {} } }] },
    ],
    ['and so does a differing one', { type: 'object', oneOf: [{ type: 'string' }] }, { type: 'object', oneOf: [{ type: 'string' }] }],
    [
      'branch titles that are type names become words; others stay',
      { oneOf: [object('BasicAuth'), object('IamAuthConfigurationSource'), object('SSL config'), object('Basic'), { type: 'null' }] },
      { oneOf: [object('Basic Auth'), object('Iam Auth Configuration Source'), object('SSL config'), object('Basic'), { type: 'null' }] },
    ],
    [
      'subschemas anywhere are shaped: properties, items, additionalProperties, allOf, if/then',
      {
        properties: { p: { oneOf: [{ type: 'string' }] } },
        items: { oneOf: [{ type: 'integer' }] },
        additionalProperties: { anyOf: [{ type: 'boolean' }] },
        allOf: [{ oneOf: [{ minimum: 1 }] }],
        if: { oneOf: [{ const: 1 }] },
        then: { oneOf: [{ const: 2 }] },
      },
      { properties: { p: { type: 'string' } }, items: { type: 'integer' }, additionalProperties: { type: 'boolean' }, allOf: [{ minimum: 1 }], if: { const: 1 }, then: { const: 2 } },
    ],
    [
      'data is left alone: default, enum, const, examples, dependency lists',
      { default: { oneOf: [{}] }, enum: [{ oneOf: [1] }], examples: [{ anyOf: [2] }], dependencies: { a: ['b'], c: { oneOf: [{ required: ['d'] }] } } },
      { default: { oneOf: [{}] }, enum: [{ oneOf: [1] }], examples: [{ anyOf: [2] }], dependencies: { a: ['b'], c: { required: ['d'] } } },
    ],
    ['a property named like a keyword is a property', { properties: { oneOf: { type: 'string' }, title: { type: 'string' } } }, { properties: { oneOf: { type: 'string' }, title: { type: 'string' } } }],
  ])('%s', (_name, input, expected) => {
    expect(formSchema(input)).toEqual(expected);
  });
});

describe('label', () => {
  it.each([
    ['BasicAuth', 'Basic Auth'],
    ['GcpCredentialsPath', 'Gcp Credentials Path'],
    ['AWSCredentials', 'AWS Credentials'],
    ['basic_auth', 'Basic auth'],
    ['Basic', 'Basic'],
    ['Basic Auth', 'Basic Auth'],
    ['OAuth 2.0', 'OAuth 2.0'],
  ])('%s → %s', (title, expected) => {
    expect(label(title)).toBe(expected);
  });
});

/**
 * The form preview's own logic, without a browser: which branch's errors show, which errors a user
 * has earned, which defaults are filled in, what the JSON panel masks, and which optional objects
 * get an "add" control.
 */
import { describe, expect, it } from 'vitest';
import { chosenBranchErrors, type FormError, type Schema } from '../../tools/form-preview/src/branches.js';
import { fillDefaults, MASK, maskSecrets, type Ui } from '../../tools/form-preview/src/config.js';
import { withOptionalControls } from '../../tools/form-preview/src/optional.js';
import { touchedErrors } from '../../tools/form-preview/src/touched.js';

const error = (property: string, schemaPath: string): FormError => ({ property, schemaPath });
const AUTH = 'root_authType__oneof_select';
// MySQL with IAM chosen and awsConfig lacking its region: both branches fail, and so the oneOf.
const IAM_ERRORS = [
  error('.authType', '#/properties/authType/oneOf/0/additionalProperties'),
  error('.authType.awsConfig.awsRegion', '#/properties/authType/oneOf/1/properties/awsConfig/required'),
  error('.authType', '#/properties/authType/oneOf'),
];

describe('chosenBranchErrors', () => {
  it.each<[string, FormError[], Map<string, number>, string[]]>([
    ['keeps the chosen branch only, and drops the oneOf its errors explain', IAM_ERRORS, new Map([[AUTH, 1]]), ['#/properties/authType/oneOf/1/properties/awsConfig/required']],
    ['keeps every branch where no dropdown was seen', IAM_ERRORS, new Map(), IAM_ERRORS.map((e) => e.schemaPath ?? '')],
    [
      'keeps the oneOf when the chosen branch passes (another matches too)',
      [error('.authType', '#/properties/authType/oneOf')],
      new Map([[AUTH, 1]]),
      ['#/properties/authType/oneOf'],
    ],
    [
      'finds a choice under array items and additionalProperties',
      [error('.list.0', '#/properties/list/items/oneOf/0/type'), error('.list.0', '#/properties/list/items/oneOf/1/type'), error('.map.k', '#/properties/map/additionalProperties/anyOf/0/type')],
      new Map([['root_list_0__oneof_select', 1], ['root_map_k__anyof_select', 1]]),
      ['#/properties/list/items/oneOf/1/type'],
    ],
  ])('%s', (_name, errors, choices, expected) => {
    expect(chosenBranchErrors(errors, choices).map((e) => e.schemaPath)).toEqual(expected);
  });
});

describe('touchedErrors', () => {
  const errors = [error('.hostPort', '#/properties/hostPort/pattern'), error('.username', '#/required'), error('.authType', '#/properties/authType/oneOf')];
  it.each<[string, string[], boolean, string[]]>([
    ['shows nothing before any input', [], false, []],
    ['shows a changed field\'s errors only', ['root_hostPort'], false, ['.hostPort']],
    ['shows an object\'s errors once a field inside it changed', ['root_authType_password'], false, ['.authType']],
    ['does not take a prefix of a name for its parent', ['root_hostPortExtra'], false, []],
    ['shows all after a submit', [], true, ['.hostPort', '.username', '.authType']],
  ])('%s', (_name, touched, all, expected) => {
    expect(touchedErrors(errors, new Set(touched), all).map((e) => e.property)).toEqual(expected);
  });
});

const SCHEMA: Schema = {
  type: 'object',
  properties: {
    type: { enum: ['Mysql'], default: 'Mysql' },
    scheme: { enum: ['mysql+pymysql'], default: 'mysql+pymysql' },
    flag: { type: 'boolean', default: true },
    token: { type: 'string', mask: true },
    sample: { type: 'object', properties: { overwrite: { type: 'boolean', default: true }, key: { type: 'string', format: 'password' } } },
    auth: {
      oneOf: [
        { type: 'object', properties: { password: { type: 'string', format: 'password' } } },
        { type: 'object', properties: { region: { type: 'string', default: 'us-east-1' }, apiKey: { type: 'string' } } },
      ],
    },
    list: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer', default: 1 }, secret: { type: 'string' } } } },
  },
};
const UI: Ui = { flag: { 'ui:widget': 'hidden' }, auth: { apiKey: { 'ui:widget': 'password' } }, list: { items: { secret: { 'ui:widget': 'password' } } } };

describe('fillDefaults', () => {
  it.each<[string, Record<string, unknown>, Map<string, number>, Record<string, unknown>]>([
    ['fills the shown defaults of the root, not a hidden field\'s, and adds no optional object', {}, new Map(), { type: 'Mysql', scheme: 'mysql+pymysql' }],
    ['keeps a value the config holds', { scheme: 'other' }, new Map(), { type: 'Mysql', scheme: 'other' }],
    ['fills an object the config holds', { sample: {} }, new Map(), { type: 'Mysql', scheme: 'mysql+pymysql', sample: { overwrite: true } }],
    ['fills the chosen branch only', { auth: {} }, new Map([['root_auth__oneof_select', 1]]), { type: 'Mysql', scheme: 'mysql+pymysql', auth: { region: 'us-east-1' } }],
    ['fills no branch where none is known', { auth: {} }, new Map(), { type: 'Mysql', scheme: 'mysql+pymysql', auth: {} }],
    ['fills array items', { list: [{}, { n: 5 }] }, new Map(), { type: 'Mysql', scheme: 'mysql+pymysql', list: [{ n: 1 }, { n: 5 }] }],
  ])('%s', (_name, data, choices, expected) => {
    expect(fillDefaults(SCHEMA, UI, data, choices)).toEqual(expected);
  });
});

describe('maskSecrets', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['masks format: password, a password widget and mask: true, in any branch', { token: 't', sample: { key: 'k' }, auth: { password: 'p', apiKey: 'a' } }, { token: MASK, sample: { key: MASK }, auth: { password: MASK, apiKey: MASK } }],
    ['masks in array items', { list: [{ n: 1, secret: 's' }] }, { list: [{ n: 1, secret: MASK }] }],
    ['leaves the rest and an absent secret alone', { scheme: 'x', sample: {} }, { scheme: 'x', sample: {} }],
  ])('%s', (_name, data, expected) => {
    expect(maskSecrets(SCHEMA, UI, data)).toEqual(expected);
  });

  it('does not change the config it masks', () => {
    const data = { auth: { password: 'p' } };
    maskSecrets(SCHEMA, UI, data);
    expect(data).toEqual({ auth: { password: 'p' } });
  });
});

describe('withOptionalControls', () => {
  const CONTROL = 'ui:enableOptionalDataFieldForType';
  const schema: Schema = {
    type: 'object',
    required: ['must'],
    properties: {
      sample: { type: 'object', properties: { overwrite: { type: 'boolean', default: true } } },
      auth: { title: 'Auth', oneOf: [{ title: 'A', type: 'object', properties: {} }, { type: 'object', properties: {} }] },
      filter: { type: 'object', properties: { includes: { type: 'array' } } },
      map: { type: 'object', additionalProperties: { type: 'string' } },
      must: { type: 'object', properties: { n: { type: 'integer', default: 1 } } },
      flags: { type: 'object', properties: { f: { type: 'boolean', default: true } } },
      outer: { type: 'object', properties: { inner: { type: 'object', properties: { x: { type: 'string', default: 'x' } } } } },
    },
  };
  const ui = withOptionalControls(schema, { flags: { f: { 'ui:widget': 'hidden' } } }) as Record<string, Record<string, unknown> | undefined>;
  it.each<[string, string, boolean]>([
    ['an optional object with a shown default', 'sample', true],
    ['an optional choice', 'auth', true],
    ['not an object with nothing to show (its "add" would give {}, which rjsf counts as no data)', 'filter', false],
    ['not a map', 'map', false],
    ['not a required object', 'must', false],
    ['not an object whose only default is hidden', 'flags', false],
    ['not an object whose values are in an optional member (that member gets the control)', 'outer', false],
  ])('%s: %s', (_name, key, expected) => {
    expect(ui[key]?.[CONTROL] !== undefined).toBe(expected);
  });
  it('titles an absent choice by its field, not by its first branch', () => {
    expect(ui.auth?.['ui:title']).toBe('Auth');
    expect(ui.sample?.['ui:title']).toBeUndefined();
  });
  it('puts the control on the nested member', () => {
    expect((ui.outer?.inner as Record<string, unknown> | undefined)?.[CONTROL]).toEqual(['object']);
  });
});

const VALIDATOR = ['..', '..', 'tools', 'form-preview', 'src', 'validator.js'].join('/');

describe('the preview validator', () => {
  it.each([
    { value: 0.3, multipleOf: 0.1, errors: 0 },
    { value: 19.99, multipleOf: 0.01, errors: 0 },
    { value: 0.35, multipleOf: 0.1, errors: 1 },
  ])('multipleOf $multipleOf with $value: $errors error(s), exactly as the spec (and connspec) means it', async ({ value, multipleOf, errors }) => {
    // Loaded by a computed path: a static import would put rjsf's React types (with their stub DOM
    // interfaces) into the test program's type check, where the browser tests' page callbacks then mistype.
    const { validator } = (await import(VALIDATOR)) as { validator: { validateFormData(value: unknown, schema: object): { errors: unknown[] } } };
    expect(validator.validateFormData(value, { type: 'number', multipleOf }).errors).toHaveLength(errors);
  });
});

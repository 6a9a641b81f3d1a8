import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkModels, pyrightStrict, type ModelCheckResult } from '../../../tools/python/python.js';
import { generate } from '../../support/generate.js';
import { DRAFT_07, type Source } from '../../bad-input/sources.js';
import { BASE_URL, tempConfig } from '../../support/workspace.js';
import { PACKAGE, pythonModules } from './support.js';

/** Hostile-looking but legal input: the Python output must import, type-check and validate. */
const DIR = 'entity/services/connections/database';
const MODULE = 'entity.services.connections.database.odd_keys_connection';
const TRICKY = 'Ends """here""" and */ then \\ a backslash, \\n not a newline, a "quote" and ${x}\nsecond line "';
const VALUES = ["it's", 'say "hi"', 'back\\slash', 'a"""b', 'trailing\\', '', '2fa', 'None', 'class'];
const NAMES = ['class', 'default', 'from', 'my-key', '2fa', '名前', 'import', 'None', 'int'] as const;

function source(): Source {
  const type = (name: string): object => (name === '2fa' ? { type: 'boolean' } : name === 'int' ? { type: 'integer' } : { type: 'string' });
  const properties = {
    type: { type: 'string', enum: ['OddKeys'], default: 'OddKeys' },
    ...Object.fromEntries(NAMES.map((n) => [n, { ...type(n), description: `the ${n} field: ${TRICKY}` }])),
    quirky: { title: `Title """x"""`, description: TRICKY, type: 'string', enum: VALUES },
    // Names that would shadow what the module imports, or a class of the module, inside a class body.
    Field: { type: 'string' },
    str: { type: 'string', pattern: '^\\d+$' },
    list: { type: 'array', items: { type: 'string' } },
    OddKeysConnectionQuirky: { type: 'string' },
    model_config: { type: 'string' },
    _private: { type: 'string' },
  };
  const body = {
    $schema: DRAFT_07,
    $id: `${BASE_URL}${DIR}/oddKeysConnection.json`,
    title: 'OddKeysConnection',
    description: TRICKY,
    type: 'object',
    schemaVersion: '1.0.0',
    properties,
    required: [...NAMES],
    additionalProperties: false,
  };
  return { path: `${DIR}/oddKeysConnection.json`, text: `${JSON.stringify(body, null, 2)}\n` };
}

const VALUE = { type: 'OddKeys', class: 'c', default: 'd', from: 'f', 'my-key': 'k', '2fa': true, 名前: 'n', import: 'i', None: 'none', int: 3 };

let dir: string;
let result: ModelCheckResult;

beforeAll(async () => {
  const config = tempConfig();
  await generate(config, ['python'], [source()]);
  dir = join(config.outDir, 'python');
  const samples = [
    { id: 'all-keys', value: { ...VALUE, quirky: 'a"""b', Field: 'f', str: '12', list: ['x'], OddKeysConnectionQuirky: 'q', model_config: 'm', _private: 'p' } },
    ...VALUES.map((v, i) => ({ id: `value-${i}`, value: { ...VALUE, quirky: v } })),
    { id: 'by-python-names', value: { ...VALUE, 'my-key': undefined, my_key: 'k', '2fa': undefined, field_2fa: false, class: undefined, class_: 'c' } },
    { id: 'bad-enum', value: { ...VALUE, quirky: "it's not" } },
    { id: 'missing-2fa', value: { ...VALUE, '2fa': undefined } },
    { id: 'bad-str-pattern', value: { ...VALUE, str: '12a' } },
    { id: 'null-for-optional', value: { ...VALUE, Field: null } },
  ].map((s) => ({ ...s, module: MODULE, class: 'OddKeysConnection', value: JSON.parse(JSON.stringify(s.value)) as unknown }));
  const describe = [{ module: MODULE, class: 'OddKeysConnection' }, { module: MODULE, class: 'OddKeysConnectionQuirky' }];
  result = checkModels(dir, PACKAGE, pythonModules(join(dir, PACKAGE)), samples, describe);
}, 300_000);

describe('python: property names that are keywords, not identifiers, or not ASCII; text that could break out', () => {
  it('imports, and type-checks under strict pyright', () => {
    expect(result.imports.filter((i) => !i.ok)).toEqual([]);
    expect(pyrightStrict(dir)).toBe('');
  }, 300_000);

  it('keeps every JSON name as the alias of a safe identifier', () => {
    const fields = result.describe[0]?.fields ?? {};
    const aliases = Object.fromEntries(Object.entries(fields).map(([name, f]) => [f.alias ?? name, name]));
    expect(aliases).toMatchObject({ class: 'class_', default: 'default', from: 'from_', 'my-key': 'my_key', '2fa': 'field_2fa', 名前: '名前', import: 'import_', None: 'None_', int: 'int', type: 'type_' });
    expect(aliases).toMatchObject({ Field: 'Field', str: 'str', list: 'list', model_config: 'field_model_config', _private: 'private' });
  });

  it('carries descriptions, titles and enum values through unchanged', () => {
    const [model, quirky] = result.describe;
    expect(model?.doc).toContain(TRICKY.split('\n')[0]);
    expect(model?.fields?.class_?.description).toBe(`the class field: ${TRICKY}`);
    expect(model?.fields?.quirky?.title).toBe('Title """x"""');
    expect(Object.values(quirky?.members ?? {})).toEqual(VALUES);
    expect(Object.keys(quirky?.members ?? {})).toEqual(['IT_S', 'SAY_HI', 'BACK_SLASH', 'A_B', 'TRAILING', 'VALUE', 'V_2FA', 'NONE', 'CLASS']);
  });

  it('accepts valid values by JSON name, round-trips them, and rejects invalid ones, and Python names in a config', () => {
    const byId = new Map(result.samples.map((s) => [s.id, s]));
    const accepted = [...byId.values()].filter((s) => s.accepted && s.acceptedJson).map((s) => s.id);
    expect(accepted).toEqual(['all-keys', ...VALUES.map((_, i) => `value-${i}`)]);
    expect([...byId.values()].filter((s) => s.accepted && !s.roundTrip)).toEqual([]);
    // A config is read by the schema's names alone: `class_` is no property of a closed schema that says `class`.
    expect(byId.get('by-python-names')?.errors.map((e) => [e.pointer, e.type])).toEqual(expect.arrayContaining([['/class_', 'extra_forbidden'], ['/2fa', 'missing']]));
    expect(byId.get('bad-enum')?.errors.map((e) => [e.pointer, e.type])).toEqual([['/quirky', 'enum']]);
    expect(byId.get('missing-2fa')?.errors.map((e) => [e.pointer, e.type])).toEqual([['/2fa', 'missing']]);
    expect(byId.get('bad-str-pattern')?.errors.map((e) => [e.pointer, e.type])).toEqual([['/str', 'string_pattern_mismatch']]);
    expect(byId.get('null-for-optional')?.errors.map((e) => [e.pointer, e.type])).toEqual([['/Field', 'null_forbidden']]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse, objectMembers } from '@connspec/core';
import { language, LANGUAGES } from '../../support/languages.js';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

describe('memberName', () => {
  it.each<[string, string, string, string | undefined]>([
    ['hostPort', 'typescript', 'hostPort', undefined],
    ['my-key', 'typescript', '"my-key"', undefined],
    ['2fa', 'typescript', '"2fa"', undefined],
    ['class', 'typescript', 'class', undefined],
    ['名前', 'typescript', '名前', undefined],
    ['hostPort', 'python', 'hostPort', undefined],
    ['class', 'python', 'class_', 'class'],
    ['from', 'python', 'from_', 'from'],
    ['None', 'python', 'None_', 'None'],
    ['my-key', 'python', 'my_key', 'my-key'],
    ['2fa', 'python', 'field_2fa', '2fa'],
    ['json', 'python', 'field_json', 'json'],
    ['model_dump', 'python', 'field_model_dump', 'model_dump'],
    ['e\u0301', 'python', 'e', 'e\u0301'],
    ['__proto__', 'python', 'proto', '__proto__'],
    ['$ref', 'java', 'ref', '$ref'],
    ['名前', 'python', '名前', undefined],
    ['int', 'java', 'int_', 'int'],
    ['default', 'java', 'default_', 'default'],
    ['my-key', 'java', 'myKey', 'my-key'],
    ['2fa', 'java', 'field2fa', '2fa'],
    ['名前', 'java', '名前', undefined],
  ])('%s in %s is %s', (name, languageId, identifier, alias) => {
    expect(language(languageId).memberName(name)).toEqual(alias === undefined ? { identifier } : { identifier, alias });
  });

  it('warns of two properties one language would spell alike, naming the identifier chosen', async () => {
    const text = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `${BASE_URL}a.json`, type: 'object', properties: { 'my-key': { type: 'string' }, my_key: { type: 'string' } } }, null, 2);
    const { diagnostics } = await analyse(tempConfig(), [{ path: 'a.json', text }], { languages: LANGUAGES });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'member-collision', file: 'a.json', pointer: '/properties/my_key', line: 9, column: 5 })]);
    expect(diagnostics[0]?.message).toBe('properties "my-key" and "my_key" would both be "my_key" in python, so "my-key" is my_key_ there (the JSON names stay as they are)');
  });
});

describe('objectMembers', () => {
  it.each<[string, string[], string[]]>([
    ['python', ['host', 'port'], ['host', 'port']],
    ['python', ['type', 'type_'], ['type__', 'type_']],
    ['python', ['type_', 'type'], ['type_', 'type__']],
    ['python', ['type', 'type_', 'type__'], ['type___', 'type_', 'type__']],
    ['python', ['a-b', 'a.b', 'a_b'], ['a_b_', 'a_b__', 'a_b']],
    ['python', ['_', '__', ''], ['field_', 'field__', 'field___']],
    ['python', ['json', 'field_json'], ['field_json_', 'field_json']],
    ['python', ['\u00e9', 'e\u0301'], ['\u00e9', 'e']],
    ['java', ['class', 'class_'], ['class__', 'class_']],
    ['java', ['a-b', 'aB', 'a.b'], ['aB_', 'aB', 'aB__']],
    ['java', ['Foo', 'foo'], ['Foo', 'foo']],
  ])('%s spells %j as %j', (languageId, names, identifiers) => {
    const members = objectMembers(language(languageId), names);
    expect(members.map((m) => m.identifier)).toEqual(identifiers);
    // Every identifier is distinct, and one that differs from its JSON name keeps that name as alias.
    expect(new Set(identifiers).size).toBe(names.length);
    members.forEach((m, i) => expect(m.alias ?? m.identifier).toBe(names[i]));
  });
});

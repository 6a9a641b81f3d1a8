import { describe, expect, it } from 'vitest';
import { analyse } from '@connspec/core';
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
    ['名前', 'python', '名前', undefined],
    ['int', 'java', 'int_', 'int'],
    ['default', 'java', 'default_', 'default'],
    ['my-key', 'java', 'myKey', 'my-key'],
    ['2fa', 'java', 'field2fa', '2fa'],
    ['名前', 'java', '名前', undefined],
  ])('%s in %s is %s', (name, languageId, identifier, alias) => {
    expect(language(languageId).memberName(name)).toEqual(alias === undefined ? { identifier } : { identifier, alias });
  });

  it('reports two properties one language would spell alike', async () => {
    const text = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `${BASE_URL}a.json`, type: 'object', properties: { 'my-key': { type: 'string' }, my_key: { type: 'string' } } }, null, 2);
    const { diagnostics } = await analyse(tempConfig(), [{ path: 'a.json', text }], { languages: LANGUAGES });
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'member-collision', file: 'a.json', pointer: '/properties/my_key', line: 9, column: 5 })]);
    expect(diagnostics[0]?.message).toBe('properties "my-key" and "my_key" would both be "my_key" in python');
  });
});

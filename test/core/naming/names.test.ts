import { describe, expect, it } from 'vitest';
import { collisionKey, pascalCase, splitWords } from '../../../packages/connspec/src/core/naming/words.js';
import { nameDeclarations, type NameSource } from '../../../packages/connspec/src/core/naming/names.js';
import { RESERVED } from '../../support/languages.js';

describe('words', () => {
  it.each([
    ['mySQLType', ['my', 'SQL', 'Type']],
    ['AWSCredentials', ['AWS', 'Credentials']],
    ['s3Connection', ['s3', 'Connection']],
    ['basic_auth-config v2', ['basic', 'auth', 'config', 'v2']],
    ['名前', ['名前']],
  ])('splits %s', (text, words) => expect(splitWords(text)).toEqual(words));

  it.each([
    ['mySQLType', 'MySQLType'],
    ['Basic Auth', 'BasicAuth'],
    ['sslMode', 'SslMode'],
  ])('PascalCases %s as %s', (text, name) => expect(pascalCase(text)).toBe(name));

  it('folds names that differ only in case or punctuation to one collision key', () => {
    expect(collisionKey('AWSCredentials')).toBe(collisionKey('AwsCredentials'));
    expect(collisionKey('SSL_Mode')).toBe(collisionKey('SslMode'));
  });
});

const origin = { file: 'a.json', pointer: '', line: 1, column: 1 };
const source = (id: string, extra: Partial<NameSource>): NameSource => ({ id, file: id.split('#')[0] ?? '', origin: { ...origin, pointer: id.split('#')[1] ?? '' }, source: 'definition', ...extra });

describe('nameDeclarations', () => {
  it.each([
    ['typeName wins over title and key', [source('a.json#/definitions/x', { explicit: 'Chosen', title: 'Title', key: 'x' })], ['Chosen']],
    ['title wins over key', [source('a.json#/definitions/x', { title: 'Basic Auth', key: 'x' })], ['BasicAuth']],
    ['a name starting with a digit gets a prefix', [source('a.json#/definitions/x', { key: '2fa' })], ['Type2fa']],
    [
      'an inline shape is named after its parent',
      [source('a.json#', { source: 'root', key: 'mysqlConnection' }), source('a.json#/properties/ssl', { source: 'inline', parent: 'a.json#', suffix: 'Ssl' })],
      ['MysqlConnection', 'MysqlConnectionSsl'],
    ],
  ])('%s', (_, sources, names) => {
    const result = nameDeclarations(sources, 'error', RESERVED);
    expect(sources.map((s) => result.names.get(s.id))).toEqual(names);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports a collision with both places and the fix, instead of numbering', () => {
    const sources = [source('a.json#/definitions/sslMode', { key: 'sslMode' }), source('b.json#/definitions/SSLMode', { key: 'SSL_Mode' })];
    const { names, diagnostics } = nameDeclarations(sources, 'error', RESERVED);
    expect([...names.values()]).toEqual(['SslMode', 'SSLMode']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'name-collision', file: 'b.json', pointer: '/definitions/SSLMode' });
    expect(diagnostics[0]?.message).toContain('a.json#/definitions/sslMode');
    expect(diagnostics[0]?.hint).toContain('typeName');
  });

  it('qualifies colliding names with their file in qualify mode', () => {
    const sources = [source('x/a.json#/definitions/config', { key: 'config' }), source('x/b.json#/definitions/config', { key: 'config' })];
    const { names, diagnostics } = nameDeclarations(sources, 'qualify', RESERVED);
    expect([...names.values()]).toEqual(['AConfig', 'BConfig']);
    expect(diagnostics).toEqual([]);
  });

  it('refuses a name reserved in any target language', () => {
    const { diagnostics } = nameDeclarations([source('a.json#/definitions/o', { title: 'Integer' })], 'error', RESERVED);
    expect(diagnostics[0]).toMatchObject({ rule: 'name-reserved' });
    expect(diagnostics[0]?.message).toContain('java');
  });
});

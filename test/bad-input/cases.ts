import { connection, schema, type Expected, type Source } from './sources.js';

/** A broken schema set and every diagnostic the core must report for it (sorted as the core sorts). */
export interface BadCase {
  readonly name: string;
  readonly sources: readonly Source[];
  readonly expected: readonly Expected[];
}

/** A shared file with one object property whose schema is `inner` (file line 6, the property at column 5). */
const withProperty = (path: string, inner: string): Source =>
  schema(path, '  "type": "object",', '  "properties": {', `    "auth": ${inner}`, '  }');

const A = 'type/a.json';
const B = 'type/b.json';
const REF_HINT = /correct|add|keep|vendor/;

export const BAD_CASES: readonly BadCase[] = [
  {
    name: 'malformed JSON (missing comma)',
    // line 4 lacks its trailing comma; the parser trips on the next token, line 5 column 3.
    sources: [schema(A, '  "type": "object"', '  "properties": {}')],
    expected: [{ rule: 'json-syntax', file: A, line: 5, column: 3, pointer: '', says: ['malformed JSON', 'Comma'], hint: /missing comma/ }],
  },
  {
    name: 'unresolvable $ref: missing file',
    // line 6: `    "auth": { "$ref"` puts "$ref" at column 15.
    sources: [withProperty(A, '{ "$ref": "./missing.json" }')],
    expected: [{ rule: 'ref-unresolvable', file: A, line: 6, column: 15, pointer: '/properties/auth/$ref', says: ['"./missing.json"', 'type/missing.json', 'not a file'], hint: REF_HINT }],
  },
  {
    name: 'unresolvable $ref: missing definition in an existing file',
    sources: [withProperty(A, '{ "$ref": "b.json#/definitions/x" }'), schema(B, '  "definitions": { "y": { "type": "string" } }')],
    expected: [{ rule: 'ref-unresolvable', file: A, line: 6, column: 15, pointer: '/properties/auth/$ref', says: ['"b.json#/definitions/x"', '/definitions/x'], hint: /definition/ }],
  },
  {
    name: '$ref escaping the schema root',
    sources: [withProperty(A, '{ "$ref": "../../../../../../etc/passwd.json" }')],
    expected: [{ rule: 'ref-escapes-root', file: A, line: 6, column: 15, pointer: '/properties/auth/$ref', says: ['../../../../../../etc/passwd.json', 'outside the schema root'], hint: /under the schema root/ }],
  },
  {
    name: 'remote $ref',
    sources: [withProperty(A, '{ "$ref": "https://example.com/x.json" }')],
    expected: [{ rule: 'ref-remote', file: A, line: 6, column: 15, pointer: '/properties/auth/$ref', says: ['https://example.com/x.json', 'remote'], hint: /vendor/ }],
  },
  {
    name: 'duplicate $id in two files',
    // b.json declares a.json's $id on line 3 (column 3); it is also not b.json's own path.
    sources: [
      schema(A, '  "type": "string"'),
      { path: B, text: ['{', '  "$schema": "http://json-schema.org/draft-07/schema#",', '  "$id": "https://connspec.dev/schema/type/a.json",', '  "type": "string"', '}', ''].join('\n') },
    ],
    expected: [
      { rule: 'duplicate-id', file: B, line: 3, column: 3, pointer: '/$id', says: ['https://connspec.dev/schema/type/a.json', 'already declared by type/a.json'], hint: /type\/b\.json/ },
      { rule: 'id-matches-path', file: B, line: 3, column: 3, pointer: '/$id', says: ['type/b.json'], hint: /"\$id": "https:\/\/connspec\.dev\/schema\/type\/b\.json"/ },
    ],
  },
  {
    name: 'required names a missing property',
    // line 6: `  "required": ["nmae"]` puts the entry at column 16.
    sources: [schema(A, '  "type": "object",', '  "properties": { "name": { "type": "string" } },', '  "required": ["nmae"]')],
    expected: [{ rule: 'required-exists', file: A, line: 6, column: 16, pointer: '/required/0', says: ['"nmae"', 'not declared in properties'], hint: /add "nmae" to properties|remove it from required/ }],
  },
  {
    name: 'name collision across files (sslMode vs SSLMode)',
    // Both definitions sit on line 5, column 5 of their files.
    sources: [
      schema(A, '  "definitions": {', '    "sslMode": { "type": "string", "enum": ["disable", "require"] }', '  }'),
      schema(B, '  "definitions": {', '    "SSLMode": { "type": "string", "enum": ["disable", "verify-full"] }', '  }'),
    ],
    expected: [{ rule: 'name-collision', file: B, line: 5, column: 5, pointer: '/definitions/SSLMode', says: ['"SSLMode"', 'type/a.json#/definitions/sslMode', '(5:5)', '"SslMode"'], hint: /(?=.*typeName)(?=.*title)/ }],
  },
  {
    name: 'invalid regex in pattern',
    sources: [schema(A, '  "type": "string",', '  "pattern": "(unclosed"')],
    expected: [{ rule: 'pattern-ecma', file: A, line: 5, column: 3, pointer: '/pattern', says: ['/(unclosed/', 'not a valid ECMA-262'], hint: /fix the syntax/ }],
  },
  {
    name: 'empty file',
    sources: [{ path: A, text: '' }],
    expected: [{ rule: 'empty-file', file: A, line: 1, column: 1, pointer: '', says: ['empty'], hint: /write a JSON Schema|delete the file/ }],
  },
  {
    name: 'unknown keyword (titel)',
    // line 6: `    "auth": { "type": "string", "titel"` puts "titel" at column 33.
    sources: [withProperty(A, '{ "type": "string", "titel": "Name" }')],
    expected: [{ rule: 'unknown-keyword', file: A, line: 6, column: 33, pointer: '/properties/auth/titel', says: ['"titel"', 'not a draft-07 keyword'], hint: /spelling/ }],
  },
  {
    name: 'extension keyword with a value of the wrong type (expose: "yes")',
    // line 6: `    "auth": { "type": "string", "expose"` puts "expose" at column 33.
    sources: [withProperty(A, '{ "type": "string", "expose": "yes" }')],
    expected: [{ rule: 'meta-schema', file: A, line: 6, column: 33, pointer: '/properties/auth/expose', says: ['must be boolean'], hint: /"expose"/ }],
  },
  {
    name: 'default violating its schema',
    // line 6: `    "auth": { "type": "integer", "default"` puts "default" at column 34.
    sources: [withProperty(A, '{ "type": "integer", "default": "3306" }')],
    expected: [{ rule: 'default-valid', file: A, line: 6, column: 34, pointer: '/properties/auth/default', says: ['default "3306"', 'integer'], hint: /change the default|remove it/ }],
  },
  {
    name: 'secret-looking property without format: password',
    sources: [schema(A, '  "type": "object",', '  "properties": {', '    "clientSecret": { "type": "string" }', '  }')],
    expected: [{ rule: 'secret-format', file: A, line: 6, column: 5, pointer: '/properties/clientSecret', says: ['"clientSecret"', 'looks like a secret but is not marked as one'], hint: /add "format": "password"/ }],
  },
  {
    name: 'ReDoS-prone pattern',
    sources: [schema(A, '  "type": "string",', '  "pattern": "^(a+)+$"')],
    expected: [{ rule: 'pattern-redos', file: A, line: 5, column: 3, pointer: '/pattern', says: ['/^(a+)+$/', 'ReDoS'], hint: /nested or overlapping quantifiers/ }],
  },
  {
    name: 'registry drift: oneOf lists a connector the serviceType enum lacks',
    // Registry line 11: `          "oneOf"` (column 11).
    sources: [
      schema(
        'entity/services/databaseService.json',
        '  "type": "object",',
        '  "properties": {',
        '    "serviceType": { "type": "string", "enum": ["Foo"] },',
        '    "connection": {',
        '      "type": "object",',
        '      "properties": {',
        '        "config": {',
        '          "oneOf": [',
        '            { "$ref": "./connections/database/fooConnection.json" },',
        '            { "$ref": "./connections/database/barConnection.json" }',
        '          ]',
        '        }',
        '      }',
        '    }',
        '  }',
      ),
      connection('entity/services/connections/database/fooConnection.json', 'Foo'),
      connection('entity/services/connections/database/barConnection.json', 'Bar'),
    ],
    expected: [
      {
        rule: 'registry-consistent',
        file: 'entity/services/databaseService.json',
        line: 11,
        column: 11,
        pointer: '/properties/connection/properties/config/oneOf',
        says: ['entity/services/connections/database/barConnection.json', '"Bar"', 'not in the serviceType enum'],
        hint: /add "Bar" to the serviceType enum/,
      },
    ],
  },
];

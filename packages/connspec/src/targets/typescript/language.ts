import { hasInvisible, jsonString, type MemberName, type TargetLanguage } from '../../core/index.js';

const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u;

/** TypeScript's reserved words (a member named by one is still written bare: property names may be keywords). */
const KEYWORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'let', 'static', 'yield', 'await',
  'implements', 'interface', 'package', 'private', 'protected', 'public',
]);

/** A key TypeScript cannot write bare (or one holding an invisible character) is quoted; it never needs an alias. */
function memberName(name: string): MemberName {
  return { identifier: !hasInvisible(name) && IDENTIFIER.test(name) ? name : jsonString(name) };
}

/** TypeScript types: shapes, checked at compile time, never values (lengths, bounds, patterns). */
export const TYPESCRIPT_LANGUAGE: TargetLanguage = {
  id: 'typescript',
  label: 'TypeScript',
  validates: false,
  keywords: KEYWORDS,
  // The secret marker alias every module imports.
  reservedTypeNames: ['Secret'],
  memberName,
  support: {
    type: { level: 'partial', note: 'TypeScript has one `number` for `integer` and `number`.' },
  'type (list)': { level: 'partial' },
    enum: { level: 'full' },
    const: { level: 'full' },
    multipleOf: { level: 'none' },
    maximum: { level: 'none' },
    exclusiveMaximum: { level: 'none' },
    minimum: { level: 'none' },
    exclusiveMinimum: { level: 'none' },
    maxLength: { level: 'none' },
    minLength: { level: 'none' },
    pattern: { level: 'none' },
    format: { level: 'none' },
    items: { level: 'full' },
  'items (array form)': { level: 'partial', note: 'TypeScript types tuple items as an array of the item types.' },
    additionalItems: { level: 'none' },
    prefixItems: { level: 'partial', note: 'TypeScript types tuple items as an array of the item types.' },
  'items (after prefixItems)': { level: 'none' },
    unevaluatedItems: { level: 'partial' },
    maxItems: { level: 'none' },
    minItems: { level: 'none' },
    uniqueItems: { level: 'none' },
    contains: { level: 'none' },
    maxProperties: { level: 'none' },
    minProperties: { level: 'none' },
    required: { level: 'full' },
    properties: { level: 'full' },
    patternProperties: { level: 'none' },
    additionalProperties: { level: 'partial', note: 'TypeScript rejects unknown properties only in object literals.' },
    dependencies: { level: 'none' },
    dependentRequired: { level: 'none' },
    dependentSchemas: { level: 'none' },
    unevaluatedProperties: { level: 'partial' },
    propertyNames: { level: 'none' },
  'if / then / else': { level: 'none' },
    allOf: { level: 'full' },
    anyOf: { level: 'full' },
    oneOf: { level: 'partial', note: 'TypeScript cannot say "exactly one": a value matching two branches still type-checks.' },
    not: { level: 'none' },
  'keywords beside $ref or a combinator': { level: 'full' },
  '$ref': { level: 'full' },
    definitions: { level: 'full' },
  '$defs': { level: 'full' },
  '$anchor': { level: 'full' },
    default: { level: 'full' },
  'true (schema)': { level: 'full' },
  'false (schema)': { level: 'partial', note: 'TypeScript types it `never`.' },
  '$id (inside a schema)': { level: 'none' },
  '$ref (remote)': { level: 'none' },
  '$schema (other meta-schema)': { level: 'none' },
  },
};

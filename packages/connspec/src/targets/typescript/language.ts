import { hasInvisible, jsonString, supportColumn, type MemberName, type TargetLanguage } from '../../core/index.js';

const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u;

/** TypeScript's reserved words (a member named by one is still written bare: property names may be keywords). */
const KEYWORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'let', 'static', 'yield', 'await',
  'implements', 'interface', 'package', 'private', 'protected', 'public',
]);

/**
 * The members of TypeScript's global `Object` interface, which every object type has (lib.es5.d.ts). Not
 * Object.prototype's own list: `__proto__` and `__defineGetter__` are not in the interface, so a property
 * of that name needs nothing special.
 */
export const INHERITED_MEMBERS: ReadonlySet<string> = new Set([
  'constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
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
  // The helper types modules import (_connspec.ts).
  reservedTypeNames: ['Secret', 'Exclusive'],
  memberName,
  support: supportColumn({
    full: [
      'enum', 'const', 'items', 'required', 'properties', 'allOf', 'anyOf', 'keywords beside $ref or a combinator',
      '$ref', 'definitions', '$defs', '$anchor', 'default', 'true (schema)',
    ],
    partial: [
      'type (list)', 'unevaluatedItems', 'unevaluatedProperties',
    ],
    partialNoted: {
      'type': 'TypeScript has one `number` for `integer` and `number`.',
      'items (array form)': 'TypeScript types tuple items as an array of the item types.',
      'prefixItems': 'TypeScript types tuple items as an array of the item types.',
      'additionalProperties': 'TypeScript rejects unknown properties only in object literals; beside `patternProperties` or a typed `additionalProperties`, one index signature admits an extra key whose value has any declared member\'s type.',
      'oneOf': 'TypeScript cannot say "exactly one": a value matching two branches still type-checks (one matching none is rejected).',
      'false (schema)': 'TypeScript types it `never`.',
    },
    none: [
      'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength',
      'pattern', 'format', 'additionalItems', 'items (after prefixItems)', 'maxItems', 'minItems', 'uniqueItems',
      'contains', 'maxProperties', 'minProperties', 'patternProperties', 'dependencies', 'dependentRequired',
      'dependentSchemas', 'propertyNames', 'if / then / else', 'not', '$id (inside a schema)', '$ref (remote)',
      '$schema (other meta-schema)',
    ],
  }),
};

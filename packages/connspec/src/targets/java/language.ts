import { hasInvisible, identifierMember, objectMembers, supportColumn, type MemberName, type Property, type TargetLanguage } from '../../core/index.js';
import { JAVA_PATTERN_DIALECT } from './regex.js';

const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u;

const KEYWORDS: ReadonlySet<string> = new Set([
  'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do',
  'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import',
  'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short',
  'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void',
  'volatile', 'while', 'true', 'false', 'null', 'var', 'record', 'yield', 'sealed', 'permits', 'non-sealed', '_',
]);

/** `class` → `class_`, `my-key` → `myKey`, `2fa` → `field2fa`, with the JSON name as alias (`@JsonProperty`). */
function memberName(name: string): MemberName {
  return identifierMember(name, {
    valid: (n) => !hasInvisible(n) && IDENTIFIER.test(n) && !n.includes('$'),
    join: (words) => words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(''),
    prefix: 'field',
    keywords: KEYWORDS,
  });
}

/** The field identifiers of one class's properties, distinct (`class_` / `class__`). */
export function javaMembers(properties: readonly Property[]): MemberName[] {
  return objectMembers(JAVA_LANGUAGE, properties.map((p) => p.name));
}

/** Java classes with Jackson and Bean Validation: they check values when validated. */
export const JAVA_LANGUAGE: TargetLanguage = {
  id: 'java',
  label: 'Java (Bean Validation)',
  validates: true,
  keywords: KEYWORDS,
  // java.lang is imported implicitly; a class of the same name in the package shadows it. (Object and
  // String are not here: generated code qualifies them where shadowed; plan.ts guards the runtime's package.)
  reservedTypeNames: [
  'Class', 'Integer', 'Long', 'Short', 'Byte', 'Double', 'Float', 'Boolean', 'Character', 'Number',
  'Enum', 'Record', 'Override', 'Deprecated', 'Void', 'Math', 'System', 'Iterable', 'Comparable', 'Exception', 'Error',
  'Thread', 'Runtime', 'Process', 'Module', 'Package', 'Masked', 'Exposed',
  ],
  memberName,
  patternDialects: [JAVA_PATTERN_DIALECT],
  support: supportColumn({
    full: [
      'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength',
      'items', 'maxItems', 'minItems', 'uniqueItems', 'properties', 'additionalProperties', 'anyOf', 'oneOf', '$ref',
      'definitions', '$defs', '$anchor', 'default', 'true (schema)',
    ],
    partial: [
      'format', 'unevaluatedItems', 'unevaluatedProperties',
    ],
    partialNoted: {
      'type': 'By default (for ergonomics) an `integer` whose bounds do not fit a long is a Long, so values beyond ±2^63 are rejected, and a `number` is a Double, which rounds numbers with more than 15 significant digits; the options `unboundedIntegers: biginteger` and `numbers: bigdecimal` make both exact.',
      'pattern': 'Java 17 matches `\\p{…}` with Unicode 13 tables: characters assigned since (Unicode 14 on) are in no category, script or property; an unbounded look-behind, a backreference to a group that may take no part, or a property Java lacks cannot be checked (generation reports it).',
      'type (list)': 'Java reads an object allowed by a type list as a plain map (its object keywords unchecked); generation reports it.',
      'enum': 'Java rejects object and array values of an enum (no Java constant holds them); generation reports it.',
      'const': 'Java rejects an object or array const (as for enum); generation reports it.',
      'required': 'Java cannot check a name no `properties` declares, nor tell a missing property from null where its schema allows null; generation reports both.',
      'allOf': 'Java models one part of an allOf (or keywords beside a $ref) unless the parts merge into one type; generation reports it.',
      'keywords beside $ref or a combinator': 'Java models one part unless the parts merge into one type (generation reports it).',
    },
    none: [
      'additionalItems', 'items (after prefixItems)', 'contains', 'maxProperties', 'minProperties', 'dependencies',
      'dependentRequired', 'dependentSchemas', 'propertyNames', 'if / then / else', 'not', '$id (inside a schema)',
      '$ref (remote)', '$schema (other meta-schema)',
    ],
    noneNoted: {
      'items (array form)': 'Java reads tuple items as any JSON.',
      'prefixItems': 'Java reads tuple items as any JSON.',
      'patternProperties': 'Java keeps extra properties without checking them against the patterns.',
      'false (schema)': 'Java accepts null there.',
    },
  }),
};

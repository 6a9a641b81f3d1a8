import { hasInvisible, identifierMember, type MemberName, type TargetLanguage } from '../../core/index.js';
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

/** Java classes with Jackson and Bean Validation: they check values when validated. */
export const JAVA_LANGUAGE: TargetLanguage = {
  id: 'java',
  label: 'Java (Bean Validation)',
  validates: true,
  keywords: KEYWORDS,
  // java.lang is imported implicitly; a class of the same name in the package shadows it.
  reservedTypeNames: [
  'Object', 'String', 'Class', 'Integer', 'Long', 'Short', 'Byte', 'Double', 'Float', 'Boolean', 'Character', 'Number',
  'Enum', 'Record', 'Override', 'Deprecated', 'Void', 'Math', 'System', 'Iterable', 'Comparable', 'Exception', 'Error',
  'Thread', 'Runtime', 'Process', 'Module', 'Package', 'Masked', 'Exposed',
  ],
  memberName,
  patternDialects: [JAVA_PATTERN_DIALECT],
  support: {
    type: { level: 'full' },
  'type (list)': { level: 'partial', note: 'Java reads an object allowed by a type list as a plain map (its object keywords unchecked); generation reports it.' },
    enum: { level: 'partial', note: 'Java rejects object and array values of an enum (no Java constant holds them); generation reports it.' },
    const: { level: 'partial', note: 'Java rejects an object or array const (as for enum); generation reports it.' },
    multipleOf: { level: 'full' },
    maximum: { level: 'full' },
    exclusiveMaximum: { level: 'full' },
    minimum: { level: 'full' },
    exclusiveMinimum: { level: 'full' },
    maxLength: { level: 'full' },
    minLength: { level: 'full' },
    pattern: { level: 'partial' },
    format: { level: 'partial' },
    items: { level: 'full' },
  'items (array form)': { level: 'none', note: 'Java reads tuple items as any JSON.' },
    additionalItems: { level: 'none' },
    prefixItems: { level: 'none', note: 'Java reads tuple items as any JSON.' },
  'items (after prefixItems)': { level: 'none' },
    unevaluatedItems: { level: 'partial' },
    maxItems: { level: 'full' },
    minItems: { level: 'full' },
    uniqueItems: { level: 'full' },
    contains: { level: 'none' },
    maxProperties: { level: 'none' },
    minProperties: { level: 'none' },
    required: { level: 'partial', note: 'Java cannot check a name no `properties` declares, nor tell a missing property from null where its schema allows null; generation reports both.' },
    properties: { level: 'full' },
    patternProperties: { level: 'none', note: 'Java keeps extra properties without checking them against the patterns.' },
    additionalProperties: { level: 'full' },
    dependencies: { level: 'none' },
    dependentRequired: { level: 'none' },
    dependentSchemas: { level: 'none' },
    unevaluatedProperties: { level: 'partial' },
    propertyNames: { level: 'none' },
  'if / then / else': { level: 'none' },
    allOf: { level: 'partial', note: 'Java models one part of an allOf (or keywords beside a $ref) unless the parts merge into one type; generation reports it.' },
    anyOf: { level: 'full' },
    oneOf: { level: 'full' },
    not: { level: 'none' },
  'keywords beside $ref or a combinator': { level: 'partial', note: 'Java models one part unless the parts merge into one type (generation reports it).' },
  '$ref': { level: 'full' },
    definitions: { level: 'full' },
  '$defs': { level: 'full' },
  '$anchor': { level: 'full' },
    default: { level: 'full' },
  'true (schema)': { level: 'full' },
  'false (schema)': { level: 'none', note: 'Java accepts null there.' },
  '$id (inside a schema)': { level: 'none' },
  '$ref (remote)': { level: 'none' },
  '$schema (other meta-schema)': { level: 'none' },
  },
};

import { hasInvisible, identifierMember, type MemberName, type TargetLanguage } from '../../core/index.js';
import { PYTHON_PATTERN_DIALECTS } from './regex.js';

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
/** Attributes of Pydantic's BaseModel that a field would shadow. */
const MODEL_ATTRIBUTES = new Set(['copy', 'dict', 'json', 'schema', 'schema_json', 'construct', 'validate', 'fields', 'parse_obj', 'parse_raw', 'parse_file', 'from_orm', 'update_forward_refs']);

const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type',
]);

/** `class` → `class_`, `my-key` → `my_key`, `2fa` → `field_2fa`, `model_x` → `field_model_x`, with the JSON name as alias. */
function memberName(name: string): MemberName {
  return identifierMember(name, {
    valid: (n) => !hasInvisible(n) && IDENTIFIER.test(n) && !n.startsWith('_') && !n.startsWith('model_') && !MODEL_ATTRIBUTES.has(n),
    join: (words) => words.join('_'),
    prefix: 'field_',
    avoid: (identifier) => identifier.startsWith('model_') || MODEL_ATTRIBUTES.has(identifier),
    keywords: KEYWORDS,
  });
}

/** Pydantic v2 models: they check values when a config is loaded. */
export const PYTHON_LANGUAGE: TargetLanguage = {
  id: 'python',
  label: 'Python (Pydantic)',
  validates: true,
  keywords: KEYWORDS,
  // PascalCase keywords.
  reservedTypeNames: ['None', 'True', 'False'],
  memberName,
  patternDialects: PYTHON_PATTERN_DIALECTS,
  support: {
    type: { level: 'full' },
  'type (list)': { level: 'full' },
    enum: { level: 'full' },
    const: { level: 'full' },
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
  'items (array form)': { level: 'full' },
    additionalItems: { level: 'full' },
    prefixItems: { level: 'full' },
  'items (after prefixItems)': { level: 'full' },
    unevaluatedItems: { level: 'partial' },
    maxItems: { level: 'full' },
    minItems: { level: 'full' },
    uniqueItems: { level: 'full' },
    contains: { level: 'full' },
    maxProperties: { level: 'full' },
    minProperties: { level: 'full' },
    required: { level: 'full' },
    properties: { level: 'full' },
    patternProperties: { level: 'partial', note: 'Python does not check names against a pattern no Python engine runs as ECMA-262 does (generation warns, naming it).' },
    additionalProperties: { level: 'full' },
    dependencies: { level: 'full' },
    dependentRequired: { level: 'full' },
    dependentSchemas: { level: 'full' },
    unevaluatedProperties: { level: 'partial' },
    propertyNames: { level: 'full' },
  'if / then / else': { level: 'full' },
    allOf: { level: 'full' },
    anyOf: { level: 'full' },
    oneOf: { level: 'full' },
    not: { level: 'full' },
  'keywords beside $ref or a combinator': { level: 'partial', note: 'Python checks an object part that has no name of its own only as a mapping (generation reports it).' },
  '$ref': { level: 'full' },
    definitions: { level: 'full' },
  '$defs': { level: 'full' },
  '$anchor': { level: 'full' },
    default: { level: 'full' },
  'true (schema)': { level: 'full' },
  'false (schema)': { level: 'full' },
  '$id (inside a schema)': { level: 'none' },
  '$ref (remote)': { level: 'none' },
  '$schema (other meta-schema)': { level: 'none' },
  },
};

import { hasInvisible, identifierMember, objectMembers, supportColumn, type MemberName, type Property, type TargetLanguage } from '../../core/index.js';
import { PYTHON_PATTERN_DIALECTS } from './regex.js';

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
/** Attributes of Pydantic's BaseModel that a field would shadow (besides `model_*`: `dir(BaseModel)` in Pydantic 2.14). */
const MODEL_ATTRIBUTES = new Set(['copy', 'dict', 'json', 'schema', 'schema_json', 'construct', 'validate', 'fields', 'parse_obj', 'parse_raw', 'parse_file', 'from_orm', 'update_forward_refs']);

const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type',
]);

/**
 * `class` → `class_`, `my-key` → `my_key`, `2fa` → `field_2fa`, `model_x` → `field_model_x`, with the JSON name as alias.
 * Python reads identifiers NFKC-normalised (`e\u0301` is `é`), so only a name that normalisation leaves alone is bare.
 */
function memberName(name: string): MemberName {
  return identifierMember(name, {
    valid: (n) => !hasInvisible(n) && IDENTIFIER.test(n) && n.normalize('NFKC') === n && !n.startsWith('_') && !n.startsWith('model_') && !MODEL_ATTRIBUTES.has(n),
    join: (words) => words.join('_').normalize('NFKC'),
    prefix: 'field_',
    avoid: (identifier) => identifier.startsWith('model_') || MODEL_ATTRIBUTES.has(identifier),
    keywords: KEYWORDS,
  });
}

/** The field identifiers of one model's properties, distinct (`type_` / `type__`). */
export function pythonMembers(properties: readonly Property[]): MemberName[] {
  return objectMembers(PYTHON_LANGUAGE, properties.map((p) => p.name));
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
  support: supportColumn({
    full: [
      'type (list)', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum',
      'exclusiveMinimum', 'maxLength', 'minLength', 'items', 'items (array form)', 'additionalItems', 'prefixItems',
      'items (after prefixItems)', 'maxItems', 'minItems', 'uniqueItems', 'contains', 'maxProperties',
      'minProperties', 'required', 'properties', 'additionalProperties', 'dependencies', 'dependentRequired',
      'dependentSchemas', 'propertyNames', 'if / then / else', 'allOf', 'anyOf', 'oneOf', 'not', '$ref',
      'definitions', '$defs', '$anchor', 'default', 'true (schema)', 'false (schema)',
    ],
    partial: [
      'format', 'unevaluatedItems', 'unevaluatedProperties',
    ],
    partialNoted: {
      'type': 'Pydantic holds strings as UTF-8 and JSON numbers as floats or ints: a string with a lone surrogate escape (`"\\ud800"`) and a number beyond the double range (`1e400`) are refused, though JSON Schema allows both (see Known differences).',
      'pattern': "Python runs patterns on Pydantic's Rust engine, or Python's re for look-around and backreferences, or the `regex` package (then listed in the generated requirements.txt) for a variable-width look-behind and `\\p{…}` beside look-around; `\\p{…}` follows that engine's Unicode tables (Rust: Unicode 16; the regex package: newer than 17), not those of the Node ajv runs on (Node 20.20: Unicode 17), so characters assigned in between differ; `\\p{CWKCF}` is not checked (generation warns).",
      'patternProperties': 'Python does not check names against a pattern no Python engine runs as ECMA-262 does (generation warns, naming it).',
      'keywords beside $ref or a combinator': 'Python checks an object part that has no name of its own only as a mapping (generation reports it).',
    },
    none: [
      '$id (inside a schema)', '$ref (remote)', '$schema (other meta-schema)',
    ],
  }),
};

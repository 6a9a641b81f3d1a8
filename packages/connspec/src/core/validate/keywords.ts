/**
 * connspec's extension keywords. Each is registered with ajv (so strict mode knows it), added to
 * the meta-schema (so a wrong value is an error at its position) and listed in README.
 */
export interface ExtensionKeyword {
  readonly keyword: string;
  readonly sentence: string;
  readonly metaSchema: object;
}

const FQCN = '^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$';
const SEMVER =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$';

export const EXTENSION_KEYWORDS: readonly ExtensionKeyword[] = [
  { keyword: 'javaType', sentence: 'Fully qualified Java class name to generate for this schema.', metaSchema: { type: 'string', pattern: FQCN } },
  { keyword: 'javaInterfaces', sentence: 'Fully qualified Java interfaces the generated class implements.', metaSchema: { type: 'array', items: { type: 'string', pattern: FQCN }, uniqueItems: true } },
  {
    keyword: 'javaEnums',
    sentence: 'Java constant names for the values of `enum`, in the same order.',
    metaSchema: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$' }, description: { type: 'string' } }, additionalProperties: false },
    },
  },
  { keyword: 'mask', sentence: 'The value is masked when shown or logged (every secret inside it too).', metaSchema: { type: 'boolean' } },
  { keyword: 'expose', sentence: 'The value may be exposed to clients even where the model is otherwise masked.', metaSchema: { type: 'boolean' } },
  { keyword: 'deprecated', sentence: 'The field or type is deprecated; say what replaces it in `description`.', metaSchema: { type: 'boolean' } },
  { keyword: 'schemaVersion', sentence: "A connection schema's own semantic version, checked by the version gate.", metaSchema: { type: 'string', pattern: SEMVER } },
  { keyword: 'typeName', sentence: 'Explicit type name for this definition in every language (wins over `title`); the fix for a name collision.', metaSchema: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' } },
  {
    keyword: 'testConnection',
    sentence:
      "On a connection schema's root: adjusts its derived test-connection steps (`steps` replaces the list, `remove`, `add` after/before a step, `errorMessages`, `displayName`, `description`); see Test-connection definitions.",
    metaSchema: testConnectionMetaSchema(),
  },
];

/** The closed shape of `testConnection` (a step name is PascalCase letters and digits, as STEP_NAME_PATTERN in ir/test-steps.ts). */
function testConnectionMetaSchema(): object {
  const name = { type: 'string', pattern: '^[A-Z][A-Za-z0-9]*$' };
  const text = { type: 'string', minLength: 1 };
  const fields = { name, description: text, errorMessage: text, mandatory: { type: 'boolean' }, shortCircuit: { type: 'boolean' } };
  return {
    type: 'object',
    properties: {
      displayName: text,
      description: text,
      // A string names a known step (inheriting its fields); an object may override them or define a new step.
      steps: { type: 'array', minItems: 1, items: { type: ['string', 'object'], pattern: name.pattern, required: ['name'], properties: fields, additionalProperties: false } },
      remove: { type: 'array', items: name, uniqueItems: true },
      add: { type: 'array', items: { type: 'object', required: ['name'], properties: { ...fields, after: name, before: name }, additionalProperties: false } },
      errorMessages: { type: 'object', propertyNames: name, additionalProperties: text },
    },
    additionalProperties: false,
  };
}

/** Standard draft-07 annotation keywords that ajv's bundled meta-schema does not list. */
export const EXTRA_STANDARD_KEYWORDS: readonly string[] = ['writeOnly'];

/** Formats connspec understands beyond ajv-formats; `password` marks a secret. */
export const EXTRA_FORMATS: readonly string[] = ['password'];

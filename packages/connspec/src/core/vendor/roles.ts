import type { JsonObject, JsonValue } from '../load/source-file.js';
import type { Annotations } from '../ir/types.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What a vendor keyword means. A config declares `"keywords": {"airbyte_secret": "secret"}`; the
 * keyword's value is then checked against the role's meta-schema and honoured by every target.
 */
export interface KeywordRole {
  readonly id: string;
  readonly sentence: string;
  /** The values the keyword may take (checked at its place in the schema). */
  readonly metaSchema: JsonObject;
  /** What the value adds to the node's annotations; absent for target hints and for roles kept only as documentation. */
  readonly annotate?: (value: JsonValue, into: Writable<Annotations>) => void;
  /**
   * A hint for one target (a Java class name, say): kept verbatim in the IR's hints bag under the
   * role's id, read by the target it is meant for, interpreted by nothing else.
   */
  readonly hint?: true;
}

const FQCN = '^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$';

const flag = (id: string, sentence: string, set: (into: Writable<Annotations>) => void): KeywordRole => ({
  id,
  sentence,
  metaSchema: { type: 'boolean' },
  annotate: (value, into) => {
    if (value === true) set(into);
  },
});

export const KEYWORD_ROLES: readonly KeywordRole[] = [
  flag('secret', 'The value is a secret: `SecretStr` in Python, `@Secret` and left out of `toString` in Java, a password widget in forms.', (a) => (a.secret = true)),
  {
    id: 'order',
    sentence: 'Position of the field in forms (`ui:order`), lowest first.',
    metaSchema: { type: 'integer' },
    annotate: (value, into) => {
      if (typeof value === 'number') into.order = value;
    },
  },
  flag('hidden', 'The field is not shown in forms (`ui:widget: hidden`); its value is still validated and kept.', (a) => (a.hidden = true)),
  {
    id: 'group',
    sentence: 'The form section the field belongs to (`ui:options.group`).',
    metaSchema: { type: 'string' },
    annotate: (value, into) => {
      if (typeof value === 'string') into.group = value;
    },
  },
  {
    id: 'title',
    sentence: 'Display title (of a field, or of a `oneOf` branch in forms); the standard `title` wins when both are given.',
    metaSchema: { type: 'string' },
    annotate: (value, into) => {
      if (typeof value === 'string' && into.title === undefined) into.title = value;
    },
  },
  {
    id: 'examples',
    sentence: 'Example values (one value or an array), shown in docs and forms like `examples`.',
    metaSchema: {},
    annotate: (value, into) => {
      into.examples = [...(into.examples ?? []), ...(Array.isArray(value) ? value : [value])];
    },
  },
  flag('multiline', 'The string is edited in a multi-line text area in forms (`ui:widget: textarea`).', (a) => (a.multiline = true)),
  flag('deprecated', 'The field or type is deprecated, like `deprecated: true`.', (a) => (a.deprecated = true)),
  flag('mask', 'The value is masked when shown or logged (every secret inside it too).', (a) => (a.mask = true)),
  flag('expose', 'The value may be exposed to clients even where the model is otherwise masked.', (a) => (a.expose = true)),
  { id: 'javaType', sentence: 'Fully qualified Java class name to generate for this schema.', metaSchema: { type: 'string', pattern: FQCN }, hint: true },
  { id: 'javaInterfaces', sentence: 'Fully qualified Java interfaces the generated class implements.', metaSchema: { type: 'array', items: { type: 'string', pattern: FQCN }, uniqueItems: true }, hint: true },
  {
    id: 'javaEnums',
    sentence: 'Java constant names for the values of `enum`, in the same order.',
    metaSchema: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$' }, description: { type: 'string' } }, additionalProperties: false },
    },
    hint: true,
  },
  { id: 'docs', sentence: 'Documentation only: kept in the schema, any value, ignored by every target.', metaSchema: {} },
];

export const ROLE_IDS: readonly string[] = KEYWORD_ROLES.map((r) => r.id);

export function roleById(id: string): KeywordRole | undefined {
  return KEYWORD_ROLES.find((r) => r.id === id);
}

import { splitWords, type JsonObject, type JsonValue } from '../../core/index.js';

/** Keywords that only annotate: a one-branch choice beside nothing else is its branch. */
const ANNOTATIONS = new Set(['title', 'description', 'default', 'examples', '$comment', 'deprecated', 'readOnly', 'writeOnly', 'mask', 'expose']);
const CHOICES = ['oneOf', 'anyOf'] as const;
/** Where a schema holds one subschema, a list of them, or a map of them (draft-07; the form schema has no `definitions`). */
const ONE = ['additionalProperties', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const LIST = ['allOf', 'anyOf', 'oneOf'];
const MAP = ['properties', 'patternProperties', 'dependencies'];

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Shapes a resolved schema for a form renderer without changing what it accepts. A form offers a
 * `oneOf`/`anyOf` as a dropdown of its branches' titles, so: a one-branch choice beside annotations
 * only becomes its branch (no one-option dropdown), and a branch title that is a type name
 * (`BasicAuth`, `IamAuthConfigurationSource`) becomes words (`Basic Auth`, `Iam Auth Configuration Source`).
 */
export function formSchema(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) out[key] = subschemas(key, value);
  for (const choice of CHOICES) {
    const branches = out[choice];
    if (!Array.isArray(branches)) continue;
    const lone = branches.length === 1 ? branches[0] : undefined;
    if (isObject(lone) && collapsible(out, choice, lone)) {
      const { [choice]: _choice, ...rest } = out;
      return { ...lone, ...rest };
    }
    if (branches.length > 1) out[choice] = branches.map((b) => (isObject(b) && typeof b.title === 'string' ? { ...b, title: label(b.title) } : b));
  }
  return out;
}

/** A keyword's value with every subschema in it shaped; data (`enum`, `default`, …) is left alone. */
function subschemas(key: string, value: JsonValue): JsonValue {
  if (ONE.includes(key) || key === 'items') {
    if (isObject(value)) return formSchema(value);
    if (key === 'items' && Array.isArray(value)) return value.map((v) => (isObject(v) ? formSchema(v) : v));
    return value;
  }
  if (LIST.includes(key) && Array.isArray(value)) return value.map((v) => (isObject(v) ? formSchema(v) : v));
  if (MAP.includes(key) && isObject(value)) {
    // `dependencies` values may be property lists (arrays): those are data.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isObject(v) ? formSchema(v) : v]));
  }
  return value;
}

/** Keywords that read each other within one schema object: merging splits of a group changes their meaning. */
const GROUPS = [['properties', 'patternProperties', 'additionalProperties'], ['items', 'additionalItems'], ['if', 'then', 'else']];

/**
 * Merging parent and branch is exact when each parent keyword is an annotation (the parent's own
 * wins), equal to the branch's, or absent from the branch and read by none of the branch's keywords.
 */
function collapsible(parent: JsonObject, choice: string, branch: JsonObject): boolean {
  return Object.entries(parent).every(([k, v]) => {
    if (k === choice || ANNOTATIONS.has(k)) return true;
    if (k in branch) return JSON.stringify(branch[k]) === JSON.stringify(v);
    return !GROUPS.some((g) => g.includes(k) && g.some((other) => other in branch));
  });
}

/** A type-name title (one identifier of several words) as words; any other title as written. */
export function label(title: string): string {
  if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(title)) return title;
  const words = splitWords(title);
  if (words.length < 2) return title;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

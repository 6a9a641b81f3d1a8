/**
 * Which `oneOf`/`anyOf` branch the form shows at each choice. rjsf keeps the chosen branch in its
 * dropdown's state only, so the preview records it from the dropdown (see ChoiceSelect) under the
 * dropdown's id, and reads it back to fill defaults and to keep only that branch's errors.
 */
export type Schema = { readonly [keyword: string]: unknown };
/** What the preview reads of an rjsf validation error (`RJSFValidationError`): its instance and schema paths. */
export interface FormError {
  readonly property?: string;
  readonly schemaPath?: string;
}
/** Dropdown id (`root_authType__oneof_select`) → chosen branch index. */
export type Choices = ReadonlyMap<string, number>;

const CHOICES = ['oneOf', 'anyOf'] as const;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** rjsf's id of the dropdown for a choice at a field id (`root_authType`). */
export const choiceId = (fieldId: string, choice: 'oneOf' | 'anyOf'): string => `${fieldId}__${choice === 'oneOf' ? 'oneof' : 'anyof'}_select`;

/**
 * The property schemas that apply to an object at `fieldId`: its own, its `allOf` members', and
 * its choices' chosen branches' (every branch's when `all`, for a check that must not miss one).
 */
export function propertySchemas(schema: Schema, fieldId: string, choices: Choices, all = false): [string, Schema][] {
  const parts: Schema[] = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.filter(isSchema) : [])];
  for (const choice of CHOICES) {
    const branches = Array.isArray(schema[choice]) ? (schema[choice] as unknown[]).filter(isSchema) : [];
    const chosen = choices.get(choiceId(fieldId, choice));
    parts.push(...(all ? branches : chosen === undefined ? [] : branches.slice(chosen, chosen + 1)));
  }
  return parts.flatMap((p) => (isSchema(p.properties) ? Object.entries(p.properties).filter((e): e is [string, Schema] => isSchema(e[1])) : []));
}

/** The field id (`root_a_b`) of an error's instance path (`.a.b`), cut to its first `depth` segments. */
export function fieldIdOf(property: string | undefined, depth = Number.POSITIVE_INFINITY): string {
  const segments = (property ?? '').split('.').filter((s) => s !== '');
  return ['root', ...segments.slice(0, depth)].join('_');
}

/** The choices an error's schema path passes through: each with its field id and the branch taken. */
function choicesOnPath(error: FormError): { id: string; branch: number | undefined }[] {
  const path = (error.schemaPath ?? '').replace(/^#\//, '').split('/');
  const out: { id: string; branch: number | undefined }[] = [];
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] ?? '';
    const last = i === path.length - 1;
    if (key === 'oneOf' || key === 'anyOf') {
      out.push({ id: choiceId(fieldIdOf(error.property, depth), key), branch: last ? undefined : Number(path[++i]) });
    } else if (key === 'properties' || key === 'patternProperties') {
      if (!last) depth++;
      i++;
    } else if ((key === 'items' || key === 'additionalItems' || key === 'additionalProperties') && !last) {
      depth++;
      if (key === 'items' && /^\d+$/.test(path[i + 1] ?? '')) i++;
    } else if (key === 'allOf' || key === 'dependencies') {
      i++;
    }
  }
  return out;
}

/**
 * Only the chosen branches' errors: an error under a branch the form does not show is dropped, and
 * so is a choice's own "must match exactly one schema" when the chosen branch's errors explain it.
 * A choice the preview has not seen a dropdown for keeps every branch's errors.
 */
export function chosenBranchErrors<E extends FormError>(errors: readonly E[], choices: Choices): E[] {
  const onPath = errors.map((e) => ({ e, steps: choicesOnPath(e) }));
  const offBranch = (steps: { id: string; branch: number | undefined }[]): boolean =>
    steps.some((s) => s.branch !== undefined && choices.has(s.id) && choices.get(s.id) !== s.branch);
  const kept = onPath.filter(({ steps }) => !offBranch(steps));
  return kept
    .filter(({ e, steps }) => {
      const own = steps.at(-1);
      if (own === undefined || own.branch !== undefined || !choices.has(own.id)) return true;
      // The choice's own error: kept only when nothing under the chosen branch says why.
      return !kept.some((k) => k.steps.some((s) => s.id === own.id && s.branch === choices.get(own.id)));
    })
    .map(({ e }) => e);
}

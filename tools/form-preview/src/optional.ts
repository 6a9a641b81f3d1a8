/**
 * Which optional objects the form offers with rjsf's "add" control rather than as fields: those
 * whose fields would show a value the config does not hold while the object is absent (a default,
 * a chosen branch in a dropdown). rjsf counts `{}` as no data, so an object whose "add" gives `{}`
 * (one with no defaults, a map) would never open: those stay plain fields, which show nothing.
 */
import { propertySchemas, type Schema } from './branches.js';
import type { Ui } from './config.js';

const OPTIONAL_CONTROL = 'ui:enableOptionalDataFieldForType';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const uiAt = (ui: Ui | undefined, key: string): Ui | undefined => (isRecord(ui) && isRecord(ui[key]) ? ui[key] : undefined);
const hidden = (ui: Ui | undefined): boolean => ui?.['ui:widget'] === 'hidden';
/** Every property schema of an object, all branches included (no dropdown state is known here). */
const properties = (schema: Schema): [string, Schema][] => propertySchemas(schema, '', new Map(), true);
const choices = (schema: Schema): boolean => ['oneOf', 'anyOf'].some((c) => Array.isArray(schema[c]) && (schema[c] as unknown[]).length > 1);
const requiredOf = (schema: Schema): Set<string> =>
  new Set([schema, ...['oneOf', 'anyOf', 'allOf'].flatMap((c) => (Array.isArray(schema[c]) ? (schema[c] as unknown[]) : []))].flatMap((s) => (isRecord(s) && Array.isArray(s.required) ? s.required.map(String) : [])));

/** Whether an absent object's fields would show a value: a shown default, a dropdown, or either in a required member. */
function showsValues(schema: Schema, ui: Ui | undefined): boolean {
  if (choices(schema)) return true;
  const required = requiredOf(schema);
  return properties(schema).some(([k, sub]) => !hidden(uiAt(ui, k)) && ('default' in sub || (required.has(k) && showsValues(sub, uiAt(ui, k)))));
}

/**
 * The control, and for a choice its own title: rjsf hands the field's uiSchema to the branch it
 * renders, so while the choice is absent its fieldset reads the field's title, not the first branch's.
 */
function controlUi(schema: Schema): Record<string, unknown> {
  const title = choices(schema) && typeof schema.title === 'string' ? { 'ui:title': schema.title } : {};
  return { [OPTIONAL_CONTROL]: ['object'], ...title };
}

/** `ui` with the "add" control switched on for every optional object that shows values while absent. */
export function withOptionalControls(schema: Schema, ui: Ui | undefined): Ui {
  const out: Record<string, unknown> = { ...ui };
  if (isRecord(schema.items)) out.items = withOptionalControls(schema.items, uiAt(ui, 'items'));
  const required = requiredOf(schema);
  for (const [key, sub] of properties(schema)) {
    const child = withOptionalControls(sub, uiAt(ui, key));
    const objectLike = sub.type === 'object' || isRecord(sub.properties) || choices(sub);
    const control = !required.has(key) && objectLike && !hidden(uiAt(ui, key)) && showsValues(sub, uiAt(ui, key));
    if (control || Object.keys(child).length > 0) out[key] = control ? { ...child, ...controlUi(sub) } : child;
  }
  return out;
}

/**
 * The config the form holds and the config the page shows. Defaults are filled in where the form
 * shows them (a field of an object the config holds), so the form, the JSON panel and a submit agree;
 * secrets and `mask: true` values are masked in what the page shows, never in what is sent.
 */
import { propertySchemas, type Choices, type Schema } from './branches.js';

export const MASK = '********';

type Json = unknown;
/** The part of an rjsf uiSchema read here: per property, its own (`ui:widget` and nested properties). */
export type Ui = { readonly [key: string]: unknown };
const isRecord = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const uiAt = (ui: Ui | undefined, key: string): Ui | undefined => (isRecord(ui) && isRecord(ui[key]) ? (ui[key] as Ui) : undefined);
const itemsOf = (schema: Schema): Schema | undefined => (isRecord(schema.items) ? (schema.items as Schema) : undefined);

/**
 * `data` with the `default` of every absent, shown (not hidden) property of every object it holds:
 * the chosen branch's too. An absent optional object stays absent (the form offers it with an
 * "add" control instead of showing its fields), so its defaults come in only once it is added.
 */
export function fillDefaults(schema: Schema, ui: Ui | undefined, data: Json, choices: Choices, id = 'root'): Json {
  if (Array.isArray(data)) {
    const items = itemsOf(schema);
    return items ? data.map((d, i) => fillDefaults(items, uiAt(ui, 'items'), d, choices, `${id}_${i}`)) : data;
  }
  if (!isRecord(data)) return data;
  const out: Record<string, Json> = { ...data };
  for (const [key, sub] of propertySchemas(schema, id, choices)) {
    const subUi = uiAt(ui, key);
    if (out[key] === undefined && 'default' in sub && subUi?.['ui:widget'] !== 'hidden') out[key] = structuredClone(sub.default);
    if (out[key] !== undefined) out[key] = fillDefaults(sub, subUi, out[key], choices, `${id}_${key}`);
  }
  return out;
}

/** Whether a property is a secret (a password widget, `format: password`) or marked `mask: true`. */
const masked = (schema: Schema, ui: Ui | undefined): boolean => schema.mask === true || schema.format === 'password' || ui?.['ui:widget'] === 'password';

/** `data` for display: every secret or masked value (in any branch, to miss none) replaced by MASK. */
export function maskSecrets(schema: Schema, ui: Ui | undefined, data: Json, id = 'root'): Json {
  if (masked(schema, ui)) return data === undefined ? data : MASK;
  if (Array.isArray(data)) {
    const items = itemsOf(schema);
    return items ? data.map((d, i) => maskSecrets(items, uiAt(ui, 'items'), d, `${id}_${i}`)) : data;
  }
  if (!isRecord(data)) return data;
  const out: Record<string, Json> = { ...data };
  for (const [key, sub] of propertySchemas(schema, id, new Map(), true)) {
    if (out[key] !== undefined) out[key] = maskSecrets(sub, uiAt(ui, key), out[key], `${id}_${key}`);
  }
  return out;
}

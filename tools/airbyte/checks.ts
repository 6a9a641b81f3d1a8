/**
 * What the Airbyte run asserts of the output beyond "it compiles": every `airbyte_secret` field is a
 * secret in each language and the form, and each form's `ui:order` follows the specs' `order`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonObject, JsonValue } from '@connspec/core';
import { JAVA_LANGUAGE } from '../../packages/connspec/src/targets/java/language.js';
import { PYTHON_LANGUAGE } from '../../packages/connspec/src/targets/python/language.js';
import { TYPESCRIPT_LANGUAGE } from '../../packages/connspec/src/targets/typescript/language.js';

/** A field the spec marks `airbyte_secret: true`: its connector, path into the form, and name. */
export interface SecretSite {
  readonly connector: string;
  readonly pointer: string;
  /** Property names from the root, oneOf/anyOf branches and items folded away (as the uiSchema nests). */
  readonly uiPath: readonly string[];
  readonly name: string;
}

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Calls `visit` on every schema object with its pointer and uiSchema path. */
function walk(schema: JsonValue | undefined, pointer: string, uiPath: readonly string[], visit: (s: JsonObject, pointer: string, uiPath: readonly string[]) => void): void {
  if (!isObject(schema)) return;
  visit(schema, pointer, uiPath);
  if (isObject(schema.properties)) for (const [k, v] of Object.entries(schema.properties)) walk(v, `${pointer}/properties/${k}`, [...uiPath, k], visit);
  for (const c of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = schema[c];
    if (Array.isArray(list)) list.forEach((v, i) => walk(v, `${pointer}/${c}/${i}`, uiPath, visit));
  }
  if (isObject(schema.items)) walk(schema.items, `${pointer}/items`, [...uiPath, 'items'], visit);
}

export function readSpecs(dir: string): Map<string, JsonObject> {
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonObject]));
}

export function secretSites(specs: ReadonlyMap<string, JsonObject>): SecretSite[] {
  const out: SecretSite[] = [];
  for (const [connector, spec] of specs) {
    walk(spec, '', [], (s, pointer, uiPath) => {
      if (s.airbyte_secret === true) out.push({ connector, pointer, uiPath, name: uiPath.at(-1) ?? '' });
    });
  }
  return out;
}

const at = (ui: JsonValue | undefined, path: readonly string[]): JsonValue | undefined => path.reduce<JsonValue | undefined>((u, k) => (isObject(u) ? u[k] : undefined), ui);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Problems: a secret site that some output does not treat as a secret. */
export function checkSecrets(out: string, sites: readonly SecretSite[]): string[] {
  const problems: string[] = [];
  const javaDir = join(out, 'java', 'src', 'main', 'java');
  const java = readdirSync(javaDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.java')).map((f) => readFileSync(join(javaDir, f), 'utf8')).join('\n');
  for (const s of sites) {
    const where = `${s.connector}.json#${s.pointer}`;
    const ui = JSON.parse(readFileSync(join(out, 'ui-forms', 'source', `${s.connector}.uiSchema.json`), 'utf8')) as JsonObject;
    if (at(ui, [...s.uiPath, 'ui:widget']) !== 'password') problems.push(`form: ${where} is not a password widget`);
    const ts = readFileSync(join(out, 'typescript', `${s.connector}.ts`), 'utf8');
    const tsName = escape(TYPESCRIPT_LANGUAGE.memberName(s.name).identifier);
    if (!new RegExp(`\\s${tsName}\\??: Secret;`).test(ts)) problems.push(`typescript: ${where} is not typed Secret`);
    const py = readFileSync(join(out, 'python', 'connspec_models', `${s.connector.replace(/-/g, '_')}.py`), 'utf8');
    if (!new RegExp(`\\s${escape(PYTHON_LANGUAGE.memberName(s.name).identifier)}: [^\\n]*_cs\\.Secret`).test(py)) problems.push(`python: ${where} is not the secret type`);
    const javaName = escape(JAVA_LANGUAGE.memberName(s.name).identifier);
    if (!new RegExp(`@Secret\\s[^;]*\\s${javaName}(?: = [^;]*)?;`).test(java) || !java.includes(`// ${JAVA_LANGUAGE.memberName(s.name).identifier}: a secret, left out`)) problems.push(`java: ${where} is not an @Secret field left out of toString()`);
  }
  return problems;
}

/** Problems: an object whose ordered properties are not in `order` order in its form's `ui:order`. */
export function checkOrder(out: string, specs: ReadonlyMap<string, JsonObject>): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const [connector, spec] of specs) {
    const ui = JSON.parse(readFileSync(join(out, 'ui-forms', 'source', `${connector}.uiSchema.json`), 'utf8')) as JsonObject;
    walk(spec, '', [], (s, pointer, uiPath) => {
      if (!isObject(s.properties)) return;
      const ordered = Object.entries(s.properties).flatMap(([k, v]) => (isObject(v) && typeof v.order === 'number' ? [[k, v.order] as const] : []));
      if (ordered.length < 2) return;
      checked++;
      const list = at(ui, [...uiPath, 'ui:order']);
      const shown = Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string' && ordered.some(([o]) => o === k)) : [];
      const expected = [...ordered].sort((a, b) => a[1] - b[1]).map(([k]) => k);
      if (shown.join() !== expected.join()) problems.push(`${connector}.json#${pointer}: ui:order shows ${shown.join(', ') || '(none)'}, order says ${expected.join(', ')}`);
    });
  }
  return { problems, checked };
}

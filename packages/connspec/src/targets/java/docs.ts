import type { Annotations, Declaration } from '../../core/index.js';
import { javadoc, javadocText } from './literals.js';

/** Javadoc of a generated type: title, description, its schema location, deprecation. */
export function typeDoc(decl: Declaration, extra: readonly string[] = [], annotations: Annotations = decl.type.annotations): string {
  const a = annotations;
  const lines = [...prose(a), ...(extra.length ? ['', ...extra] : []), '', `Schema: ${decl.id}`];
  return javadoc(lines, deprecatedTag(a));
}

/** Javadoc of a field: title, description, default, examples, secrecy, and what Java does not check. */
export function memberDoc(a: Annotations, notes: readonly string[]): string {
  const facts: string[] = [];
  if (a.default !== undefined) facts.push(`Default: ${JSON.stringify(a.default.value)}`);
  for (const example of a.examples ?? []) facts.push(`Example: ${JSON.stringify(example)}`);
  if (a.secret) facts.push('Secret: left out of toString(); mask it wherever it is shown.');
  if (a.mask) facts.push('Masked: shown and logged only masked, with every secret inside it.');
  if (a.expose) facts.push('Exposed: may be shown to clients even where the model is otherwise masked.');
  facts.push(...notes);
  const lines = prose(a);
  return javadoc([...lines, ...(lines.length && facts.length ? [''] : []), ...facts], deprecatedTag(a));
}

function prose(a: Annotations): string[] {
  const lines: string[] = [];
  if (a.title) lines.push(a.title);
  if (a.description && a.description !== a.title) lines.push(...(lines.length ? [''] : []), ...a.description.split(/\r?\n/));
  return lines;
}

function deprecatedTag(a: Annotations): string[] {
  if (!a.deprecated) return [];
  return [`@deprecated ${a.description ? javadocText(a.description.split(/\r?\n/)[0] ?? '') : 'deprecated in the schema'}`];
}

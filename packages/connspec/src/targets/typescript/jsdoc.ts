import type { Annotations } from '../../core/index.js';
import { tsCommentText } from './escape.js';
import type { CodeBlockWriter } from './writer.js';

/** A JSDoc block from annotations, safe for any text a schema holds (`*\/` cannot end it early, nothing invisible). */
export function writeJsDoc(w: CodeBlockWriter, annotations: Annotations, extra: readonly string[] = []): void {
  writeDocLines(w, docLines(annotations, extra));
}

/** A multi-line JSDoc block of the given lines (none: nothing), at the writer's indentation. */
export function writeDocLines(w: CodeBlockWriter, lines: readonly string[]): void {
  if (lines.length === 0) return;
  w.writeLine('/**');
  for (const line of lines) w.writeLine(line ? ` * ${escapeComment(line)}` : ' *');
  w.writeLine(' */');
}

function docLines(annotations: Annotations, extra: readonly string[]): string[] {
  const lines: string[] = [];
  if (annotations.title) lines.push(annotations.title);
  if (annotations.description && annotations.description !== annotations.title) {
    lines.push(...(lines.length ? [''] : []), ...annotations.description.split(/\r?\n/));
  }
  if (annotations.secret) lines.push('', 'Secret: masked in UIs and logs.');
  if (annotations.default) lines.push(`@default ${JSON.stringify(annotations.default.value)}`);
  for (const example of annotations.examples ?? []) lines.push(`@example ${JSON.stringify(example)}`);
  if (annotations.deprecated) lines.push('@deprecated');
  lines.push(...extra);
  return lines;
}

function escapeComment(text: string): string {
  return tsCommentText(text).replace(/\*\//g, '*\\/');
}

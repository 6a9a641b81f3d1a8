import type { Annotations } from '../../core/index.js';
import { tsCommentText } from './escape.js';

/** A JSDoc block from annotations, safe for any text a schema holds (`*\/` cannot end it early, nothing invisible). */
export function jsdoc(annotations: Annotations, extra: readonly string[] = [], indent = ''): string {
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
  if (lines.length === 0) return '';
  const body = lines.map((l) => `${indent} *${l ? ` ${escapeComment(l)}` : ''}`).join('\n');
  return `${indent}/**\n${body}\n${indent} */\n`;
}

function escapeComment(text: string): string {
  return tsCommentText(text).replace(/\*\//g, '*\\/');
}

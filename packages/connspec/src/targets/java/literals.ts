import { codePointLabel, escapeInvisible, isInvisible, utf16Escape } from '../../core/index.js';

/**
 * Text that ends up inside Java source: string literals, comments and Javadoc. Java translates
 * `\uXXXX` escapes before it even tokenises (so `\u002a/` closes a comment and `\users` is a compile
 * error, even inside a comment); every helper here neutralises them.
 */

/**
 * A Java string literal for any text: quotes, backslashes and invisible characters (core/emit/invisible.ts)
 * escaped. Below U+0100 an octal escape, so no `\u` escape of a line break or quote is ever written
 * (Java would translate it before lexing); above, `\uXXXX` per UTF-16 unit (a lone surrogate too).
 */
export function javaString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (!isInvisible(code)) out += ch;
    else out += code < 0x100 ? `\\${code.toString(8).padStart(3, '0')}` : utf16Escape(code);
  }
  return `${out}"`;
}

/** Text safe inside any comment: no `*\/`, no Unicode escape, no line break, invisible characters named (`U+202E`). */
export function commentText(text: string): string {
  const oneLine = text
    .replace(/\\(?=u)/g, '&#92;')
    .replace(/\*\//g, '*&#47;')
    .replace(/[\r\n]+/g, ' ');
  return escapeInvisible(oneLine, codePointLabel, '\t');
}

/** Javadoc-safe text: HTML and tag characters escaped as entities, then comment-safe. */
export function javadocText(text: string): string {
  return commentText(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;'));
}

/**
 * A Javadoc block (no final line break; '' when there is nothing to say). `lines` are prose (escaped here); `tags` are block tags written by the generator
 * (`@deprecated ...`), whose own text the caller has escaped.
 */
export function javadoc(lines: readonly string[], tags: readonly string[] = []): string {
  const prose = lines.flatMap((l) => l.split(/\r?\n/)).map(javadocText);
  const body = [...prose, ...(tags.length && prose.length ? [''] : []), ...tags].filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
  while (body[0] === '') body.shift();
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  if (body.length === 0) return '';
  return ['/**', ...body.map((l) => ` *${l ? ` ${l}` : ''}`), ' */'].join('\n');
}

/** `// <banner>` for the top of a file. */
export function lineComment(text: string): string {
  return `// ${commentText(text)}`;
}

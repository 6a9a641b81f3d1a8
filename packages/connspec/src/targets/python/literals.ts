import { decimalText, escapeInvisible, escapePointerToken, hasInvisible, isWholeText, type ExactNumbers, type JsonValue } from '../../core/index.js';

/**
 * A Python string literal for any text. JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`, lone surrogates
 * included) mean the same in a Python double-quoted string, so JSON.stringify is exact; the invisible
 * characters it leaves raw (core/emit/invisible.ts) get Python's escapes.
 */
export function pyString(text: string): string {
  return escapeText(JSON.stringify(text));
}

/**
 * Two private-use code points the module printer marks module references with until their aliases are
 * known (module.ts). Schema text never carries them raw: every escaper here writes them as escapes.
 */
export const MODULE_MARKERS = ['\ue000', '\ue001'] as const;
const MARKER = /[\ue000\ue001]/g;

/** Invisible characters and the module markers as Python escapes, except the characters in `keep`. */
function escapeText(text: string, keep = ''): string {
  return escapeInvisible(text, pyEscape, keep).replace(MARKER, (c) => pyEscape(c.codePointAt(0) ?? 0));
}

/** A type expression (already printed, its literals escaped) as a forward-reference string: only quotes and backslashes need escaping. */
export function pyForwardRef(expression: string): string {
  return JSON.stringify(expression);
}

/** Python's escape of one code point: `\x85`, `\u202e`, `\U000e0001`. */
export function pyEscape(codePoint: number): string {
  const hex = codePoint.toString(16);
  if (codePoint <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  return codePoint <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
}

/** A raw string when the text allows one (regexes read better), else an escaped one (a raw string cannot escape an invisible character). */
export function pyRegex(text: string): string {
  const rawSafe = !/["\r\n\ue000\ue001]|[^\x20-\x7e\u00a0-\uffff]/u.test(text) && !hasInvisible(text) && (/\\*$/.exec(text)?.[0].length ?? 0) % 2 === 0;
  return rawSafe ? `r"${text}"` : pyString(text);
}

/** A tuple of expressions, each followed by a comma (so one item is still a tuple): `("a", "b", )`. */
export function pyTuple(items: readonly string[]): string {
  return `(${items.map((item) => `${item}, `).join('')})`;
}

/** A JSON value as a Python literal (dicts keep key order); numbers in `exact` (by pointer from the value) print as the schema wrote them. */
export function pyValue(value: JsonValue, exact?: ExactNumbers, pointer = ''): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value, exact?.[pointer]);
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) return `[${value.map((v, i) => pyValue(v, exact, `${pointer}/${i}`)).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyValue(v, exact, `${pointer}/${escapePointerToken(k)}`)}`).join(', ')}}`;
}

/** A whole number as an exact int literal (Python ints are unbounded), a fraction as a float literal. */
function pyNumber(value: number, exact: string | undefined): string {
  if (exact !== undefined && isWholeText(exact)) return decimalText(exact);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/**
 * A docstring's lines, unindented (the writer indents them; a blank line stays empty): backslashes
 * doubled, every quote that could end the string escaped, invisible characters (tabs aside) written
 * as escapes. One line of text stays on the quotes' line.
 */
export function docstringLines(lines: readonly string[]): string[] {
  const [first = '', ...rest] = lines.map(escapeDoc);
  return lines.length === 1 ? [`"""${first}"""`] : [`"""${first}`, ...rest, '"""'];
}

function escapeDoc(text: string): string {
  const quoted = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, (q, offset: number, all: string) => (all[offset + 1] === '"' || all[offset - 1] === '"' || offset === all.length - 1 || offset === 0 ? '\\"' : q));
  return escapeText(quoted, '\t\n');
}

/** Text split into lines for a docstring or comment (CRLF or LF). */
export function textLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trimEnd());
}

/** A `#` comment line: text on one line, each invisible character as the visible text of its escape (a comment has none). */
export function comment(text: string): string {
  return `# ${escapeText(text.replace(/[\r\n]+/g, ' '), '\t')}`;
}

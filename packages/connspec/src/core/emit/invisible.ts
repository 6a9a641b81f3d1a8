/**
 * Characters a generated source must never carry raw, because a reader cannot see them or they
 * change what the reader sees (Trojan Source, CVE-2021-42574): control characters (Cc), format
 * characters (Cf: the bidi overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks
 * U+200E, U+200F and U+061C, the zero-width U+200B–U+200D, U+2060, U+FEFF, the soft hyphen…), the
 * line and paragraph separators (Zl, Zp: line breaks to JavaScript and to editors), lone surrogates
 * (Cs: not even encodable as UTF-8), every other default-ignorable code point (the Hangul fillers,
 * variation selectors, tag characters: letters to a regex, invisible on screen) and unassigned code
 * points (Cn: no glyph today, and a later Unicode may make them format characters).
 * Private-use characters (Co) stay: they render as a glyph or a visible box, are left-to-right and
 * break nothing, and icon fonts give them meaning a reader may want to see.
 *
 * Each target escapes these its own way (a string escape where the language has one, visible text
 * in comments); this module only says which they are. What is unassigned follows the running Node's
 * Unicode version, so a character assigned later may come out escaped by an older Node.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Cn}\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** Whether a code point is one a generated source must not carry raw. */
export function isInvisible(codePoint: number): boolean {
  return INVISIBLE.test(String.fromCodePoint(codePoint));
}

/**
 * Anything but printable ASCII and the tab and line breaks: a text without it holds no invisible
 * character beyond those three, which this plain-ASCII test finds many times faster than the Unicode
 * property classes do (nearly all generated text is such ASCII).
 */
const BEYOND_ASCII = /[^\x20-\x7e\t\n\r]/;
const ASCII_CONTROLS = ['\t', '\n', '\r'] as const;

const plainAscii = (text: string, keep: string): boolean => !BEYOND_ASCII.test(text) && ASCII_CONTROLS.every((c) => keep.includes(c) || !text.includes(c));

/** Whether a text holds any such character. */
export function hasInvisible(text: string): boolean {
  return !plainAscii(text, '') && INVISIBLE.test(text);
}

/**
 * Replaces each such character by `escape(codePoint)`, except the characters in `keep` (what the
 * context legitimately holds, such as a comment's line breaks).
 */
export function escapeInvisible(text: string, escape: (codePoint: number) => string, keep = ''): string {
  if (plainAscii(text, keep)) return text;
  return text.replace(INVISIBLE_ALL, (c) => (keep.includes(c) ? c : escape(c.codePointAt(0) ?? 0)));
}

/** `\uXXXX` per UTF-16 code unit (lowercase, as JSON.stringify writes its own): the escape of JSON, JavaScript and Java. */
export function utf16Escape(codePoint: number): string {
  return String.fromCodePoint(codePoint).split('').map((unit) => `\\u${hex(unit.charCodeAt(0), 4)}`).join('');
}

/** `U+202E`: how text that is no string (a comment) names the character. */
export function codePointLabel(codePoint: number): string {
  return `U+${hex(codePoint, 4).toUpperCase()}`;
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** A JSON (and JavaScript) string literal with every invisible character escaped; the value is unchanged. */
export function jsonString(text: string): string {
  return escapeInvisible(JSON.stringify(text), utf16Escape);
}

/**
 * A JSON document, indented by two, ending in a newline, with every invisible character inside its
 * strings escaped (JSON.stringify escapes only C0 controls and lone surrogates); the value is unchanged.
 */
export function jsonText(value: unknown): string {
  return `${escapeInvisible(JSON.stringify(value, null, 2), utf16Escape, '\n')}\n`;
}

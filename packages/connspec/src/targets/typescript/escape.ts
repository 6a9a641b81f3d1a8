import { escapeInvisible, exactJson, utf16Escape, type ExactNumbers, type JsonValue } from '../../core/index.js';

/**
 * A JSON value as a TypeScript expression (or literal type), every invisible character escaped inside
 * its strings; a number the schema wrote beyond a double (`exact`, by pointer from the value) as written.
 */
export function tsLiteral(value: JsonValue, exact?: ExactNumbers): string {
  return escapeInvisible(exactJson(value, exact), utf16Escape);
}

/** A module specifier's text, for inside quotes: invisible characters of a file name as string escapes. */
export function tsSpecifier(path: string): string {
  return escapeInvisible(path, utf16Escape);
}

/**
 * Text for a comment, which has no escapes: each invisible character written as the visible text of
 * its escape (`\u202e`), tabs kept. Also for a `//` comment: U+2028 and U+2029 end lines in TypeScript.
 */
export function tsCommentText(text: string): string {
  return escapeInvisible(text, utf16Escape, '\t');
}

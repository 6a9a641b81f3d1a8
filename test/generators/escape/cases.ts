import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DRAFT_07, type Source } from '../../bad-input/sources.js';
import { BASE_URL } from '../../support/workspace.js';

/** Characters a hostile schema may carry that no generated file may hold raw (Trojan Source and kin). */
export const CHARS: readonly { readonly name: string; readonly char: string }[] = [
  { name: 'RIGHT-TO-LEFT OVERRIDE', char: '\u202e' },
  { name: 'LEFT-TO-RIGHT EMBEDDING', char: '\u202a' },
  { name: 'LEFT-TO-RIGHT ISOLATE', char: '\u2066' },
  { name: 'POP DIRECTIONAL ISOLATE', char: '\u2069' },
  { name: 'RIGHT-TO-LEFT MARK', char: '\u200f' },
  { name: 'ARABIC LETTER MARK', char: '\u061c' },
  { name: 'ZERO WIDTH SPACE', char: '\u200b' },
  { name: 'ZERO WIDTH JOINER', char: '\u200d' },
  { name: 'WORD JOINER', char: '\u2060' },
  { name: 'BYTE ORDER MARK', char: '\ufeff' },
  { name: 'SOFT HYPHEN', char: '\u00ad' },
  { name: 'LINE SEPARATOR', char: '\u2028' },
  { name: 'PARAGRAPH SEPARATOR', char: '\u2029' },
  { name: 'NEXT LINE (C1)', char: '\u0085' },
  { name: 'ESCAPE (C0)', char: '\u001b' },
  { name: 'CARRIAGE RETURN', char: '\r' },
  { name: 'DELETE', char: '\u007f' },
  { name: 'HANGUL FILLER (a letter)', char: '\u3164' },
  { name: 'VARIATION SELECTOR-16', char: '\ufe0f' },
  { name: 'TAG LATIN CAPITAL LETTER A (astral)', char: '\u{e0041}' },
  { name: 'unassigned U+0378', char: '\u0378' },
  { name: 'noncharacter U+FFFE', char: '\ufffe' },
  { name: 'lone high surrogate', char: '\ud800' },
];

/** Characters that may appear raw: line breaks and tabs of the generated text itself. */
const ALLOWED = new Set(['\n', '\t']);
/** U+FFFD too: what a lone surrogate written raw becomes in UTF-8. */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Cn}\p{Default_Ignorable_Code_Point}\ufffd]/gu;

export const PATH = 'entity/services/connections/database/escapeConnection.json';
export const TAG = 'Escape';
export const STEP = 'CheckEscape';

/** Per character i: the values each place of the schema carries. */
export const valuesOf = (i: number) => {
  const c = CHARS[i]?.char ?? '';
  // A lone surrogate has no UTF-8, so no URI names a key holding one (ajv cannot compile such a schema): values only.
  const k = /\p{Cs}/u.test(c) ? '' : c;
  return {
    enumValue: `v${c}`,
    other: `w${i}`,
    title: `t${c}`,
    description: `d${c} first\nsecond ${c}`,
    example: `x${c}`,
    key: `k${k}${i}`,
    constValue: `c${c}`,
    match: `r${c}`,
    definition: `D${k}ef${i}`,
    definitionTitle: `T${c}itle${i}`,
    definitionValue: `d${c}`,
  };
};

export const ALL_CHARS: readonly number[] = CHARS.map((_, i) => i);
/**
 * All but the lone surrogate. The rule string-well-formed stops one (it is no Unicode text), so the
 * tests turn that rule off; Pydantic cannot hold one anywhere (not even in a docstring), so Python
 * is checked without it.
 */
export const WELL_FORMED: readonly number[] = ALL_CHARS.filter((i) => !/\p{Cs}/u.test(CHARS[i]?.char ?? ''));
/**
 * The config the tests generate with: string-well-formed off, so the lone surrogate reaches the
 * generators; Java reports what it cannot enforce (UNENFORCED.md) instead of stopping.
 */
export const HOSTILE_CONFIG = { rules: { 'string-well-formed': 'off' }, generators: { java: { inexpressible: 'report' } } } as const;

/**
 * One connection schema carrying every character in every place: per character i, `e<i>` (title,
 * description, enum value, default), `k<char><i>` (a property name, with an example), `c<i>` (const),
 * `r<i>` (pattern), `f<i>` (a $ref to the definition `D<char>ef<i>`, an enum with a title and description);
 * the testConnection annotation adds a step whose description and error message carry them all.
 * `indices` picks the characters (by their place in CHARS).
 */
export function escapeSource(indices: readonly number[] = ALL_CHARS): Source {
  const properties: Record<string, unknown> = { type: { type: 'string', enum: [TAG], default: TAG } };
  const definitions: Record<string, unknown> = {};
  const all = indices.map((i) => CHARS[i]?.char ?? '').join('|');
  indices.forEach((i) => {
    const v = valuesOf(i);
    properties[`e${i}`] = { title: v.title, description: v.description, type: 'string', enum: [v.enumValue, v.other], default: v.enumValue };
    properties[v.key] = { type: 'string', description: v.description, examples: [v.example] };
    properties[`c${i}`] = { const: v.constValue };
    properties[`r${i}`] = { type: 'string', pattern: `^r${CHARS[i]?.char ?? ''}$` };
    properties[`f${i}`] = { $ref: `#/definitions/${encodeURIComponent(v.definition)}` };
    definitions[v.definition] = { title: v.definitionTitle, description: v.description, type: 'string', enum: [v.definitionValue] };
  });
  // A pattern Java cannot run: reported, with its text and place, in Javadoc and UNENFORCED.md.
  const keyable = indices.map((i) => CHARS[i]?.char ?? '').filter((c) => !/\p{Cs}/u.test(c)).join('|');
  properties[`u${keyable}`] = { type: 'string', pattern: `^\\p{Script_Extensions=Latin}(${all})$` };
  const step = { name: STEP, description: `step ${all}`, errorMessage: `failed ${all}`, mandatory: false };
  const body = {
    $schema: DRAFT_07,
    $id: `${BASE_URL}${PATH}`,
    title: 'EscapeConnection',
    description: `root ${all}`,
    type: 'object',
    schemaVersion: '1.0.0',
    testConnection: { description: `steps ${all}`, add: [step] },
    definitions,
    properties,
    additionalProperties: false,
  };
  // JSON escapes in the file itself (a lone surrogate has no UTF-8); the loaded values are the characters.
  const text = JSON.stringify(body, null, 2).replace(/[^\x20-\x7e\n]/gu, escapeUnits);
  return { path: PATH, text: `${text}\n` };
}

/** `\uXXXX` for every UTF-16 unit of a text (what the test writes itself, independent of connspec's helpers). */
export function escapeUnits(text: string): string {
  return text.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

/** A text with every non-ASCII (or control) unit escaped as `\uXXXX`: a JSON, TypeScript and Java string body. */
export function asciiEscaped(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (u) => escapeUnits(u)).replace(/"/g, '\\"');
}

/** Every file below `dir` whose text holds a forbidden character raw: `path:line U+XXXX`. */
export function rawInvisible(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, n) => {
      for (const m of line.matchAll(FORBIDDEN)) {
        if (ALLOWED.has(m[0])) continue;
        out.push(`${relative(dir, file).split(sep).join('/')}:${n + 1} U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
      }
    });
  }
  return out;
}

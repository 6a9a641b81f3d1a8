import type { JsonValue } from '../../load/source-file.js';
import { joinPointer } from '../../pointer.js';
import type { Finding, LintRule } from '../rule.js';
import { codePointLabel, isInvisible } from '../../emit/invisible.js';

/** Under the `u` flag a surrogate matches `\p{Cs}` only when it is unpaired. */
const UNPAIRED = /\p{Cs}/gu;
const hasUnpaired = (text: string): boolean => /\p{Cs}/u.test(text);

/** `\ud800`: how the finding shows the unpaired surrogates of a text (they have no glyph and no UTF-8). */
function unpaired(text: string): string {
  return [...text.matchAll(UNPAIRED)].map((m) => `\\u${(m[0].codePointAt(0) ?? 0).toString(16)}`).join(', ');
}

/** Every key and string of a document holding an unpaired surrogate, where it is (a key at its own pointer). */
function findings(file: string, value: JsonValue, pointer: string): Finding[] {
  const at = (text: string, where: string, what: string): Finding[] =>
    !hasUnpaired(text) ? [] : [{ file, pointer: where, message: `${what} holds the unpaired surrogate ${unpaired(text)}, which is no Unicode text: no UTF-8 file, Pydantic model or URI can carry it`, hint: 'replace the `\\uD8xx`/`\\uDCxx` escape with the character meant (a surrogate pair, or the character itself), or remove it' }];
  if (typeof value === 'string') return at(value, pointer, 'this string');
  if (Array.isArray(value)) return value.flatMap((v, i) => findings(file, v, joinPointer(pointer, i)));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [...at(k, joinPointer(pointer, k), 'this key'), ...findings(file, v, joinPointer(pointer, k))]);
}

export const stringWellFormed: LintRule = {
  id: 'string-well-formed',
  sentence: 'No key or string holds an unpaired surrogate (`"\\ud800"` alone): it is no Unicode text, and no generated file or model can carry it.',
  severity: 'error',
  check: (ctx) => ctx.files.flatMap((f) => findings(f.path, f.value, '')),
};

/** Each invisible character of a file path, named (`U+202E`). */
const invisibleIn = (path: string): string[] => [...path].filter((c) => isInvisible(c.codePointAt(0) ?? 0)).map((c) => codePointLabel(c.codePointAt(0) ?? 0));

export const fileNameVisible: LintRule = {
  id: 'file-name-visible',
  sentence: 'No schema file or folder name holds an invisible or bidirectional control character: generated file names and imports are made from it.',
  severity: 'error',
  check: (ctx) =>
    ctx.files.flatMap((f): Finding[] => {
      const found = invisibleIn(f.path);
      if (found.length === 0) return [];
      return [{ file: f.path, pointer: '', message: `the path holds ${found.join(', ')}, which no reader sees (a bidi control reorders how the name is shown); generated files and imports would carry it`, hint: 'rename the file or folder to visible characters only' }];
    }),
};

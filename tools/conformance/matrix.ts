/**
 * The support matrix as the conformance run and README read it: connspec's built-in languages'
 * columns (`TargetLanguage.support`), by language id.
 */
import { languagesOf, supportMatrix, type SupportLevel, type SupportRow, type TargetLanguage } from '@connspec/core';
import { BUILTIN_GENERATORS } from '../../packages/connspec/src/targets/index.js';

export type MatrixLanguage = 'typescript' | 'python' | 'java';

/** The built-in targets' languages: what `analyse` is given, as the library's calls give it. */
export const LANGUAGES: readonly TargetLanguage[] = languagesOf(BUILTIN_GENERATORS);

export const MATRIX: readonly SupportRow[] = supportMatrix(LANGUAGES);

/** A keyword's level in one built-in language (`none` when the matrix has no such row). */
export function levelOf(keyword: string, language: MatrixLanguage): SupportLevel | undefined {
  return MATRIX.find((r) => r.keyword === keyword)?.cells[language]?.level;
}

import { languagesOf, reservedNames, type TargetLanguage } from '@connspec/core';
import { BUILTIN_GENERATORS } from 'connspec';

/** The built-in targets' languages, as the library's calls pass them to the analysis. */
export const LANGUAGES: readonly TargetLanguage[] = languagesOf(BUILTIN_GENERATORS);
export const RESERVED = reservedNames(LANGUAGES);

/** One built-in language by id. */
export function language(id: string): TargetLanguage {
  const found = LANGUAGES.find((l) => l.id === id);
  if (!found) throw new Error(`no language ${id}`);
  return found;
}

/**
 * Which groups each language is held to, from the support table: a group that uses a keyword a
 * language does not enforce (`none`) is skipped for that language, with the reason; a group
 * connspec refuses is skipped for all. Nothing is skipped silently: every skip carries its reason.
 */
import { levelOf, type MatrixLanguage } from '../matrix.js';
import type { Entry } from './catalogue.js';

export type RunLanguage = Extract<MatrixLanguage, 'python' | 'java'>;
export const RUN_LANGUAGES: readonly RunLanguage[] = ['python', 'java'];

/** Features that keep a group out of the catalogue altogether (connspec would refuse the whole file). */
export const UNCATALOGUED: ReadonlySet<string> = new Set(['$ref (remote)', '$id (inside a schema)', '$schema (other meta-schema)']);

/** The first keyword the language does not enforce, as a skip reason. */
export function unsupportedFor(entry: Entry, language: MatrixLanguage): string | undefined {
  for (const feature of entry.features) {
    const level = levelOf(feature, language);
    if (level === 'none') return `uses \`${feature}\` (${language}: none)`;
  }
  return undefined;
}

/** Whether every keyword the group uses is `full` for the language (then the generator must not report anything). */
export function fullySupported(entry: Entry, language: MatrixLanguage): boolean {
  return entry.features.every((f) => levelOf(f, language) === 'full');
}

export interface LanguageStatus {
  /** Undefined when the group runs; else why it does not. */
  readonly skipped?: string;
  /** What the generator says it does not enforce in this group: failures are then expected, not fatal. */
  readonly notes: readonly string[];
  /** The support table says `full` for every keyword, yet the generator reported notes: the table is wrong. */
  readonly claimMismatch: boolean;
}

export function languageStatus(entry: Entry, language: RunLanguage, refused: string | undefined, notes: readonly string[]): LanguageStatus {
  const skipped = refused ?? unsupportedFor(entry, language);
  if (skipped !== undefined) return { skipped, notes: [], claimMismatch: false };
  return { notes, claimMismatch: notes.length > 0 && fullySupported(entry, language) };
}

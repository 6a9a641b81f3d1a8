/**
 * What the core asks of a target's language. Each target that emits code in a language registers one
 * (`Generator.language`); the core names none of them: type names are checked against every
 * registered language's reserved names, property spellings against each language's own, and the
 * support matrix is the registered languages' columns side by side.
 */
import type { SupportLevel } from './keyword-support.js';
import type { PatternDialect } from './regex/portability.js';

/** How a property is spelled in one language; `alias` is the JSON name when the two differ. */
export interface MemberName {
  readonly identifier: string;
  readonly alias?: string;
}

/** A language's cell of the support matrix: how much of a keyword it enforces, and what it leaves out. */
export interface LanguageSupport {
  readonly level: SupportLevel;
  /** What `partial` or `none` leaves out, in this language (a sentence naming the language). */
  readonly note?: string;
}

export interface TargetLanguage {
  /** The language's id in messages and tables (`python`). */
  readonly id: string;
  /** Its name for readers (`Python (Pydantic)`). */
  readonly label: string;
  /** Whether its models check values at run time (the `unsupported-keyword` rule names only these). */
  readonly validates: boolean;
  /** Words no identifier may be (the language's own spelling rules use them). */
  readonly keywords: ReadonlySet<string>;
  /** Type names a schema may not take here (the language cannot declare them, or generated code relies on them). */
  readonly reservedTypeNames: readonly string[];
  /** How a property is spelled: the JSON name where it can be, else a safe identifier with the name as alias. */
  memberName(name: string): MemberName;
  /** Its column of the support matrix: one cell per row of `SUPPORT_KEYWORDS`. */
  readonly support: Readonly<Record<string, LanguageSupport>>;
  /** The regex engines its models run JSON Schema patterns on (`pattern-portable` names what they do not share with ECMA-262). */
  readonly patternDialects?: readonly PatternDialect[];
}

/** Reserved type name, case folded → the ids of the languages that reserve it. */
export type ReservedNames = ReadonlyMap<string, readonly string[]>;

export function reservedNames(languages: readonly TargetLanguage[]): ReservedNames {
  const map = new Map<string, string[]>();
  for (const language of languages) {
    for (const name of language.reservedTypeNames) map.set(name.toLowerCase(), [...(map.get(name.toLowerCase()) ?? []), language.id]);
  }
  return map;
}

/** The ids of the languages in which a name is a keyword (a step name must be none: it becomes a constant in each). */
export function keywordIn(languages: readonly TargetLanguage[]): (name: string) => readonly string[] {
  return (name) => languages.filter((l) => l.keywords.has(name)).map((l) => l.id);
}

import type { Diagnostic } from '../diagnostics.js';
import { childNodes } from '../ir/query.js';
import type { IR } from '../ir/types.js';
import type { MemberName, TargetLanguage } from '../language.js';
import { splitWords } from './words.js';

/** How a language that cannot write every JSON name bare spells a property (see `identifierMember`). */
export interface IdentifierSpelling {
  /** Whether the JSON name can be the identifier as it is (keywords aside). */
  readonly valid: (name: string) => boolean;
  /** Words → identifier (`my_key`, `myKey`). */
  readonly join: (words: readonly string[]) => string;
  /** Put before an identifier that is empty, starts with a digit or is `avoid`ed (`field_`, `field`). */
  readonly prefix: string;
  /** Identifiers that must be prefixed even when valid (names the model's base class owns). */
  readonly avoid?: (identifier: string) => boolean;
  readonly keywords: ReadonlySet<string>;
}

/**
 * A safe identifier for a JSON property name, keeping the name as alias when it differs
 * (`class` → `class_`, `my-key` → `my_key`/`myKey`, `2fa` → `field_2fa`/`field2fa`).
 */
export function identifierMember(name: string, spelling: IdentifierSpelling): MemberName {
  if (spelling.valid(name) && !spelling.keywords.has(name)) return { identifier: name };
  let identifier = spelling.join(splitWords(name));
  if (identifier === '' || /^\p{N}/u.test(identifier) || spelling.avoid?.(identifier) === true) identifier = `${spelling.prefix}${identifier}`;
  if (spelling.keywords.has(identifier)) identifier = `${identifier}_`;
  return { identifier, alias: name };
}

/** Two properties of one object that one language would spell alike (`my-key` and `my_key` in Python). */
export function memberCollisions(ir: IR, languages: readonly TargetLanguage[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const decl of ir.declarations.values()) {
    for (const node of childNodes(decl.type)) {
      if (node.kind !== 'object') continue;
      for (const language of languages) {
        const seen = new Map<string, string>();
        for (const p of node.properties) {
          const { identifier } = language.memberName(p.name);
          const first = seen.get(identifier);
          if (first === undefined) {
            seen.set(identifier, p.name);
            continue;
          }
          out.push({
            severity: 'error',
            rule: 'member-collision',
            file: p.origin.file,
            line: p.origin.line,
            column: p.origin.column,
            pointer: p.origin.pointer,
            message: `properties "${first}" and "${p.name}" would both be "${identifier}" in ${language.id}`,
            hint: `rename one of the two properties so they differ in letters or digits, not only in punctuation`,
          });
        }
      }
    }
  }
  return out;
}

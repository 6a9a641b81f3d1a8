import type { Diagnostic } from '../diagnostics.js';
import { childNodes } from '../ir/query.js';
import type { IR, Property } from '../ir/types.js';
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

/**
 * The identifiers of one object's properties in one language: each its `memberName`, made distinct.
 * A name that is its own identifier keeps it; any other that an earlier (or a bare) one already has
 * takes `_` suffixes until free, in declaration order (`type_` stays, `type` becomes `type__` with
 * alias `type`). The JSON names never change; only the code's identifiers do.
 */
export function objectMembers(language: TargetLanguage, names: readonly string[]): MemberName[] {
  const spelled = names.map((n) => language.memberName(n));
  const taken = new Set(spelled.filter((m) => m.alias === undefined).map((m) => m.identifier));
  return spelled.map((m) => {
    if (m.alias === undefined) return m;
    let identifier = m.identifier;
    while (taken.has(identifier)) identifier = `${identifier}_`;
    taken.add(identifier);
    return { identifier, alias: m.alias };
  });
}

/** Properties of one object that a language spells alike: reported, with the identifier each got instead. */
export function memberCollisions(ir: IR, languages: readonly TargetLanguage[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const decl of ir.declarations.values()) {
    for (const node of childNodes(decl.type)) {
      if (node.kind !== 'object') continue;
      for (const language of languages) out.push(...collisionsIn(node.properties, language));
    }
  }
  return out;
}

function collisionsIn(properties: readonly Property[], language: TargetLanguage): Diagnostic[] {
  const chosen = objectMembers(language, properties.map((p) => p.name));
  const firstOf = new Map<string, number>();
  return properties.flatMap((p, i): Diagnostic[] => {
    const { identifier } = language.memberName(p.name);
    const first = firstOf.get(identifier);
    if (first === undefined) {
      firstOf.set(identifier, i);
      return [];
    }
    const renamed = [first, i].filter((j) => chosen[j]?.identifier !== identifier).map((j) => `"${properties[j]?.name}" is ${chosen[j]?.identifier}`);
    return [{
      severity: 'warning',
      rule: 'member-collision',
      file: p.origin.file,
      line: p.origin.line,
      column: p.origin.column,
      pointer: p.origin.pointer,
      message: `properties "${properties[first]?.name}" and "${p.name}" would both be "${identifier}" in ${language.id}, so ${renamed.join(' and ')} there (the JSON names stay as they are)`,
      hint: `nothing to change; the ${language.id} identifiers follow the properties' order, so adding or moving a property can rename them (rename a property to choose them yourself)`,
    }];
  });
}

import type { AST } from '@eslint-community/regexpp';
import { someNode } from './parse.js';

/**
 * ECMA-262 constructs some regex engines spell differently or lack, each with how a finding names it.
 * They are facts of the pattern's AST; which engine lacks which is the targets' knowledge (PatternDialect).
 */
export const PATTERN_CONSTRUCTS = [
  { id: 'look-behind', what: 'look-behind', in: (n: AST.Node) => n.type === 'Assertion' && n.kind === 'lookbehind' },
  { id: 'look-ahead', what: 'look-ahead', in: (n: AST.Node) => n.type === 'Assertion' && n.kind === 'lookahead' },
  { id: 'backreference', what: 'a backreference', in: (n: AST.Node) => n.type === 'Backreference' },
  { id: 'named-group', what: 'a named group (?<name>…)', in: (n: AST.Node) => n.type === 'CapturingGroup' && n.name !== null },
  { id: 'property-escape', what: 'a Unicode property escape \\p{…}', in: (n: AST.Node) => n.type === 'CharacterSet' && n.kind === 'property' },
  { id: 'code-point-escape', what: 'a \\u{…} code point escape', in: (n: AST.Node) => n.type === 'Character' && n.raw.startsWith('\\u{') },
  { id: 'control-escape', what: 'a \\cX control escape', in: (n: AST.Node) => n.type === 'Character' && n.raw.startsWith('\\c') },
  { id: 'empty-class', what: 'an empty class [] or [^]', in: (n: AST.Node) => n.type === 'CharacterClass' && n.elements.length === 0 },
] as const;

export type PatternConstruct = (typeof PATTERN_CONSTRUCTS)[number]['id'];

/**
 * A regex engine a target's output runs patterns on, as the `pattern-portable` lint sees it: the
 * constructs it does not run as ECMA-262 does. Target languages provide them (TargetLanguage.patternDialects).
 */
export interface PatternDialect {
  readonly id: string;
  /** Per construct the engine does not share, the engine's name in a finding (with what to use instead, if anything). */
  readonly unshared: Readonly<Partial<Record<PatternConstruct, string>>>;
}

/** One construct of a pattern and the engines, as named by their dialects, that do not share it. */
export interface Unshared {
  readonly what: string;
  readonly engines: readonly string[];
}

/** Whether the pattern uses the construct anywhere (inside look-around and classes too). */
export function usesConstruct(ast: AST.Pattern, id: PatternConstruct): boolean {
  const construct = PATTERN_CONSTRUCTS.find((c) => c.id === id);
  return construct !== undefined && someNode(ast, construct.in);
}

/** The pattern's constructs some dialect does not share, in PATTERN_CONSTRUCTS order, dialects in the order given. */
export function unsharedConstructs(ast: AST.Pattern, dialects: readonly PatternDialect[]): Unshared[] {
  return PATTERN_CONSTRUCTS.flatMap((construct): Unshared[] => {
    const engines = dialects.flatMap((d) => d.unshared[construct.id] ?? []);
    return engines.length > 0 && usesConstruct(ast, construct.id) ? [{ what: construct.what, engines }] : [];
  });
}

import type { AST } from '@eslint-community/regexpp';
import { parsePattern, someNode, type PatternDialect } from '../../core/index.js';
import { javaProperty } from './regex-properties.js';

/**
 * JSON Schema patterns are ECMA-262 regular expressions (run with the `u` flag), searched anywhere in
 * the string; Bean Validation's `@Pattern` runs `java.util.regex` and must match the whole string.
 * This prints the pattern's ECMA-262 AST in Java's dialect exactly, or says what cannot be expressed.
 * Differences handled: `.` `\s` `\S` `$` `\b` `\B` `\v` `\0` `\cX` `\u{…}` and surrogate pairs, `[` and
 * `&&` inside a class, empty classes, `\p{…}` spellings, group names Java rejects, backreferences to a
 * group that always takes part; reported: unbounded look-behind, other backreferences, properties
 * Java lacks, and anything that is not valid ECMA-262.
 */
export interface PatternTranslation {
  readonly regex: string;
  /** Why the translation is not exact; empty when it is. */
  readonly problems: readonly string[];
}

/** Java's engine as the `pattern-portable` lint names it. */
export const JAVA_PATTERN_DIALECT: PatternDialect = {
  id: 'java',
  unshared: { 'property-escape': 'Java (names properties differently)', 'code-point-escape': 'Java (use \\uXXXX)', 'empty-class': 'Java' },
};

export const SPACE = '\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const WORD_BOUNDARY = '(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))';
const NOT_WORD_BOUNDARY = '(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))';
/** Escaped characters Java reads as ECMA-262 does when escaped. */
const SYNTAX = '^$\\.*+?()[]{}|/-';
/** Characters a class writes escaped: Java reads `[` as a nested class and `&&` as intersection; ECMA-262 reads both literally. */
const CLASS_SYNTAX = '[]&-^\\';
/** ECMA-262 matches a backreference to a group that took no part as empty; Java fails it. */
const BACKREFERENCE = 'a backreference (ECMA-262 matches one to a group that took no part as empty, Java fails it)';

export function translatePattern(pattern: string): PatternTranslation {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) return { regex: pattern, problems: [parsed.problem] };
  const printer = new JavaPrinter(parsed.ast);
  return { regex: printer.pattern(parsed.ast), problems: printer.problems };
}

const isEdge = (node: AST.Element | undefined, kind: 'start' | 'end'): boolean => node?.type === 'Assertion' && node.kind === kind;

class JavaPrinter {
  readonly problems: string[] = [];
  /** Group names as written (escapes and all) to Java's: ASCII letters and digits, starting with a letter. */
  private readonly names = new Map<string, string>();

  constructor(ast: AST.Pattern) {
    someNode(ast, (node) => {
      const name = node.type === 'CapturingGroup' && node.name !== null ? node.raw.slice(3, node.raw.indexOf('>')) : undefined;
      if (name !== undefined && !this.names.has(name)) this.names.set(name, /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? name : `connspecGroup${this.names.size + 1}`);
      return false;
    });
  }

  /** Search semantics under a full match: wildcard prefix and suffix, left out where the pattern anchors itself. */
  pattern(ast: AST.Pattern): string {
    const only = ast.alternatives.length === 1 ? ast.alternatives[0] : undefined;
    const start = isEdge(only?.elements[0], 'start');
    const end = isEdge(only?.elements.at(-1), 'end');
    const body = ast.alternatives.map((a) => this.alternative(a, end)).join('|');
    const grouped = ast.alternatives.length > 1 ? `(?:${body})` : body;
    return `${start ? '' : '[\\s\\S]*?'}${grouped}${end ? '' : '[\\s\\S]*'}`;
  }

  /** `$` is `\z` (Java's `$` also matches before a final line break), except where it ends the whole pattern. */
  private alternative(alternative: AST.Alternative, dollarLast = false): string {
    const last = alternative.elements.length - 1;
    return alternative.elements.map((e, i) => (dollarLast && i === last ? '$' : this.element(e))).join('');
  }

  private alternatives(alternatives: readonly AST.Alternative[]): string {
    return alternatives.map((a) => this.alternative(a)).join('|');
  }

  private element(node: AST.Element): string {
    switch (node.type) {
      case 'Assertion':
        return this.assertion(node);
      case 'Quantifier':
        return this.element(node.element) + node.raw.slice(node.element.raw.length);
      case 'Group':
        return `(?:${this.alternatives(node.alternatives)})`;
      case 'CapturingGroup':
        return `(${node.name === null ? '' : `?<${this.groupName(node.raw.slice(3, node.raw.indexOf('>')))}>`}${this.alternatives(node.alternatives)})`;
      case 'Backreference':
        if (!groupTakesPart(node)) this.problems.push(BACKREFERENCE);
        return node.raw.startsWith('\\k') ? `\\k<${this.groupName(node.raw.slice(3, -1))}>` : `(?:${node.raw})`;
      case 'CharacterClass':
        return this.characterClass(node);
      case 'CharacterSet':
        return node.kind === 'any' ? DOT : this.characterSet(node, false);
      case 'Character':
        return node.raw.startsWith('\\') ? escaped(node) : node.raw;
      default:
        throw new Error(`unexpected ${node.type} in a u-flag pattern`);
    }
  }

  private groupName(name: string): string {
    return this.names.get(name) ?? name;
  }

  private assertion(node: AST.Assertion): string {
    switch (node.kind) {
      case 'start':
        return '^';
      case 'end':
        return '\\z';
      case 'word':
        return node.negate ? NOT_WORD_BOUNDARY : WORD_BOUNDARY;
      default:
        return this.lookaround(node);
    }
  }

  private lookaround(node: AST.LookaroundAssertion): string {
    const open = `(?${node.kind === 'lookbehind' ? '<' : ''}${node.negate ? '!' : '='}`;
    const text = `${open}${this.alternatives(node.alternatives)})`;
    const unbounded = (n: AST.Node): boolean => (n.type === 'Quantifier' && n.max === Infinity) || n.type === 'Backreference';
    if (node.kind === 'lookbehind' && someNode(node, unbounded)) this.problems.push(`look-behind "${open}…)" has no maximum length, which Java requires`);
    return text;
  }

  private characterClass(node: AST.CharacterClass): string {
    if (node.elements.length === 0) return node.negate ? '[\\s\\S]' : '(?!)';
    return `[${node.negate ? '^' : ''}${node.elements.map((e) => this.classElement(e)).join('')}]`;
  }

  private classElement(node: AST.CharacterClassElement): string {
    if (node.type === 'CharacterClassRange') return `${classCharacter(node.min)}-${classCharacter(node.max)}`;
    if (node.type === 'Character') return classCharacter(node);
    if (node.type === 'CharacterSet') return this.characterSet(node, true);
    throw new Error(`unexpected ${node.type} in a u-flag pattern`);
  }

  /** `\d \D \w \W` as they are, ECMA-262's `\s` spelled out (inside a class, `\s` joins it), `\p{…}` in Java's names. */
  private characterSet(node: AST.EscapeCharacterSet | AST.UnicodePropertyCharacterSet, inClass: boolean): string {
    if (node.kind === 'property') return this.property(node);
    if (node.kind !== 'space') return node.raw;
    if (node.negate) return `[^${SPACE}]`;
    return inClass ? SPACE : `[${SPACE}]`;
  }

  private property(node: AST.UnicodePropertyCharacterSet): string {
    const body = node.raw.slice(3, -1);
    if (body === 'Any') return node.negate ? '(?!)' : '[\\s\\S]';
    const java = javaProperty(body);
    if (java === undefined) this.problems.push(`\\p{${body}} has no Java equivalent`);
    return `\\${node.negate ? 'P' : 'p'}{${java ?? body}}`;
  }
}

/**
 * Whether a backreference always follows a match of its group, where ECMA-262 and Java agree: the
 * group closes before the reference, outside any look-around, and nothing between the group and the
 * innermost alternative holding both is optional or another branch.
 */
function groupTakesPart(ref: AST.Backreference): boolean {
  if (ref.ambiguous || ref.resolved.end > ref.start) return false;
  const holdsRef = new Set<AST.Node>();
  for (let n: AST.Node | null = ref.parent; n !== null; n = n.parent) {
    if (n.type === 'Assertion') return false;
    holdsRef.add(n);
  }
  let node: AST.Node = ref.resolved;
  while (node.parent !== null && !holdsRef.has(node.parent)) {
    const up: AST.Node = node.parent;
    if (up.type === 'Assertion' || (up.type === 'Quantifier' && up.min === 0)) return false;
    if ((up.type === 'Group' || up.type === 'CapturingGroup') && up.alternatives.length > 1) return false;
    node = up;
  }
  return node.parent?.type === 'Alternative';
}

/** One character written as an escape (`\n`, `\x41`, `\u{1F600}`, `\/`…), in Java's spelling. */
function escaped(node: AST.Character): string {
  const c = node.raw[1] ?? '';
  if ('fnrt'.includes(c) || SYNTAX.includes(c)) return `\\${c}`;
  return `\\x{${node.value.toString(16).toUpperCase()}}`;
}

function classCharacter(node: AST.Character): string {
  if (node.raw === '\\b') return '\\x{8}';
  if (node.raw.startsWith('\\')) return escaped(node);
  return CLASS_SYNTAX.includes(node.raw) ? `\\${node.raw}` : node.raw;
}

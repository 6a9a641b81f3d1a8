import type { AST } from '@eslint-community/regexpp';
import { parsePattern, someNode, usesConstruct, type PatternDialect } from '../../core/index.js';

/**
 * ECMA-262 patterns (as ajv runs them: `u` flag, unanchored search) printed for Pydantic from their AST.
 *
 * Every engine differs from ECMA in ways that change results, so even a pattern they accept is
 * rewritten: `\d`, `\w` are ASCII in ECMA but Unicode in Rust and Python; `\s` is ECMA's own set;
 * `.` excludes every ECMA line terminator; Python's `$` also matches before a final newline (so it
 * becomes `\Z`). Look-around, backreferences and word boundaries need Python's `re`; what `re` cannot
 * run either (a look-behind of variable width, `\p{…}` beside look-around) runs on the `regex`
 * package, which the generated package then needs; everything else runs on pydantic-core's Rust
 * engine through `Field(pattern=...)`.
 */
export type Engine = 'rust' | 'python' | 'regex';

export type TranslatedPattern =
  | { readonly engine: Engine; readonly regex: string }
  | { readonly engine: 'none'; readonly problem: string };

const RUST = 'Rust regex (Pydantic default)';
const PYTHON = 'Python re';

/**
 * The engines Pydantic models run patterns on, as the `pattern-portable` lint names them. Property
 * escapes are not listed: where Rust cannot take a pattern, the `regex` package runs them.
 */
export const PYTHON_PATTERN_DIALECTS: readonly PatternDialect[] = [
  { id: 'rust', unshared: { 'look-behind': RUST, 'look-ahead': RUST, backreference: RUST } },
  { id: 'python-re', unshared: { 'named-group': `${PYTHON} (needs (?P<name>…))`, 'code-point-escape': PYTHON, 'control-escape': PYTHON, 'empty-class': PYTHON } },
];

type CodePoints = readonly (number | readonly [number, number])[];

/** ECMA-262 `\s`: WhiteSpace and LineTerminator code points. */
const WHITESPACE: CodePoints = [[0x09, 0x0d], 0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const LINE_TERMINATORS: CodePoints = [0x0a, 0x0d, 0x2028, 0x2029];
/** ECMA-262's ASCII `\d` and `\w`, and its `\s`. */
const SHORTHANDS: Readonly<Record<AST.EscapeCharacterSet['kind'], CodePoints>> = {
  digit: [[0x30, 0x39]],
  word: [[0x30, 0x39], [0x41, 0x5a], 0x5f, [0x61, 0x7a]],
  space: WHITESPACE,
};
/** Characters escaped outside a class, and inside one (where `&&`, `--`, `~~` and `[` mean sets to Rust, and warn in Python). */
const META = new Set('\\.+*?()|[]{}^$#&-~');
const CLASS_META = new Set('\\]-[^&~|');

/** ECMA-262 `\b` and `\B` (ASCII word characters), for the `regex` package, which runs without `(?a)` (that flag would make `\p{…}` ASCII). */
const WORD = '[0-9A-Z_a-z]';
const WORD_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NOT_WORD_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;

/**
 * Translates one pattern for Rust if it can run it, else for Python's `re`, else for the `regex`
 * package (`only: 'python'` skips Rust: the pattern is checked by the runtime, on a secret's plain
 * value or a property name); `engine: 'none'` when no engine can run it as ECMA does.
 */
export function translatePattern(source: string, only?: 'python'): TranslatedPattern {
  const parsed = parsePattern(source);
  if (!parsed.ok) return { engine: 'none', problem: parsed.problem };
  const unknown = unknownProperty(parsed.ast);
  if (unknown !== undefined) return { engine: 'none', problem: `no Python regex engine knows the Unicode property escape ${unknown}` };
  if (only !== 'python' && !someNode(parsed.ast, needsPythonRe)) return { engine: 'rust', regex: new EnginePrinter('rust').node(parsed.ast) };
  if (usesConstruct(parsed.ast, 'property-escape') || someNode(parsed.ast, variableLookBehind)) return { engine: 'regex', regex: new EnginePrinter('regex').node(parsed.ast) };
  return { engine: 'python', regex: `(?a)${new EnginePrinter('python').node(parsed.ast)}` };
}

/**
 * Property escapes pydantic-core's Rust engine does not know (measured on pydantic-core 2.50.4: its
 * tables are Unicode 16, and it has no Surrogate category): a model using one would not import, so
 * these patterns run on the `regex` package. Names are regexpp's `key`/`value` of `\p{…}`.
 */
const RUST_LACKS: ReadonlySet<string> = new Set(['Cs', 'Surrogate', 'Berf', 'Beria_Erfe', 'Sidetic', 'Sidt', 'Tai_Yo', 'Tayo', 'Tolong_Siki', 'Tols', 'Unknown', 'Zzzz']);
/** Property escapes neither Python engine knows (the `regex` package 2026.12.2 lacks this one binary property). */
const NO_PYTHON_ENGINE: ReadonlySet<string> = new Set(['CWKCF', 'Changes_When_NFKC_Casefolded']);

function unknownProperty(ast: AST.Pattern): string | undefined {
  const found: string[] = [];
  someNode(ast, (n) => {
    if (n.type === 'CharacterSet' && n.kind === 'property' && NO_PYTHON_ENGINE.has(n.key)) found.push(n.raw);
    return false;
  });
  return found[0];
}

const rustLacks = (n: AST.Node): boolean => n.type === 'CharacterSet' && n.kind === 'property' && (RUST_LACKS.has(n.key) || (n.value !== null && RUST_LACKS.has(n.value)));

/** A look-behind Python's `re` refuses at import: one whose body, as printed, may match strings of different lengths. */
function variableLookBehind(node: AST.Node): boolean {
  return node.type === 'Assertion' && node.kind === 'lookbehind' && width(node.alternatives) === undefined;
}

/** How many code points the printed form of these alternatives matches, when that is one number (a backreference never is). */
function width(alternatives: readonly AST.Alternative[]): number | undefined {
  const widths = new Set(alternatives.map((a) => a.elements.reduce<number | undefined>((sum, e) => (sum === undefined ? undefined : add(sum, elementWidth(e))), 0)));
  return widths.size === 1 ? [...widths][0] : undefined;
}

function add(sum: number, more: number | undefined): number | undefined {
  return more === undefined ? undefined : sum + more;
}

function elementWidth(node: AST.Element): number | undefined {
  switch (node.type) {
    case 'Assertion':
      return 0;
    case 'Backreference':
      return undefined;
    case 'Group':
    case 'CapturingGroup':
      return width(node.alternatives);
    case 'Quantifier': {
      const inner = elementWidth(node.element);
      if (inner === 0 || node.max === 0) return 0;
      return inner !== undefined && node.min === node.max ? inner * node.min : undefined;
    }
    case 'CharacterClass':
      // `[]` prints as `(?!)`, which matches nothing of width 0.
      return node.elements.length === 0 && !node.negate ? 0 : 1;
    default:
      return 1;
  }
}

/** What Rust's engine cannot run (Python's can): look-around, word boundaries, backreferences, `[]` and `[^]`, a lone surrogate written `\uXXXX`, a property it lacks. */
function needsPythonRe(node: AST.Node): boolean {
  switch (node.type) {
    case 'Assertion':
      return node.kind !== 'start' && node.kind !== 'end';
    case 'Backreference':
      return true;
    case 'CharacterClass':
      return node.elements.length === 0;
    case 'Character':
      return node.value >= 0xd800 && node.value <= 0xdfff && /^\\u[0-9A-Fa-f]{4}$/.test(node.raw);
    case 'CharacterSet':
      return rustLacks(node);
    default:
      return false;
  }
}

/** Prints an AST for one engine: Rust and Python differ in `$` and in how a class holds a complement, and spell escapes apart. */
class EnginePrinter {
  constructor(private readonly target: Engine) {}

  node(node: AST.Node): string {
    switch (node.type) {
      case 'Pattern':
        return this.alternatives(node.alternatives);
      case 'Alternative':
        return node.elements.map((e) => this.node(e)).join('');
      case 'Group':
        return `(?:${this.alternatives(node.alternatives)})`;
      case 'CapturingGroup':
        return `${this.groupOpen(node)}${this.alternatives(node.alternatives)})`;
      case 'Assertion':
        return this.assertion(node);
      case 'Quantifier':
        return this.node(node.element) + node.raw.slice(node.element.raw.length);
      case 'Backreference':
        return node.raw.startsWith('\\k') ? `(?P=${node.raw.slice(3, -1)})` : `(?:${node.raw})`;
      case 'CharacterClass':
        return this.characterClass(node);
      case 'CharacterSet':
        if (node.kind === 'any') return this.set(LINE_TERMINATORS, true);
        return node.kind === 'property' ? node.raw : this.set(SHORTHANDS[node.kind], node.negate);
      case 'Character':
        return this.literal(node.value, false);
      default:
        throw new Error(`unexpected ${node.type} in a u-flag pattern`);
    }
  }

  private alternatives(alternatives: readonly AST.Alternative[]): string {
    return alternatives.map((a) => this.node(a)).join('|');
  }

  /** `(?<name>` is Python's `(?P<name>`; a name written with escapes or beyond ASCII is spelled out as it decodes. */
  private groupOpen(node: AST.CapturingGroup): string {
    if (node.name === null) return '(';
    const raw = node.raw.slice(3, node.raw.indexOf('>'));
    if (/^[A-Za-z_$][\w$]*$/.test(raw)) return `(?P<${raw}>`;
    return `(?<${[...node.name].map((c) => this.literal(c.codePointAt(0) ?? 0, false)).join('')}>`;
  }

  private assertion(node: AST.Assertion): string {
    switch (node.kind) {
      case 'start':
        return '^';
      case 'end':
        return this.target === 'rust' ? '$' : '\\Z';
      case 'word':
        if (this.target === 'regex') return node.negate ? NOT_WORD_BOUNDARY : WORD_BOUNDARY;
        return node.negate ? '\\B' : '\\b';
      default:
        return `(?${node.kind === 'lookbehind' ? '<' : ''}${node.negate ? '!' : '='}${this.alternatives(node.alternatives)})`;
    }
  }

  /** A class holding `\D`, `\W` or `\S`: Rust nests classes; Python needs alternation or look-ahead. */
  private characterClass(node: AST.CharacterClass): string {
    if (node.elements.length === 0) return node.negate ? '(?s:.)' : '(?!)';
    const parts: string[] = [];
    const complements: string[] = [];
    for (const element of node.elements) {
      if (element.type === 'CharacterSet' && element.kind !== 'property' && element.negate) complements.push(this.items(SHORTHANDS[element.kind]));
      else parts.push(this.classElement(element));
    }
    const [body, negated] = [parts.join(''), node.negate ? '^' : ''];
    if (complements.length === 0) return `[${negated}${body}]`;
    if (this.target === 'rust') return `[${negated}${body}${complements.map((c) => `[^${c}]`).join('')}]`;
    if (!node.negate) return `(?:${[...(body ? [`[${body}]`] : []), ...complements.map((c) => `[^${c}]`)].join('|')})`;
    return `(?:${body ? `(?![${body}])` : ''}${complements.map((c) => `(?=[${c}])`).join('')}(?s:.))`;
  }

  private classElement(node: AST.CharacterClassElement): string {
    switch (node.type) {
      case 'Character':
        return this.literal(node.value, true);
      case 'CharacterClassRange':
        return `${this.literal(node.min.value, true)}-${this.literal(node.max.value, true)}`;
      case 'CharacterSet':
        return node.kind === 'property' ? node.raw : this.items(SHORTHANDS[node.kind]);
      default:
        throw new Error(`unexpected ${node.type} in a u-flag pattern`);
    }
  }

  private set(items: CodePoints, negated: boolean): string {
    return `[${negated ? '^' : ''}${this.items(items)}]`;
  }

  private items(items: CodePoints): string {
    return items.map((i) => (typeof i === 'number' ? this.literal(i, true) : `${this.literal(i[0], true)}-${this.literal(i[1], true)}`)).join('');
  }

  /** One code point, written so that neither engine reads it as syntax. */
  private literal(cp: number, inClass: boolean): string {
    const char = String.fromCodePoint(cp);
    if ((inClass ? CLASS_META : META).has(char)) return `\\${char}`;
    if (cp >= 0x20 && cp <= 0x7e) return char;
    if (cp > 0x7e && !/[\p{C}\p{Z}]/u.test(char)) return char;
    const hex = cp.toString(16).toUpperCase();
    if (this.target === 'rust') return `\\x{${hex}}`;
    return cp <= 0xff ? `\\x${hex.padStart(2, '0')}` : cp <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
  }
}

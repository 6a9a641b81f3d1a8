import { javaProperty } from './regex-properties.js';

/**
 * JSON Schema patterns are ECMA-262 regular expressions (run with the `u` flag), searched anywhere in
 * the string; Bean Validation's `@Pattern` runs `java.util.regex` and must match the whole string.
 * This translates one into the other exactly, or says what cannot be expressed. Differences handled:
 * `.` `\s` `\S` `$` `\b` `\B` `\v` `\0` `\cX` `\u{…}` and surrogate pairs, `[` and `&&` inside a class,
 * empty classes, `\p{…}` spellings, group names Java rejects; reported: unbounded look-behind,
 * backreferences, properties Java lacks, and anything that is not valid ECMA-262.
 */
export interface PatternTranslation {
  readonly regex: string;
  /** Why the translation is not exact; empty when it is. */
  readonly problems: readonly string[];
}

export const SPACE = '\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const WORD_BOUNDARY = '(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))';
const NOT_WORD_BOUNDARY = '(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))';
const SYNTAX = '^$\\.*+?()[]{}|/';
/** ECMA-262 matches a backreference to a group that took no part as empty; Java fails it. */
const BACKREFERENCE = 'a backreference (ECMA-262 matches one to a group that took no part as empty, Java fails it)';

interface Term {
  readonly text: string;
  readonly anchor?: 'start' | 'end';
  readonly unbounded?: boolean;
}

class ParseError extends Error {}

export function translatePattern(pattern: string): PatternTranslation {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { regex: pattern, problems: [`not a valid ECMA-262 pattern (${(error as Error).message})`] };
  }
  const t = new Translator(pattern);
  try {
    const alternatives = t.disjunction();
    if (t.i < pattern.length) throw new ParseError(`unexpected "${pattern[t.i]}" at ${t.i}`);
    return { regex: anchored(alternatives), problems: t.problems };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { regex: pattern, problems: [`not a valid ECMA-262 pattern (${error.message})`] };
  }
}

/** Search semantics under a full match: wildcard prefix and suffix, left out where the pattern anchors itself. */
function anchored(alternatives: Term[][]): string {
  const only = alternatives.length === 1 ? alternatives[0] : undefined;
  const start = only?.[0]?.anchor === 'start';
  const end = only !== undefined && only.length > 0 && only[only.length - 1]?.anchor === 'end';
  const render = (terms: Term[], last: boolean): string => terms.map((term, i) => (term.anchor === 'end' ? (last && i === terms.length - 1 ? '$' : '\\z') : term.text)).join('');
  const body = alternatives.map((terms) => render(terms, end)).join('|');
  const grouped = alternatives.length > 1 ? `(?:${body})` : body;
  return `${start ? '' : '[\\s\\S]*?'}${grouped}${end ? '' : '[\\s\\S]*'}`;
}

class Translator {
  i = 0;
  readonly problems: string[] = [];
  private readonly names = new Map<string, string>();

  constructor(private readonly src: string) {
    for (const m of src.matchAll(/\(\?<([^=!][^>]*)>/g)) {
      const name = m[1] ?? '';
      if (!this.names.has(name)) this.names.set(name, /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? name : `connspecGroup${this.names.size + 1}`);
    }
  }

  private peek(offset = 0): string {
    return this.src[this.i + offset] ?? '';
  }

  private eat(text: string): boolean {
    if (!this.src.startsWith(text, this.i)) return false;
    this.i += text.length;
    return true;
  }

  private expect(text: string): void {
    if (!this.eat(text)) throw new ParseError(`expected "${text}" at ${this.i}`);
  }

  disjunction(): Term[][] {
    const alternatives: Term[][] = [this.alternative()];
    while (this.eat('|')) alternatives.push(this.alternative());
    return alternatives;
  }

  private alternative(): Term[] {
    const terms: Term[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') terms.push(this.quantified(this.term()));
    return terms;
  }

  private static render(alternatives: Term[][]): Term {
    const text = alternatives.map((a) => a.map((t) => (t.anchor === 'end' ? '\\z' : t.text)).join('')).join('|');
    return { text, unbounded: alternatives.some((a) => a.some((t) => t.unbounded)) };
  }

  private term(): Term {
    const c = this.peek();
    if (this.eat('^')) return { text: '^', anchor: 'start' };
    if (this.eat('$')) return { text: '\\z', anchor: 'end' };
    if (this.eat('\\b')) return { text: WORD_BOUNDARY };
    if (this.eat('\\B')) return { text: NOT_WORD_BOUNDARY };
    if (c === '(') return this.group();
    if (this.eat('.')) return { text: DOT };
    if (c === '[') return { text: this.charClass() };
    if (this.eat('\\')) return this.atomEscape();
    if ('*+?{}]'.includes(c)) throw new ParseError(`nothing to repeat or lone "${c}" at ${this.i}`);
    const cp = this.src.codePointAt(this.i) ?? 0;
    this.i += cp > 0xffff ? 2 : 1;
    return { text: String.fromCodePoint(cp) };
  }

  private quantified(term: Term): Term {
    const m = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(this.src.slice(this.i));
    if (!m) return term;
    if (term.anchor) throw new ParseError(`an anchor cannot be repeated (at ${this.i})`);
    this.i += m[0].length;
    const unbounded = /^[*+]|,\}/.test(m[0]) || term.unbounded === true;
    return { text: term.text + m[0], unbounded };
  }

  private group(): Term {
    this.expect('(');
    let open = '(';
    let lookbehind = false;
    if (this.eat('?:')) open = '(?:';
    else if (this.eat('?=')) open = '(?=';
    else if (this.eat('?!')) open = '(?!';
    else if (this.eat('?<=')) [open, lookbehind] = ['(?<=', true];
    else if (this.eat('?<!')) [open, lookbehind] = ['(?<!', true];
    else if (this.eat('?<')) {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) throw new ParseError('unterminated group name');
      const name = this.src.slice(this.i, end);
      this.i = end + 1;
      open = `(?<${this.names.get(name) ?? name}>`;
    } else if (this.peek() === '?') throw new ParseError(`unknown group "(?${this.peek(1)}" at ${this.i}`);
    const inner = Translator.render(this.disjunction());
    this.expect(')');
    if (lookbehind && inner.unbounded) this.problems.push(`look-behind "${open}…)" has no maximum length, which Java requires`);
    return { text: `${open}${inner.text})`, unbounded: inner.unbounded };
  }

  private atomEscape(): Term {
    const c = this.peek();
    if (/[1-9]/.test(c)) {
      const digits = /^\d+/.exec(this.src.slice(this.i))?.[0] ?? c;
      this.i += digits.length;
      this.problems.push(BACKREFERENCE);
      return { text: `(?:\\${digits})`, unbounded: true };
    }
    if (this.eat('k<')) {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) throw new ParseError('unterminated \\k<name>');
      const name = this.src.slice(this.i, end);
      this.i = end + 1;
      this.problems.push(BACKREFERENCE);
      return { text: `\\k<${this.names.get(name) ?? name}>`, unbounded: true };
    }
    if (this.eat('s')) return { text: `[${SPACE}]` };
    if (this.eat('S')) return { text: `[^${SPACE}]` };
    if ('dDwW'.includes(c) && c !== '') return (this.i++, { text: `\\${c}` });
    if (c === 'p' || c === 'P') return { text: this.property() };
    return { text: this.characterEscape() };
  }

  private property(): string {
    const negate = this.peek() === 'P';
    this.i++;
    this.expect('{');
    const end = this.src.indexOf('}', this.i);
    if (end < 0) throw new ParseError('unterminated \\p{');
    const body = this.src.slice(this.i, end);
    this.i = end + 1;
    if (body === 'Any') return negate ? '(?!)' : '[\\s\\S]';
    const java = javaProperty(body);
    if (java === undefined) this.problems.push(`\\p{${body}} has no Java equivalent`);
    return `\\${negate ? 'P' : 'p'}{${java ?? body}}`;
  }

  /** One character written as an escape (`\n`, `\x41`, `\u{1F600}`, `\/`…), in Java's spelling. */
  private characterEscape(): string {
    const c = this.peek();
    this.i++;
    const hex = (cp: number): string => `\\x{${cp.toString(16).toUpperCase()}}`;
    if ('fnrt'.includes(c)) return `\\${c}`;
    if (c === 'v') return hex(0x0b);
    if (c === '0' && !/\d/.test(this.peek())) return hex(0);
    if (c === 'c' && /[A-Za-z]/.test(this.peek())) return hex((this.src.charCodeAt(this.i++) ?? 0) % 32);
    if (c === 'x' && /^[0-9A-Fa-f]{2}/.test(this.src.slice(this.i))) return hex(parseInt(this.src.slice(this.i, (this.i += 2)), 16));
    if (c === 'u') return hex(this.unicodeEscape());
    if (SYNTAX.includes(c) || c === '-') return `\\${c}`;
    throw new ParseError(`invalid escape "\\${c}" under the u flag`);
  }

  private unicodeEscape(): number {
    const braced = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(this.i));
    if (braced) {
      this.i += braced[0].length;
      return parseInt(braced[1] ?? '0', 16);
    }
    const four = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.i));
    if (!four) throw new ParseError('invalid \\u escape');
    this.i += 4;
    const high = parseInt(four[0], 16);
    const low = /^\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})/.exec(this.src.slice(this.i));
    if (high >= 0xd800 && high <= 0xdbff && low) {
      this.i += 6;
      return 0x10000 + ((high - 0xd800) << 10) + (parseInt(low[1] ?? '0', 16) - 0xdc00);
    }
    return high;
  }

  private charClass(): string {
    this.expect('[');
    const negated = this.eat('^');
    if (this.eat(']')) return negated ? '[\\s\\S]' : '(?!)';
    let body = '';
    while (!this.eat(']')) {
      if (this.i >= this.src.length) throw new ParseError('unterminated character class');
      const first = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++;
        const last = this.classAtom();
        if (first.set || last.set) throw new ParseError('a class escape cannot bound a range');
        body += `${first.text}-${last.text}`;
      } else body += first.text;
    }
    return `[${negated ? '^' : ''}${body}]`;
  }

  private classAtom(): { text: string; set?: boolean } {
    if (this.eat('\\')) {
      const c = this.peek();
      if (this.eat('b')) return { text: '\\x{8}' };
      if (this.eat('s')) return { text: SPACE, set: true };
      if (this.eat('S')) return { text: `[^${SPACE}]`, set: true };
      if ('dDwW'.includes(c) && c !== '') return (this.i++, { text: `\\${c}`, set: true });
      if (c === 'p' || c === 'P') return { text: this.property(), set: true };
      return { text: this.characterEscape() };
    }
    const cp = this.src.codePointAt(this.i) ?? 0;
    this.i += cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    // Java reads `[` as a nested class and `&&` as intersection; ECMA-262 reads both literally.
    return { text: '[]&-^\\'.includes(ch) ? `\\${ch}` : ch };
  }
}

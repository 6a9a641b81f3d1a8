/**
 * ECMA-262 patterns (as ajv runs them: `u` flag, unanchored search) translated for Pydantic.
 *
 * Both engines differ from ECMA in ways that change results, so even a pattern they accept is
 * rewritten: `\d`, `\w` are ASCII in ECMA but Unicode in Rust and Python; `\s` is ECMA's own set;
 * `.` excludes every ECMA line terminator; Python's `$` also matches before a final newline (so it
 * becomes `\Z`). Look-around, backreferences and word boundaries need Python's `re`; everything
 * else runs on pydantic-core's Rust engine through `Field(pattern=...)`.
 */
export type Engine = 'rust' | 'python';

export type TranslatedPattern =
  | { readonly engine: Engine; readonly regex: string }
  | { readonly engine: 'none'; readonly problem: string };

/** ECMA-262 `\s`: WhiteSpace and LineTerminator code points. */
const WHITESPACE = [[0x09, 0x0d], 0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff] as const;
const LINE_TERMINATORS = [0x0a, 0x0d, 0x2028, 0x2029];
/** Characters escaped outside a class, and inside one (where `&&`, `--`, `~~` and `[` mean sets to Rust, and warn in Python). */
const META = new Set('\\.+*?()|[]{}^$#&-~');
const CLASS_META = new Set('\\]-[^&~|');

/**
 * Translates one pattern for Rust if it can run it, else for Python (or only for `only`);
 * `engine: 'none'` when no engine can run it as ECMA does.
 */
export function translatePattern(source: string, only?: Engine): TranslatedPattern {
  const rust = only === 'python' ? undefined : new Translator(source, 'rust').run();
  if (rust?.ok) return { engine: 'rust', regex: rust.out };
  const python = new Translator(source, 'python').run();
  if (python.ok) return { engine: 'python', regex: `(?a)${python.out}` };
  return { engine: 'none', problem: python.problem };
}

type Result = { ok: true; out: string } | { ok: false; problem: string };

class Translator {
  private pos = 0;
  private out = '';

  constructor(
    private readonly src: string,
    private readonly target: Engine,
  ) {}

  run(): Result {
    try {
      while (this.pos < this.src.length) this.out += this.atom();
      return { ok: true, out: this.out };
    } catch (error) {
      return { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
  }

  private python(what: string): void {
    if (this.target === 'rust') throw new Error(`${what} needs Python's re`);
  }

  private atom(): string {
    const c = this.src[this.pos++] ?? '';
    if (c === '\\') return this.escape();
    if (c === '[') return this.characterClass();
    if (c === '.') return this.set(LINE_TERMINATORS, true);
    if (c === '$') return this.target === 'python' ? '\\Z' : '$';
    if (c === '(') return this.group();
    if ('^)|*+?'.includes(c)) return c;
    if (c === '{') return this.quantifier();
    const cp = this.src.codePointAt(this.pos - 1) ?? 0;
    if (cp > 0xffff) this.pos++;
    return this.literal(cp, false);
  }

  private quantifier(): string {
    const end = this.src.indexOf('}', this.pos);
    const body = this.src.slice(this.pos, end);
    this.pos = end + 1;
    return `{${body}}`;
  }

  private group(): string {
    const rest = this.src.slice(this.pos);
    for (const look of ['?=', '?!', '?<=', '?<!']) {
      if (rest.startsWith(look)) {
        this.python('look-around');
        this.pos += look.length;
        return `(${look}`;
      }
    }
    const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(rest);
    if (named) {
      this.pos += named[0].length;
      return `(?P<${named[1]}>`;
    }
    if (rest.startsWith('?:')) {
      this.pos += 2;
      return '(?:';
    }
    return '(';
  }

  private escape(): string {
    const c = this.src[this.pos++] ?? '';
    const shorthand = this.shorthand(c, false);
    if (shorthand !== undefined) return shorthand;
    if (c === 'b' || c === 'B') {
      this.python('a word boundary');
      return `\\${c}`;
    }
    if (/[1-9]/.test(c)) {
      this.python('a backreference');
      const digits = /^\d*/.exec(this.src.slice(this.pos))?.[0] ?? '';
      this.pos += digits.length;
      return `(?:\\${c}${digits})`;
    }
    if (c === 'k') {
      this.python('a backreference');
      const name = /^<([^>]+)>/.exec(this.src.slice(this.pos));
      this.pos += name?.[0].length ?? 0;
      return `(?P=${name?.[1] ?? ''})`;
    }
    if (c === 'p' || c === 'P') return this.property(c);
    return this.literal(this.codePoint(c), false);
  }

  /** `\d \D \w \W \s \S`, inside a class (`inClass`) or not. */
  private shorthand(c: string, inClass: boolean): string | undefined {
    const sets: Record<string, readonly (number | readonly [number, number])[]> = {
      d: [[0x30, 0x39]],
      w: [[0x30, 0x39], [0x41, 0x5a], 0x5f, [0x61, 0x7a]],
      s: WHITESPACE,
    };
    const set = sets[c.toLowerCase()];
    if (set === undefined) return undefined;
    const negated = c !== c.toLowerCase();
    if (inClass && !negated) return this.items(set);
    return this.set(set, negated);
  }

  private set(items: readonly (number | readonly [number, number])[], negated: boolean): string {
    return `[${negated ? '^' : ''}${this.items(items)}]`;
  }

  private items(items: readonly (number | readonly [number, number])[]): string {
    return items.map((i) => (typeof i === 'number' ? this.literal(i, true) : `${this.literal(i[0], true)}-${this.literal(i[1], true)}`)).join('');
  }

  private property(c: string): string {
    if (this.target === 'python') throw new Error('a Unicode property escape (\\p{…}) is not supported by Python\'s re');
    const body = /^\{[^}]*\}/.exec(this.src.slice(this.pos))?.[0] ?? '';
    this.pos += body.length;
    return `\\${c}${body}`;
  }

  /** The code point an escape (after the backslash) stands for. */
  private codePoint(c: string): number {
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (c in simple) return simple[c] ?? 0;
    if (c === 'c') return (this.src.charCodeAt(this.pos++) ?? 0) % 32;
    if (c === 'x') return this.hex(2);
    if (c === 'u') return this.unicode();
    return c.codePointAt(0) ?? 0;
  }

  private hex(length: number): number {
    const digits = this.src.slice(this.pos, this.pos + length);
    this.pos += length;
    return Number.parseInt(digits, 16);
  }

  private unicode(): number {
    if (this.src[this.pos] === '{') {
      const end = this.src.indexOf('}', this.pos);
      const value = Number.parseInt(this.src.slice(this.pos + 1, end), 16);
      this.pos = end + 1;
      return value;
    }
    const high = this.hex(4);
    const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.src.slice(this.pos));
    if (high >= 0xd800 && high <= 0xdbff && low) {
      this.pos += 6;
      return 0x10000 + ((high - 0xd800) << 10) + (Number.parseInt(low[1] ?? '0', 16) - 0xdc00);
    }
    if (high >= 0xd800 && high <= 0xdfff) this.python('a lone surrogate');
    return high;
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

  private characterClass(): string {
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    if (this.src[this.pos] === ']') {
      this.pos++;
      this.python(negated ? 'the any-character class [^]' : 'the empty class []');
      return negated ? '(?s:.)' : '(?!)';
    }
    const parts: string[] = [];
    const complements: string[] = [];
    while (this.src[this.pos] !== ']' && this.pos < this.src.length) {
      const item = this.classItem();
      if (item.complement !== undefined) complements.push(item.complement);
      else parts.push(item.text);
    }
    this.pos++;
    return this.joinClass(parts.join(''), complements, negated);
  }

  /** A class holding `\D`, `\W` or `\S`: Rust nests classes; Python needs alternation or look-ahead. */
  private joinClass(body: string, complements: readonly string[], negated: boolean): string {
    if (complements.length === 0) return `[${negated ? '^' : ''}${body}]`;
    if (this.target === 'rust') return `[${negated ? '^' : ''}${body}${complements.map((c) => `[^${c}]`).join('')}]`;
    if (!negated) return `(?:${[...(body ? [`[${body}]`] : []), ...complements.map((c) => `[^${c}]`)].join('|')})`;
    return `(?:${body ? `(?![${body}])` : ''}${complements.map((c) => `(?=[${c}])`).join('')}(?s:.))`;
  }

  private classItem(): { text: string; complement?: string } {
    const start = this.classAtom();
    if (start.complement !== undefined || start.cp === undefined) return start;
    if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
      this.pos++;
      const end = this.classAtom();
      if (end.cp !== undefined) return { text: `${this.literal(start.cp, true)}-${this.literal(end.cp, true)}` };
      return { text: `${start.text}\\-${end.text}` };
    }
    return start;
  }

  private classAtom(): { text: string; cp?: number; complement?: string } {
    const c = this.src[this.pos++] ?? '';
    if (c !== '\\') {
      const cp = this.src.codePointAt(this.pos - 1) ?? 0;
      if (cp > 0xffff) this.pos++;
      return { text: this.literal(cp, true), cp };
    }
    const e = this.src[this.pos++] ?? '';
    if ('dwsDWS'.includes(e) && e !== '') {
      if (e === e.toLowerCase()) return { text: this.shorthand(e, true) ?? '' };
      return { text: '', complement: this.shorthand(e.toLowerCase(), true) ?? '' };
    }
    if (e === 'p' || e === 'P') return { text: this.property(e) };
    const cp = e === 'b' ? 8 : e === '-' ? 0x2d : this.codePoint(e);
    return { text: this.literal(cp, true), cp };
  }
}

import { describe, expect, it } from 'vitest';
import { translatePattern } from '@connspec/generator-python';

type Translation = ReturnType<typeof translatePattern>;

/** Every node kind of an ECMA-262 pattern: the translation, and (when it differs) the one for Python's re only. */
const CASES: readonly (readonly [pattern: string, translation: Translation, pythonOnly?: Translation])[] = [
  ['^a$', { engine: 'rust', regex: '^a$' }, { engine: 'python', regex: '(?a)^a\\Z' }],
  ['a$', { engine: 'rust', regex: 'a$' }, { engine: 'python', regex: '(?a)a\\Z' }],
  ['^a', { engine: 'rust', regex: '^a' }, { engine: 'python', regex: '(?a)^a' }],
  ['cat|dog', { engine: 'rust', regex: 'cat|dog' }, { engine: 'python', regex: '(?a)cat|dog' }],
  ['^a$|b', { engine: 'rust', regex: '^a$|b' }, { engine: 'python', regex: '(?a)^a\\Z|b' }],
  ['(?:a|b$)c$', { engine: 'rust', regex: '(?:a|b$)c$' }, { engine: 'python', regex: '(?a)(?:a|b\\Z)c\\Z' }],
  ['.', { engine: 'rust', regex: '[^\\x{A}\\x{D}\\x{2028}\\x{2029}]' }, { engine: 'python', regex: '(?a)[^\\x0A\\x0D\\u2028\\u2029]' }],
  ['\\s', { engine: 'rust', regex: '[\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]' }, { engine: 'python', regex: '(?a)[\\x09-\\x0D \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]' }],
  ['\\S', { engine: 'rust', regex: '[^\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]' }, { engine: 'python', regex: '(?a)[^\\x09-\\x0D \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]' }],
  ['[\\s]', { engine: 'rust', regex: '[\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]' }, { engine: 'python', regex: '(?a)[\\x09-\\x0D \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]' }],
  ['[^\\S]', { engine: 'rust', regex: '[^[^\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]]' }, { engine: 'python', regex: '(?a)(?:(?=[\\x09-\\x0D \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF])(?s:.))' }],
  ['\\d\\D\\w\\W', { engine: 'rust', regex: '[0-9][^0-9][0-9A-Z_a-z][^0-9A-Z_a-z]' }, { engine: 'python', regex: '(?a)[0-9][^0-9][0-9A-Z_a-z][^0-9A-Z_a-z]' }],
  ['[\\d\\W]', { engine: 'rust', regex: '[0-9[^0-9A-Z_a-z]]' }, { engine: 'python', regex: '(?a)(?:[0-9]|[^0-9A-Z_a-z])' }],
  ['[\\D\\Wa]', { engine: 'rust', regex: '[a[^0-9][^0-9A-Z_a-z]]' }, { engine: 'python', regex: '(?a)(?:[a]|[^0-9]|[^0-9A-Z_a-z])' }],
  ['[^\\Sx]', { engine: 'rust', regex: '[^x[^\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]]' }, { engine: 'python', regex: '(?a)(?:(?![x])(?=[\\x09-\\x0D \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF])(?s:.))' }],
  ['[^\\S\\D]', { engine: 'rust', regex: '[^[^\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}][^0-9]]' }, { engine: 'python', regex: '(?a)(?:(?=[\\x09-\\x0D \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF])(?=[0-9])(?s:.))' }],
  ['\\bx\\B', { engine: 'python', regex: '(?a)\\bx\\B' }],
  ['(?=a)(?!b)', { engine: 'python', regex: '(?a)(?=a)(?!b)' }],
  ['(?<=ab)c', { engine: 'python', regex: '(?a)(?<=ab)c' }],
  ['(?<!a+)b', { engine: 'regex', regex: '(?<!a+)b' }],
  ['(?<=a{2,}?)b', { engine: 'regex', regex: '(?<=a{2,}?)b' }],
  ['(?<=(a)\\1)b', { engine: 'regex', regex: '(?<=(a)(?:\\1))b' }],
  ['(?<=ab|c)d', { engine: 'regex', regex: '(?<=ab|c)d' }],
  ['(?<=a{1,3})b', { engine: 'regex', regex: '(?<=a{1,3})b' }],
  ['(?<=a{3}|b[^]c|x(?:x|yz){0}yz)d', { engine: 'python', regex: '(?a)(?<=a{3}|b(?s:.)c|x(?:x|yz){0}yz)d' }],
  ['(?<=a[]|bc)d', { engine: 'regex', regex: '(?<=a(?!)|bc)d' }],
  ['(?<=\\p{Lu})\\bx', { engine: 'regex', regex: '(?<=\\p{Lu})(?:(?<=[0-9A-Z_a-z])(?![0-9A-Z_a-z])|(?<![0-9A-Z_a-z])(?=[0-9A-Z_a-z]))x' }],
  ['\\p{Cs}\\p{sc=Zzzz}', { engine: 'regex', regex: '\\p{Cs}\\p{sc=Zzzz}' }],
  ['\\p{scx=Tols}', { engine: 'regex', regex: '\\p{scx=Tols}' }],
  ['(?<=(?=a*)b)c', { engine: 'python', regex: '(?a)(?<=(?=a*)b)c' }],
  ['(a)\\1', { engine: 'python', regex: '(?a)(a)(?:\\1)' }],
  ['(?<y>a)\\k<y>', { engine: 'python', regex: '(?a)(?P<y>a)(?P=y)' }],
  ['(?<y_1>a)(?<ok>b)\\k<y_1>', { engine: 'python', regex: '(?a)(?P<y_1>a)(?P<ok>b)(?P=y_1)' }],
  ['\\p{L}', { engine: 'rust', regex: '\\p{L}' }, { engine: 'regex', regex: '\\p{L}' }],
  ['\\P{Lu}', { engine: 'rust', regex: '\\P{Lu}' }, { engine: 'regex', regex: '\\P{Lu}' }],
  ['\\p{Letter}', { engine: 'rust', regex: '\\p{Letter}' }, { engine: 'regex', regex: '\\p{Letter}' }],
  ['\\p{Script=Greek}', { engine: 'rust', regex: '\\p{Script=Greek}' }, { engine: 'regex', regex: '\\p{Script=Greek}' }],
  ['\\p{scx=Latn}', { engine: 'rust', regex: '\\p{scx=Latn}' }, { engine: 'regex', regex: '\\p{scx=Latn}' }],
  ['\\p{Any}', { engine: 'rust', regex: '\\p{Any}' }, { engine: 'regex', regex: '\\p{Any}' }],
  ['\\P{Any}', { engine: 'rust', regex: '\\P{Any}' }, { engine: 'regex', regex: '\\P{Any}' }],
  ['[\\p{L}\\P{Any}]', { engine: 'rust', regex: '[\\p{L}\\P{Any}]' }, { engine: 'regex', regex: '[\\p{L}\\P{Any}]' }],
  ['\\p{Alphabetic}', { engine: 'rust', regex: '\\p{Alphabetic}' }, { engine: 'regex', regex: '\\p{Alphabetic}' }],
  ['\\p{ASCII}', { engine: 'rust', regex: '\\p{ASCII}' }, { engine: 'regex', regex: '\\p{ASCII}' }],
  ['\\p{gc=Lu}', { engine: 'rust', regex: '\\p{gc=Lu}' }, { engine: 'regex', regex: '\\p{gc=Lu}' }],
  ['\\f\\n\\r\\t\\v\\0', { engine: 'rust', regex: '\\x{C}\\x{A}\\x{D}\\x{9}\\x{B}\\x{0}' }, { engine: 'python', regex: '(?a)\\x0C\\x0A\\x0D\\x09\\x0B\\x00' }],
  ['\\cJ\\x41\\u0041\\u{1F600}\\uD83D\\uDE00', { engine: 'rust', regex: '\\x{A}AA😀😀' }, { engine: 'python', regex: '(?a)\\x0AAA😀😀' }],
  ['\\uD83D', { engine: 'python', regex: '(?a)\\uD83D' }],
  ['\\u{D800}', { engine: 'rust', regex: '\\x{D800}' }, { engine: 'python', regex: '(?a)\\uD800' }],
  ['\\/\\.\\*\\\\\\$', { engine: 'rust', regex: '/\\.\\*\\\\\\$' }, { engine: 'python', regex: '(?a)/\\.\\*\\\\\\$' }],
  ['a#&~-<>', { engine: 'rust', regex: 'a\\#\\&\\~\\-<>' }, { engine: 'python', regex: '(?a)a\\#\\&\\~\\-<>' }],
  ['[]', { engine: 'python', regex: '(?a)(?!)' }],
  ['[^]', { engine: 'python', regex: '(?a)(?s:.)' }],
  ['[[]', { engine: 'rust', regex: '[\\[]' }, { engine: 'python', regex: '(?a)[\\[]' }],
  ['[a&&b]', { engine: 'rust', regex: '[a\\&\\&b]' }, { engine: 'python', regex: '(?a)[a\\&\\&b]' }],
  ['[\\b\\-^|~]', { engine: 'rust', regex: '[\\x{8}\\-\\^\\|\\~]' }, { engine: 'python', regex: '(?a)[\\x08\\-\\^\\|\\~]' }],
  ['[+--]', { engine: 'rust', regex: '[+-\\-]' }, { engine: 'python', regex: '(?a)[+-\\-]' }],
  ['[\\^\\]\\\\]', { engine: 'rust', regex: '[\\^\\]\\\\]' }, { engine: 'python', regex: '(?a)[\\^\\]\\\\]' }],
  ['[^a-z0-9_]', { engine: 'rust', regex: '[^a-z0-9_]' }, { engine: 'python', regex: '(?a)[^a-z0-9_]' }],
  ['[\\x00-\\x1f\\u{1F600}-\\u{1F602}]', { engine: 'rust', regex: '[\\x{0}-\\x{1F}😀-😂]' }, { engine: 'python', regex: '(?a)[\\x00-\\x1F😀-😂]' }],
  ['a*b+?c{2}d{2,}?e{1,3}', { engine: 'rust', regex: 'a*b+?c{2}d{2,}?e{1,3}' }, { engine: 'python', regex: '(?a)a*b+?c{2}d{2,}?e{1,3}' }],
  ['(?:ab)+', { engine: 'rust', regex: '(?:ab)+' }, { engine: 'python', regex: '(?a)(?:ab)+' }],
  ['😀é\u00a0\u2028\u0085\u00ad', { engine: 'rust', regex: '😀é\\x{A0}\\x{2028}\\x{85}\\x{AD}' }, { engine: 'python', regex: '(?a)😀é\\xA0\\u2028\\x85\\xAD' }],
];

describe('ECMA-262 patterns for Pydantic', () => {
  it('runs what Rust can run on Rust, with ECMA meanings for \\d, \\w, \\s and .', () => {
    expect(translatePattern('^\\d{1,5}$')).toEqual({ engine: 'rust', regex: '^[0-9]{1,5}$' });
    expect(translatePattern('^\\w+\\.x$')).toEqual({ engine: 'rust', regex: '^[0-9A-Z_a-z]+\\.x$' });
    expect(translatePattern('a.b')).toEqual({ engine: 'rust', regex: 'a[^\\x{A}\\x{D}\\x{2028}\\x{2029}]b' });
    expect(translatePattern('^[^:/\\s]+$')).toEqual({ engine: 'rust', regex: '^[^:/\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]+$' });
    expect(translatePattern('\\u{1F600}\\/<')).toEqual({ engine: 'rust', regex: '😀/<' });
    expect(translatePattern('^\\p{Lu}[\\D]$')).toEqual({ engine: 'rust', regex: '^\\p{Lu}[[^0-9]]$' });
  });

  it("switches to Python's re for look-around, backreferences and word boundaries, anchoring $ as \\Z", () => {
    expect(translatePattern('^(?=.*\\d)\\w+$')).toEqual({ engine: 'python', regex: '(?a)^(?=[^\\x0A\\x0D\\u2028\\u2029]*[0-9])[0-9A-Z_a-z]+\\Z' });
    expect(translatePattern('^(?<q>[\'"]).*\\k<q>$')).toMatchObject({ engine: 'python', regex: expect.stringContaining('(?P<q>[\'"])') });
    expect(translatePattern('\\bword\\b')).toEqual({ engine: 'python', regex: '(?a)\\bword\\b' });
    expect(translatePattern('^[^\\Sx]$')).toMatchObject({ engine: 'rust' });
    expect(translatePattern('(?<=a)[^\\Sx]', 'python')).toEqual({ engine: 'python', regex: expect.stringContaining('(?:(?![x])(?=[\\x09-\\x0D') });
  });

  it('runs on the regex package what re cannot: a variable look-behind, property escapes beside look-around (no (?a): it would make \\p ASCII)', () => {
    expect(translatePattern('(?<=\\p{L})x')).toEqual({ engine: 'regex', regex: '(?<=\\p{L})x' });
    expect(translatePattern('^(?=A)\\p{Lu}+$')).toEqual({ engine: 'regex', regex: '^(?=A)\\p{Lu}+\\Z' });
  });

  it('reports what no Python engine can run', () => {
    expect(translatePattern('\\p{CWKCF}')).toEqual({ engine: 'none', problem: 'no Python regex engine knows the Unicode property escape \\p{CWKCF}' });
    expect(translatePattern('a|[\\P{Changes_When_NFKC_Casefolded}]', 'python')).toMatchObject({ engine: 'none' });
  });

  for (const [pattern, translation, pythonOnly = translation] of CASES) {
    it(pattern, () => {
      expect(translatePattern(pattern)).toEqual(translation);
      expect(translatePattern(pattern, 'python')).toEqual(pythonOnly);
    });
  }

  it('leaves a pattern that is not ECMA-262 (u flag) unchecked rather than guess what it means', () => {
    expect(translatePattern('(?U)^\\w+$')).toEqual({ engine: 'none', problem: 'not a valid ECMA-262 pattern (Invalid regular expression: /(?U)^\\w+$/u: Invalid group)' });
    expect(translatePattern('\\<', 'python')).toEqual({ engine: 'none', problem: 'not a valid ECMA-262 pattern (Invalid regular expression: /\\</u: Invalid escape)' });
  });
});

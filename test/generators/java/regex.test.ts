import { describe, expect, it } from 'vitest';
import { translatePattern } from '@connspec/generator-java';

/** Every node kind of an ECMA-262 pattern in Java's dialect: the translation and what it reports. */
const CASES: readonly (readonly [pattern: string, regex: string, problems?: readonly string[]])[] = [
  ['^a$', '^a$'],
  ['a$', '[\\s\\S]*?a$'],
  ['^a', '^a[\\s\\S]*'],
  ['cat|dog', '[\\s\\S]*?(?:cat|dog)[\\s\\S]*'],
  ['^a$|b', '[\\s\\S]*?(?:^a\\z|b)[\\s\\S]*'],
  ['(?:a|b$)c$', '[\\s\\S]*?(?:a|b\\z)c$'],
  ['.', '[\\s\\S]*?[^\\n\\r\\x{2028}\\x{2029}][\\s\\S]*'],
  ['\\s', '[\\s\\S]*?[\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}][\\s\\S]*'],
  ['\\S', '[\\s\\S]*?[^\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}][\\s\\S]*'],
  ['[\\s]', '[\\s\\S]*?[\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}][\\s\\S]*'],
  ['[^\\S]', '[\\s\\S]*?[^[^\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]][\\s\\S]*'],
  ['\\d\\D\\w\\W', '[\\s\\S]*?\\d\\D\\w\\W[\\s\\S]*'],
  ['[\\d\\W]', '[\\s\\S]*?[\\d\\W][\\s\\S]*'],
  ['[\\D\\Wa]', '[\\s\\S]*?[\\D\\Wa][\\s\\S]*'],
  ['[^\\Sx]', '[\\s\\S]*?[^[^\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]x][\\s\\S]*'],
  ['[^\\S\\D]', '[\\s\\S]*?[^[^\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]\\D][\\s\\S]*'],
  ['\\bx\\B', '[\\s\\S]*?(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))x(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))[\\s\\S]*'],
  ['(?=a)(?!b)', '[\\s\\S]*?(?=a)(?!b)[\\s\\S]*'],
  ['(?<=ab)c', '[\\s\\S]*?(?<=ab)c[\\s\\S]*'],
  ['(?<!a+)b', '[\\s\\S]*?(?<!a+)b[\\s\\S]*', ['look-behind "(?<!…)" has no maximum length, which Java requires']],
  ['(?<=a{2,}?)b', '[\\s\\S]*?(?<=a{2,}?)b[\\s\\S]*', ['look-behind "(?<=…)" has no maximum length, which Java requires']],
  ['(?<=(a)\\1)b', '[\\s\\S]*?(?<=(a)(?:\\1))b[\\s\\S]*', ['a backreference (ECMA-262 matches one to a group that took no part as empty, Java fails it)', 'look-behind "(?<=…)" has no maximum length, which Java requires']],
  ['(?<=(?=a*)b)c', '[\\s\\S]*?(?<=(?=a*)b)c[\\s\\S]*', ['look-behind "(?<=…)" has no maximum length, which Java requires']],
  ['(a)\\1', '[\\s\\S]*?(a)(?:\\1)[\\s\\S]*', []],
  ['(a)?\\1', '[\\s\\S]*?(a)?(?:\\1)[\\s\\S]*', ['a backreference (ECMA-262 matches one to a group that took no part as empty, Java fails it)']],
  ['\\1(a)', '[\\s\\S]*?(?:\\1)(a)[\\s\\S]*', ['a backreference (ECMA-262 matches one to a group that took no part as empty, Java fails it)']],
  ['(?:(a)|b)\\1', '[\\s\\S]*?(?:(a)|b)(?:\\1)[\\s\\S]*', ['a backreference (ECMA-262 matches one to a group that took no part as empty, Java fails it)']],
  ['(?:x(a))+\\1', '[\\s\\S]*?(?:x(a))+(?:\\1)[\\s\\S]*', []],
  ['(?<y>a)\\k<y>', '[\\s\\S]*?(?<y>a)\\k<y>[\\s\\S]*', []],
  ['(?<y_1>a)(?<ok>b)(?<\\u0061b>c)\\k<y_1>', '[\\s\\S]*?(?<connspecGroup1>a)(?<ok>b)(?<connspecGroup3>c)\\k<connspecGroup1>[\\s\\S]*', []],
  ['(?<é>a)', '[\\s\\S]*?(?<connspecGroup1>a)[\\s\\S]*'],
  ['\\p{L}', '[\\s\\S]*?\\p{L}[\\s\\S]*'],
  ['\\P{Lu}', '[\\s\\S]*?\\P{Lu}[\\s\\S]*'],
  ['\\p{Letter}', '[\\s\\S]*?\\p{L}[\\s\\S]*'],
  ['\\p{Script=Greek}', '[\\s\\S]*?\\p{sc=Greek}[\\s\\S]*'],
  ['\\p{scx=Latn}', '[\\s\\S]*?\\p{scx=Latn}[\\s\\S]*', ['\\p{scx=Latn} has no Java equivalent']],
  ['\\p{Any}', '[\\s\\S]*?[\\s\\S][\\s\\S]*'],
  ['\\P{Any}', '[\\s\\S]*?(?!)[\\s\\S]*'],
  ['[\\p{L}\\P{Any}]', '[\\s\\S]*?[\\p{L}(?!)][\\s\\S]*'],
  ['\\p{Alphabetic}', '[\\s\\S]*?\\p{IsAlphabetic}[\\s\\S]*'],
  ['\\p{ASCII}', '[\\s\\S]*?\\p{ASCII}[\\s\\S]*'],
  ['\\p{gc=Lu}', '[\\s\\S]*?\\p{Lu}[\\s\\S]*'],
  ['\\f\\n\\r\\t\\v\\0', '[\\s\\S]*?\\f\\n\\r\\t\\x{B}\\x{0}[\\s\\S]*'],
  ['\\cJ\\x41\\u0041\\u{1F600}\\uD83D\\uDE00', '[\\s\\S]*?\\x{A}\\x{41}\\x{41}\\x{1F600}\\x{1F600}[\\s\\S]*'],
  ['\\uD83D', '[\\s\\S]*?\\x{D83D}[\\s\\S]*'],
  ['\\u{D800}', '[\\s\\S]*?\\x{D800}[\\s\\S]*'],
  ['\\/\\.\\*\\\\\\$', '[\\s\\S]*?\\/\\.\\*\\\\\\$[\\s\\S]*'],
  ['a#&~-<>', '[\\s\\S]*?a#&~-<>[\\s\\S]*'],
  ['[]', '[\\s\\S]*?(?!)[\\s\\S]*'],
  ['[^]', '[\\s\\S]*?[\\s\\S][\\s\\S]*'],
  ['[[]', '[\\s\\S]*?[\\[][\\s\\S]*'],
  ['[a&&b]', '[\\s\\S]*?[a\\&\\&b][\\s\\S]*'],
  ['[\\b\\-^|~]', '[\\s\\S]*?[\\x{8}\\-\\^|~][\\s\\S]*'],
  ['[+--]', '[\\s\\S]*?[+-\\-][\\s\\S]*'],
  ['[\\^\\]\\\\]', '[\\s\\S]*?[\\^\\]\\\\][\\s\\S]*'],
  ['[^a-z0-9_]', '[\\s\\S]*?[^a-z0-9_][\\s\\S]*'],
  ['[\\x00-\\x1f\\u{1F600}-\\u{1F602}]', '[\\s\\S]*?[\\x{0}-\\x{1F}\\x{1F600}-\\x{1F602}][\\s\\S]*'],
  ['a*b+?c{2}d{2,}?e{1,3}', '[\\s\\S]*?a*b+?c{2}d{2,}?e{1,3}[\\s\\S]*'],
  ['(?:ab)+', '[\\s\\S]*?(?:ab)+[\\s\\S]*'],
  ['😀é\u00a0\u2028\u0085\u00ad', '[\\s\\S]*?😀é\u00a0\u2028\u0085\u00ad[\\s\\S]*'],
];

describe('ECMA-262 patterns in Java\'s dialect', () => {
  for (const [pattern, regex, problems = []] of CASES) {
    it(pattern, () => expect(translatePattern(pattern)).toEqual({ regex, problems }));
  }

  it('keeps a pattern that is not ECMA-262 (u flag) as it is, and says why', () => {
    expect(translatePattern('(?U)a')).toEqual({ regex: '(?U)a', problems: ['not a valid ECMA-262 pattern (Invalid regular expression: /(?U)a/u: Invalid group)'] });
  });
});

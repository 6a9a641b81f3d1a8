import { describe, expect, it } from 'vitest';
import { analyse, type TargetLanguage } from '@connspec/core';
import { LANGUAGES } from '../../support/languages.js';
import { schema } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';

const A = 'a.json';
const RUST = 'Rust regex (Pydantic default)';

async function portable(pattern: string, languages: readonly TargetLanguage[] = LANGUAGES): Promise<string[]> {
  const { diagnostics } = await analyse(tempConfig(), [schema(A, '  "type": "string",', `  "pattern": ${JSON.stringify(pattern)}`)], { languages });
  return diagnostics.filter((d) => d.rule === 'pattern-portable').map((d) => d.message);
}

/** Each construct some target's engine does not share, with the engines the finding names (in the targets' order). */
const CASES: readonly (readonly [pattern: string, uses: readonly (readonly [what: string, engines: string])[]])[] = [
  ['^(?<=a)b$', [['look-behind', RUST]]],
  ['^(?!a)b', [['look-ahead', RUST]]],
  ['(a)\\1', [['a backreference', RUST]]],
  ['(?<n>a)', [['a named group (?<name>…)', 'Python re (needs (?P<name>…))']]],
  ['^\\P{Lu}$', [['a Unicode property escape \\p{…}', 'Java (names properties differently)']]],
  ['[\\u{41}-\\u{5A}]', [['a \\u{…} code point escape', 'Python re and Java (use \\uXXXX)']]],
  ['\\cJ', [['a \\cX control escape', 'Python re']]],
  ['a[^]', [['an empty class [] or [^]', 'Python re and Java']]],
  // One finding per construct, sorted like every diagnostic at one place (by message).
  ['(?<n>a)(?=b)\\k<n>', [['a backreference', RUST], ['a named group (?<name>…)', 'Python re (needs (?P<name>…))'], ['look-ahead', RUST]]],
  // Read from the AST, not the text: escaped syntax and class members are literal characters.
  ['\\(?=a', []],
  ['[(?<=x)]', []],
  ['\\\\1', []],
  ['[[]', []],
  ['^[a-z]+$', []],
];

describe('pattern-portable', () => {
  it.each(CASES)('%s', async (pattern, uses) => {
    expect(await portable(pattern)).toEqual(uses.map(([what, engines]) => `/${pattern}/ uses ${what}, which ${engines} cannot run the same way`));
  });

  it('leaves a pattern that is not ECMA-262 to pattern-ecma', async () => {
    expect(await portable('(?=a')).toEqual([]);
  });

  it('names only the engines of the targets given', async () => {
    expect(await portable('(?=a)', [])).toEqual([]);
    expect(await portable('\\cJ(?=a)', [{ ...LANGUAGES[0]!, patternDialects: [{ id: 'x', unshared: { 'control-escape': 'X' } }] }])).toEqual(['/\\cJ(?=a)/ uses a \\cX control escape, which X cannot run the same way']);
  });
});

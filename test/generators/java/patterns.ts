import { childNodes, type IR } from '@connspec/core';

/**
 * ECMA-262 patterns where Java's dialect differs, with inputs that expose each difference; the test
 * checks every translation decides each input as JavaScript (`new RegExp(p, 'u').test(s)`) does.
 */
export const TRICKY_PATTERNS: readonly { pattern: string; inputs: readonly string[] }[] = [
  { pattern: '^a$', inputs: ['a', 'a\n', 'ba', ''] },
  { pattern: 'a$', inputs: ['xa', 'xa\n', 'ax'] },
  { pattern: '\\s', inputs: ['a b', '\u00a0', '\u2028', '\ufeff', '\u1680', 'ab', '\u0085'] },
  { pattern: '^\\S+$', inputs: ['ab', 'a\u00a0b', 'a\u3000', '\u0085'] },
  { pattern: '^[^:\\s]+$', inputs: ['host', 'ho st', 'ho\u00a0st', 'a:b'] },
  { pattern: '^[a\\S]$', inputs: ['a', 'b', ' ', '\u00a0'] },
  { pattern: '^[^a\\S]$', inputs: ['a', 'b', ' ', '\u00a0'] },
  { pattern: '^.$', inputs: ['a', '\n', '\r', '\u2028', '\u0085', '😀', ''] },
  { pattern: '\\bfoo\\b', inputs: ['a foo b', 'éfooé', 'xfoo', 'foo'] },
  { pattern: '\\Bo\\B', inputs: ['foo', 'o', 'éoé'] },
  { pattern: 'cat|dog', inputs: ['hotdog', 'cats', 'cow'] },
  { pattern: '^cat|dog$', inputs: ['catalog', 'hotdog', 'a cat', 'dogs'] },
  { pattern: '^(?:a|b)+$', inputs: ['abba', 'abc', ''] },
  { pattern: '[[]', inputs: ['[', ']', 'a'] },
  { pattern: '^[a&&b]$', inputs: ['&', 'a', 'b', 'c'] },
  { pattern: '^[^]$', inputs: ['\n', 'a', ''] },
  { pattern: '^[]$', inputs: ['', 'a'] },
  { pattern: '\\u{1F600}', inputs: ['😀', 'x'] },
  { pattern: '^\\uD83D\\uDE00$', inputs: ['😀', '\uD83D'] },
  { pattern: '^\\p{Lu}+$', inputs: ['ABC', 'AbC', 'ÉÀ'] },
  { pattern: '^\\p{Letter}$', inputs: ['a', '1', 'ж'] },
  { pattern: '^\\p{Script=Greek}$', inputs: ['α', 'a'] },
  { pattern: '^\\P{L}$', inputs: ['1', 'a'] },
  { pattern: '^(?<y_1>a)(?<ok>b)$', inputs: ['ab', 'aa'] },
  { pattern: '^\\x41\\cJ\\0$', inputs: ['A\n\u0000', 'A\n0'] },
  { pattern: '^\\d{2,}$', inputs: ['1', '12', '123', '١٢'] },
  { pattern: '(?<=\\$)\\d+', inputs: ['$12', '12'] },
  { pattern: '^\\/[\\b]\\v$', inputs: ['/\b\u000b', '/b\u000b'] },
  { pattern: '^[\\w.-]+$', inputs: ['a.b-c_d', 'a b', 'é'] },
  { pattern: '^[+--]$', inputs: [',', '+', '-', '.'] },
  { pattern: '^[\\^\\]\\\\]+$', inputs: ['^]\\', 'a'] },
  { pattern: '^(a+)-\\1$', inputs: ['aa-aa', 'aa-a', 'a-aa'] },
  { pattern: '^(?<q>[\'"]).*\\k<q>$', inputs: ["'x'", '"x"', '\'x"'] },
  { pattern: '^(?:x(a|b))+-\\1$', inputs: ['xaxb-b', 'xaxb-a', 'xa-a'] },
];

/** Patterns Java cannot run as ECMA-262 does: the translation must report them, never pass them off. */
export const INEXPRESSIBLE_PATTERNS: readonly string[] = ['(?<=a+)b', '(?<=a{2,})b', '(a)|b\\1', '(?:(?<y>a)|b)\\k<y>', '(a)?\\1', '\\1(a)', '(a\\1)', '(?=(a))\\1', '\\p{Script_Extensions=Latin}', '(?i)abc', 'a{', '[z-a', '[z-a]'];

/** Inputs tried against every pattern the schemas use. */
const GENERIC_INPUTS = ['', 'a', 'localhost:3306', 'host name:1', 'db.example.com:5432', 'a\u00a0b:1', 'x:123456', '3.21', '3.21\n', 'v3', 'arn:aws:iam::123456789012:role/reader', 'bucket-name', 'AB', 'acme-prod.eu', 'SNOWFLAKE.ACCOUNT_USAGE', 'schema$x.t_1'];

/** Every `pattern` in the IR with generic inputs plus the schema's own examples. */
export function schemaPatterns(ir: IR): { pattern: string; inputs: string[] }[] {
  const out = new Map<string, Set<string>>();
  for (const decl of ir.declarations.values()) {
    for (const node of childNodes(decl.type)) {
      if (node.kind !== 'string' || node.pattern === undefined) continue;
      const inputs = out.get(node.pattern) ?? new Set(GENERIC_INPUTS);
      for (const example of node.annotations.examples ?? []) if (typeof example === 'string') inputs.add(example);
      out.set(node.pattern, inputs);
    }
  }
  return [...out].map(([pattern, inputs]) => ({ pattern, inputs: [...inputs] }));
}

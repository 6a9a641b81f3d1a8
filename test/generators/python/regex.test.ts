import { describe, expect, it } from 'vitest';
import { translatePattern } from '@connspec/generator-python';

describe('ECMA-262 patterns for Pydantic', () => {
  it('runs what Rust can run on Rust, with ECMA meanings for \\d, \\w, \\s and .', () => {
    expect(translatePattern('^\\d{1,5}$')).toEqual({ engine: 'rust', regex: '^[0-9]{1,5}$' });
    expect(translatePattern('^\\w+\\.x$')).toEqual({ engine: 'rust', regex: '^[0-9A-Z_a-z]+\\.x$' });
    expect(translatePattern('a.b')).toEqual({ engine: 'rust', regex: 'a[^\\x{A}\\x{D}\\x{2028}\\x{2029}]b' });
    expect(translatePattern('^[^:/\\s]+$')).toEqual({ engine: 'rust', regex: '^[^:/\\x{9}-\\x{D} \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]+$' });
    expect(translatePattern('\\u{1F600}\\/\\<')).toEqual({ engine: 'rust', regex: '😀/<' });
    expect(translatePattern('^\\p{Lu}[\\D]$')).toEqual({ engine: 'rust', regex: '^\\p{Lu}[[^0-9]]$' });
  });

  it("switches to Python's re for look-around, backreferences and word boundaries, anchoring $ as \\Z", () => {
    expect(translatePattern('^(?=.*\\d)\\w+$')).toEqual({ engine: 'python', regex: '(?a)^(?=[^\\x0A\\x0D\\u2028\\u2029]*[0-9])[0-9A-Z_a-z]+\\Z' });
    expect(translatePattern('^(?<q>[\'"]).*\\k<q>$')).toMatchObject({ engine: 'python', regex: expect.stringContaining('(?P<q>[\'"])') });
    expect(translatePattern('\\bword\\b')).toEqual({ engine: 'python', regex: '(?a)\\bword\\b' });
    expect(translatePattern('^[^\\Sx]$')).toMatchObject({ engine: 'rust' });
    expect(translatePattern('(?<=a)[^\\Sx]', 'python')).toEqual({ engine: 'python', regex: expect.stringContaining('(?:(?![x])(?=[\\x09-\\x0D') });
  });

  it('reports what no engine can run as ECMA does', () => {
    expect(translatePattern('(?<=\\p{L})x')).toEqual({ engine: 'none', problem: expect.stringContaining('Unicode property escape') });
  });
});

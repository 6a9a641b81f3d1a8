import { describe, expect, it } from 'vitest';
import { declaredBump, effectiveRequired, nextVersion, parseSemver, setSchemaVersion, type SemVer } from '@connspec/core';

const v = (text: string): SemVer => {
  const parsed = parseSemver(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe('version arithmetic', () => {
  it.each([
    ['1.2.3', '2.0.0', 'major'], ['1.2.3', '1.3.0', 'minor'], ['1.2.3', '1.2.4', 'patch'], ['1.2.3', '1.2.3', 'none'],
    ['1.2.3', '1.2.2', 'decrease'], ['1.2.3', '1.10.0', 'minor'], ['1.0.0-rc.1', '1.0.0', 'patch'], ['2.0.0', '1.9.9', 'decrease'],
  ])('%s → %s declares %s', (a, b, expected) => expect(declaredBump(v(a), v(b))).toBe(expected));

  it('rejects strings that are not semantic versions', () => {
    for (const bad of ['1.0', 'v1.0.0', '01.0.0', '1.0.0.0', 'latest', '']) expect(parseSemver(bad), bad).toBeUndefined();
  });

  it('below 1.0.0, minor plays the role of major', () => {
    expect(effectiveRequired('major', v('0.3.1'))).toBe('minor');
    expect(effectiveRequired('minor', v('0.3.1'))).toBe('patch');
    expect(effectiveRequired('major', v('1.3.1'))).toBe('major');
    expect(nextVersion(v('0.3.1'), 'major')).toBe('0.4.0');
    expect(nextVersion(v('0.3.1'), 'minor')).toBe('0.3.2');
    expect(nextVersion(v('1.3.1'), 'major')).toBe('2.0.0');
    expect(nextVersion(v('1.3.1'), 'minor')).toBe('1.4.0');
    expect(nextVersion(v('1.3.1'), 'patch')).toBe('1.3.2');
  });

  it('setSchemaVersion replaces only the version, keeping every other byte', () => {
    const text = '{\n    "title":  "X",\n    "schemaVersion": "1.0.0",\n  "type" : "object"\n}\n';
    expect(setSchemaVersion(text, '2.0.0')).toBe(text.replace('"1.0.0"', '"2.0.0"'));
  });
});

import { describe, expect, it } from 'vitest';
import { classOf, DEFAULT_SEMVER_SETTINGS, PROFILES, SEMVER_RULES, semverSettings } from '@connspec/core';

const rule = (id: string) => {
  const r = SEMVER_RULES.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('semver settings, profiles and overrides', () => {
  it('reads .connspec.json semver settings; flags win', () => {
    const config = { semver: { profile: 'STRICT', rules: { 'optional-added': 'major' }, formatsEnforced: true } };
    expect(semverSettings(config)).toEqual({ profile: 'STRICT', rules: { 'optional-added': 'major' }, formatsEnforced: true, defaultsApplied: false });
    expect(semverSettings(config, { profile: 'VALIDATION' }).profile).toBe('VALIDATION');
    expect(semverSettings({ semver: {} })).toEqual(DEFAULT_SEMVER_SETTINGS);
  });

  it('stops on an unknown profile, rule id or class', () => {
    expect(() => semverSettings({ semver: { profile: 'LOOSE' } })).toThrow('semver profile "LOOSE" is not one of VALIDATION, CONTRACT, STRICT');
    expect(() => semverSettings({ semver: { rules: { 'no-such-rule': 'major' } } })).toThrow('"no-such-rule" is not a semver rule');
    expect(() => semverSettings({ semver: { rules: { 'optional-added': 'huge' } } })).toThrow('"huge" is not one of patch, minor, major');
  });

  it('classifies: override, then profile, then option, then the rule', () => {
    const base = DEFAULT_SEMVER_SETTINGS;
    expect(classOf(rule('format-added'), base)).toBe('patch');
    expect(classOf(rule('format-added'), { ...base, formatsEnforced: true })).toBe('major');
    expect(classOf(rule('format-added'), { ...base, profile: 'STRICT' })).toBe('major');
    expect(classOf(rule('default-changed'), { ...base, profile: 'VALIDATION' })).toBe('patch');
    expect(classOf(rule('default-changed'), { ...base, profile: 'VALIDATION', rules: { 'default-changed': 'major' } })).toBe('major');
  });

  it('has unique rule ids, a sentence for each, and profiles that only name existing rules', () => {
    const ids = SEMVER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of SEMVER_RULES) expect(r.sentence, r.id).toMatch(/\.$/);
    for (const p of PROFILES) for (const id of Object.keys(p.classes)) expect(ids, `${p.name}: ${id}`).toContain(id);
  });
});

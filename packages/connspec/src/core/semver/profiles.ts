import type { Bump, Profile, SemverRule, SemverSettings } from './types.js';

export interface ProfileSpec {
  readonly name: Profile;
  readonly sentence: string;
  /** Rule classes that differ from CONTRACT's. */
  readonly classes: Readonly<Record<string, Bump>>;
}

/** VALIDATION and STRICT as differences from CONTRACT, the default. */
export const PROFILES: readonly ProfileSpec[] = [
  {
    name: 'VALIDATION',
    sentence: 'Pure set semantics: a schema that accepts more is minor, one that accepts less is major; nothing else counts (patch).',
    classes: {
      'default-added': 'patch',
      'default-changed': 'patch',
      'default-removed': 'patch',
      'deprecated-added': 'patch',
      'secret-added': 'patch',
      'secret-removed': 'patch',
      'property-removed-open': 'minor',
      'deprecated-property-removed': 'major',
      'required-added-with-default': 'major',
    },
  },
  { name: 'CONTRACT', sentence: 'The default: what stored configs mean counts too (defaults, secrets, deprecations).', classes: {} },
  {
    name: 'STRICT',
    sentence: 'CONTRACT, and changing or removing a default, adding or changing a format, and removing a deprecated field are major.',
    classes: {
      'default-changed': 'major',
      'default-removed': 'major',
      'format-added': 'major',
      'format-changed': 'major',
      'deprecated-property-removed': 'major',
    },
  },
];

export const DEFAULT_SEMVER_SETTINGS: SemverSettings = { profile: 'CONTRACT', rules: {}, formatsEnforced: false, defaultsApplied: false };

/** A rule's class: workspace override, else the profile's, else the option-dependent one, else its own. */
export function classOf(rule: SemverRule, settings: SemverSettings): Bump {
  const override = settings.rules[rule.id];
  if (override) return override;
  const profile = PROFILES.find((p) => p.name === settings.profile)?.classes[rule.id];
  if (profile) return profile;
  if (settings.formatsEnforced && rule.whenFormatsEnforced) return rule.whenFormatsEnforced;
  if (settings.defaultsApplied && rule.whenDefaultsApplied) return rule.whenDefaultsApplied;
  return rule.class;
}

/** The class a rule has under a profile, for README's table (no options, no overrides). */
export function profileClass(rule: SemverRule, profile: Profile): Bump {
  return classOf(rule, { ...DEFAULT_SEMVER_SETTINGS, profile });
}

export const rank = (b: Bump | undefined): number => (b === undefined ? -1 : ['patch', 'minor', 'major'].indexOf(b));
export const maxBump = (bumps: readonly (Bump | undefined)[]): Bump | undefined => bumps.reduce<Bump | undefined>((a, b) => (rank(b) > rank(a) ? b : a), undefined);

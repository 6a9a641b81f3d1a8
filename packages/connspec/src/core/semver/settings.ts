import { UsageError } from '../diagnostics.js';
import type { ConnspecConfig } from '../config/config.js';
import { DEFAULT_SEMVER_SETTINGS } from './profiles.js';
import { SEMVER_RULES } from './rules/index.js';
import { BUMPS, PROFILES_LIST, type Bump, type Profile, type SemverSettings } from './types.js';

/** `.connspec.json` `semver`, then command-line flags; an unknown profile, rule or class is an error. */
export function semverSettings(config: Pick<ConnspecConfig, 'semver'>, flags: Partial<SemverSettings> = {}): SemverSettings {
  const file = config.semver ?? {};
  const profile = flags.profile ?? file.profile ?? DEFAULT_SEMVER_SETTINGS.profile;
  if (!PROFILES_LIST.includes(profile as Profile)) throw new UsageError(`semver profile "${profile}" is not one of ${PROFILES_LIST.join(', ')}`);
  const rules: Record<string, Bump> = {};
  for (const [id, cls] of Object.entries({ ...(file.rules ?? {}), ...(flags.rules ?? {}) })) {
    if (!SEMVER_RULES.some((r) => r.id === id)) throw new UsageError(`semver.rules: "${id}" is not a semver rule (see README's semver table)`);
    if (!BUMPS.includes(cls as Bump)) throw new UsageError(`semver.rules.${id}: "${cls}" is not one of ${BUMPS.join(', ')}`);
    rules[id] = cls as Bump;
  }
  return {
    profile: profile as Profile,
    rules,
    formatsEnforced: flags.formatsEnforced ?? file.formatsEnforced ?? DEFAULT_SEMVER_SETTINGS.formatsEnforced,
    defaultsApplied: flags.defaultsApplied ?? file.defaultsApplied ?? DEFAULT_SEMVER_SETTINGS.defaultsApplied,
  };
}

import semver from 'semver';
import type { Bump } from './types.js';

/** A parsed semantic version (semver.org 2.0.0), as the `semver` package reads it. */
export type SemVer = semver.SemVer;

/** Strict: the bare version only (`semver` would also take `v1.0.0`, `=1.0.0` or surrounding spaces). */
export function parseSemver(text: string | undefined): SemVer | undefined {
  if (text === undefined || !/^\d/.test(text) || text.trim() !== text) return undefined;
  return semver.parse(text) ?? undefined;
}

/** Precedence order (build metadata ignored). */
export function compareSemver(a: SemVer, b: SemVer): number {
  return semver.compare(a, b);
}

/** What a version change declares: the highest part that grew, `none`, or `decrease`. */
export type Declared = Bump | 'none' | 'decrease';

export function declaredBump(before: SemVer, after: SemVer): Declared {
  const order = compareSemver(after, before);
  if (order < 0) return 'decrease';
  if (order === 0) return 'none';
  if (after.major > before.major) return 'major';
  if (after.minor > before.minor) return 'minor';
  // Same numbers with a higher precedence (a pre-release promoted) counts as a patch.
  return 'patch';
}

/** Below 1.0.0, minor plays the role of major (and patch that of minor). */
export function effectiveRequired(required: Bump, before: SemVer): Bump {
  if (before.major > 0) return required;
  return required === 'major' ? 'minor' : 'patch';
}

/**
 * The smallest version after `before` that declares `required`. Not `semver.inc`: from a pre-release it
 * drops the suffix for a minor or major bump too (1.0.0-rc.1 → 1.0.0), which `declaredBump` counts as a patch.
 */
export function nextVersion(before: SemVer, required: Bump): string {
  const { major, minor, patch } = before;
  const release = before.prerelease.length > 0;
  switch (effectiveRequired(required, before)) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return release ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
  }
}

export const bumpRank = (b: Declared | undefined): number => (b === undefined || b === 'none' || b === 'decrease' ? -1 : ['patch', 'minor', 'major'].indexOf(b));

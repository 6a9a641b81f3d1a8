import type { Bump } from './types.js';

/** A parsed semantic version (semver.org 2.0.0). */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly string[];
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function parseSemver(text: string | undefined): SemVer | undefined {
  const m = text === undefined ? null : SEMVER.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [] };
}

function comparePre(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Precedence order (build metadata ignored). */
export function compareSemver(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.prerelease, b.prerelease);
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

/** The smallest version after `before` that declares `required`. */
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

/**
 * pyproject.toml of the Python package (PEP 621 metadata, PEP 517 build with hatchling pinned, so
 * every build of the same input gives the same wheel), and the version spelled as PEP 440 wants it.
 */
import { parseAuthor, UsageError, type PackageInput } from '../../core/index.js';
import { PyWriter } from './writer.js';

/** hatchling, the PEP 517 backend: pinned, as its version shapes the wheel's bytes. */
export const BUILD_BACKEND = 'hatchling==1.33.0';

/** A TOML value: JSON's string escapes are TOML's basic-string escapes; arrays and inline tables alike. */
function toml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toml).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${k} = ${toml(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

function table(w: PyWriter, name: string, entries: readonly (readonly [string, unknown])[]): void {
  w.line(`[${name}]`).lines(entries.map(([k, v]) => `${k} = ${toml(v)}`)).line('');
}

/** Semver → PEP 440: `1.2.3`, `1.2.3-alpha.1` → `1.2.3a1`, `-beta.2` → `b2`, `-rc.1` → `rc1`; anything else is refused. */
export function pep440(version: string): string {
  const m = /^(\d+\.\d+\.\d+)(?:-(alpha|beta|rc)\.(\d+))?$/.exec(version);
  if (!m) throw new UsageError(`version ${version} has no PEP 440 spelling for the Python package: use x.y.z or x.y.z-alpha.N / -beta.N / -rc.N`);
  const pre = m[2] === undefined ? '' : `${{ alpha: 'a', beta: 'b', rc: 'rc' }[m[2] as 'alpha' | 'beta' | 'rc']}${m[3] ?? ''}`;
  return `${m[1] ?? ''}${pre}`;
}

/** The file-name form of a distribution name (PEP 427 / PEP 625). */
export const normalisedName = (name: string): string => name.replace(/[-_.]+/g, '_').toLowerCase();

export function pyprojectToml(input: PackageInput, names: { distribution: string; packageName: string }, dependencies: readonly string[]): string {
  const m = input.metadata;
  const w = new PyWriter();
  table(w, 'build-system', [['requires', [BUILD_BACKEND]], ['build-backend', 'hatchling.build']]);
  table(w, 'project', [
    ['name', names.distribution],
    ['version', pep440(input.version)],
    ['description', m.description],
    ['readme', 'README.md'],
    ['requires-python', '>=3.11'],
    ...(m.license ? [['license', m.license] as const] : []),
    ...(m.authors.length ? [['authors', m.authors.map(parseAuthor)] as const] : []),
    ['dependencies', dependencies],
  ]);
  if (m.homepage) table(w, 'project.urls', [['Homepage', m.homepage]]);
  table(w, 'tool.hatch.build.targets.wheel', [['packages', [names.packageName]]]);
  table(w, 'tool.hatch.build.targets.sdist', [['include', [names.packageName, 'README.md']]]);
  return w.toString().replace(/\n+$/, '\n');
}

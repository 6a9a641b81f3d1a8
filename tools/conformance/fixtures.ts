/**
 * Where fixtures come from, pluggably: the fixtures generator's output (`index.json` → one
 * `manifest.json` per connection), or the hand-written samples under `test/samples/<tag>/`.
 * Either way a fixture names its connection schema, its file, and whether it is valid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { IR } from '@connspec/core';
import type { Fixture } from './verdicts.js';

/** `manifest.json` as the fixtures generator writes it. */
export interface Manifest {
  readonly connection: string;
  readonly type: string;
  readonly fixtures: readonly { readonly file: string; readonly valid: boolean; readonly instancePath?: string; readonly keyword?: string }[];
}

export interface FixtureSource {
  /** Shown in the report: where the fixtures were read from. */
  readonly label: string;
  readonly fixtures: readonly Fixture[];
}

/** Every string in index.json that names a manifest, else every manifest.json below `dir`. */
export function manifestPaths(dir: string): string[] {
  const found: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.endsWith('manifest.json')) found.push(isAbsolute(value) ? value : join(dir, value));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const index = join(dir, 'index.json');
  if (existsSync(index)) collect(JSON.parse(readFileSync(index, 'utf8')));
  if (found.length > 0) return [...new Set(found)].sort();
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'manifest.json')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The fixtures of a fixtures-generator output folder (`generated/fixtures` or a temp run's). */
export function fixturesFromDir(dir: string, label = 'fixtures'): FixtureSource {
  const fixtures = manifestPaths(dir).flatMap((path) => {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    const folder = dirname(path);
    return manifest.fixtures.map((f): Fixture => {
      const file = resolve(folder, f.file);
      const id = `fixtures:${relative(dir, file).split(sep).join('/')}`;
      const expected = f.valid ? {} : { instancePath: f.instancePath ?? '', keyword: f.keyword ?? '' };
      return { id, connection: manifest.connection, file, valid: f.valid, value: JSON.parse(readFileSync(file, 'utf8')) as unknown, ...expected };
    });
  });
  return { label: `${label} (${dir})`, fixtures };
}

/** The hand-written samples: `<root>/<tag lowercased>/{valid,invalid}/*.json`, expectations in `invalid/manifest.json`. */
export function fixturesFromSamples(root: string, ir: IR): FixtureSource {
  const byTag = new Map(ir.files.flatMap((f) => (f.connection ? [[f.connection.tag.toLowerCase(), f.path] as const] : [])));
  const fixtures = readdirSync(root).sort().flatMap((tag) => {
    const connection = byTag.get(tag);
    if (connection === undefined) throw new Error(`test/samples/${tag}: no connection schema has the tag "${tag}"`);
    const manifest = JSON.parse(readFileSync(join(root, tag, 'invalid/manifest.json'), 'utf8')) as Record<string, { instancePath: string; keyword: string }>;
    return (['valid', 'invalid'] as const).flatMap((kind) =>
      readdirSync(join(root, tag, kind))
        .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
        .sort()
        .map((name): Fixture => {
          const file = join(root, tag, kind, name);
          const expected = kind === 'invalid' ? manifest[name] : undefined;
          if (kind === 'invalid' && expected === undefined) throw new Error(`${file}: no entry in invalid/manifest.json`);
          return { id: `samples:${tag}/${kind}/${name}`, connection, file, valid: kind === 'valid', value: JSON.parse(readFileSync(file, 'utf8')) as unknown, ...expected };
        }),
    );
  });
  return { label: 'samples (test/samples)', fixtures };
}

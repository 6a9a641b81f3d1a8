import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

let memo: string | undefined;

/**
 * What the running connspec is, down to the byte: its code (the folder this module was loaded from,
 * dist/ or src/), its runtime files, its package.json, and the versions of the dependencies it resolves.
 * A version number alone would not do: a build from changed sources keeps it, and a cached result of
 * the old code would then be replayed.
 */
export function buildIdentity(): string {
  if (memo !== undefined) return memo;
  const code = fileURLToPath(new URL('../..', import.meta.url));
  const pkgRoot = join(code, '..');
  const hash = createHash('sha256');
  for (const root of [code, join(pkgRoot, 'runtime')]) {
    for (const file of filesUnder(root)) hash.update(`${relative(pkgRoot, file).split(sep).join('/')}\0`).update(readFileSync(file)).update('\0');
  }
  const pkg = readFileSync(join(pkgRoot, 'package.json'));
  hash.update(pkg);
  const require = createRequire(join(pkgRoot, 'package.json'));
  for (const name of Object.keys((JSON.parse(pkg.toString('utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {}).sort()) {
    hash.update(`${name}@${dependencyVersion(require, name)}\0`);
  }
  memo = hash.digest('hex');
  return memo;
}

function dependencyVersion(require: NodeJS.Require, name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unresolved';
  }
}

/** Code and data files below `root`, sorted (declaration maps and the like do not change behaviour). */
function filesUnder(root: string): string[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.(?:[cm]?[jt]s|json|py|java|txt)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheServer, NX_VERSION, packPackages, recipe, ROOT, sh, tree } from './support.js';

/**
 * connspec as a team adopts it: both packages packed with `npm pack`, installed from the tarballs into
 * fresh projects outside the repository, and driven by the README's recipes as written.
 */
const TREE = join(ROOT, 'test/e2e/tree/schemas');
const CONNECTION = 'schemas/entity/services/connections/database/acmeDbConnection.json';
const TARGETS = ['fixtures', 'java', 'openapi', 'python', 'test-connections', 'typescript', 'ui-forms'];
const ALL_CACHED = /Nx read the output from the cache instead of running the command for (\d+) out of \1 tasks/;

let work: string;
let packs: ReturnType<typeof packPackages>;

/** A project folder holding a copy of the test's schema tree and a package.json. */
function project(name: string, files: Record<string, string> = {}): string {
  const dir = join(work, name);
  cpSync(TREE, join(dir, 'schemas'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${name}`, version: '0.0.0', private: true }, null, 2)}\n`);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

/** Runs a recipe line, with the package names swapped for the tarballs (they are not on a registry). */
function step(line: string, cwd: string, env: Record<string, string> = {}): string {
  const command = line
    .replace(/^npm install --save-dev nx connspec$/, `npm install --save-dev nx@${NX_VERSION} ${packs.connspec.tarball}`)
    .replace(/^npm install --(save-dev|global) connspec$/, `npm install --$1 ${packs.connspec.tarball}`)
    .replace(/^npx nx add @connspec\/nx$/, `npx nx add @connspec/nx@file:${packs.nx.tarball}`);
  const r = sh(command, cwd, env);
  expect(r.status, `${command}\n${r.output}`).toBe(0);
  return r.output;
}

const git = (cwd: string, ...args: string[]): string => step(`git -c user.name=t -c user.email=t@example.com -c commit.gpgsign=false ${args.join(' ')}`, cwd);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'connspec-e2e-'));
  mkdirSync(join(work, 'packs'));
  packs = packPackages(join(work, 'packs'));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed packages', () => {
  it('hold only what they need: compiled code, declarations, runtime sources and the config schema', () => {
    const top = (files: Packed['files']) => [...new Set(files.map((f) => f.path.split('/')[0]))].sort();
    expect(top(packs.connspec.files)).toEqual(['README.md', 'bin', 'config.schema.json', 'dist', 'package.json', 'runtime']);
    expect(top(packs.nx.files)).toEqual(['README.md', 'dist', 'generators.json', 'package.json']);
    const code = [...packs.connspec.files, ...packs.nx.files].map((f) => f.path).filter((p) => p.startsWith('dist/'));
    expect(code.filter((p) => !/\.(js|d\.ts|json)$/.test(p))).toEqual([]);
    expect(code.filter((p) => /\.(test|spec)\.|\/(tests?|samples|__tests__)\/|\.tsbuildinfo$|\.map$/.test(p))).toEqual([]);
    for (const p of [packs.connspec, packs.nx]) console.log(`${p.filename}: ${p.size} bytes packed, ${p.unpackedSize} bytes unpacked, ${p.files.length} files`);
  });
});

type Packed = ReturnType<typeof packPackages>['connspec'];

describe('a plain npm project', () => {
  it('installs connspec from its tarball and runs the README recipe: init, validate, generate, package, diff', () => {
    const dir = project('npm');
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'schemas');
    const outputs = recipe('npm').map((line) => {
      // Before the diff: a breaking change (a property removed from a closed model).
      if (line.includes('connspec diff')) writeFileSync(join(dir, CONNECTION), readFileSync(join(dir, CONNECTION), 'utf8').replace(/,\n {4}"tables": \{[^}]*\}/, ''));
      return step(line, dir);
    });
    expect(JSON.parse(readFileSync(join(dir, '.connspec.json'), 'utf8'))).toEqual({ $schema: './node_modules/connspec/config.schema.json', preset: 'connspec', schemaRoot: 'schemas', baseUrl: 'https://acme.example/schema/', outDir: 'generated' });
    expect(readdirSync(join(dir, 'generated')).sort()).toEqual(TARGETS);
    // `connspec package` from the installed connspec: the types as an npm tarball at the connection's version.
    expect(readdirSync(join(dir, 'dist/connspec/typescript')).sort()).toEqual(['.connspec-package.json', 'connspec-models-1.0.0.tgz']);
    const config = readFileSync(join(dir, '.connspec.json'), 'utf8');
    expect(step('npx connspec init', dir)).toMatch(/^kept .*\.connspec\.json \(preset connspec\)$/m);
    expect(readFileSync(join(dir, '.connspec.json'), 'utf8')).toBe(config);
    expect(outputs.at(-1)).toMatch(/property-removed/);
    expect(outputs.at(-1)).toMatch(/major/);
    // The generated TypeScript passes the consumer's own tsc (typescript comes with connspec).
    step('npx tsc --strict --noEmit --module nodenext --moduleResolution nodenext --target es2022 generated/typescript/index.ts', dir);
  }, 600_000);
});

describe('an Nx workspace', () => {
  it('adds the plugin from its tarball; generate is inferred, cached, and re-runs on a schema edit only', () => {
    const dir = project('nx', { 'nx.json': `${JSON.stringify({ $schema: './node_modules/nx/schemas/nx-schema.json' }, null, 2)}\n` });
    const lines = recipe('nx');
    for (const line of lines) step(line, dir);
    expect(JSON.parse(readFileSync(join(dir, 'nx.json'), 'utf8')).plugins).toEqual(['@connspec/nx']);
    expect(readdirSync(join(dir, 'generated')).sort()).toEqual(TARGETS);
    expect(step('npx nx run-many -t generate', dir)).toMatch(ALL_CACHED);
    writeFileSync(join(dir, 'NOTES.md'), 'not an input of generate\n');
    expect(step('npx nx run-many -t generate', dir)).toMatch(ALL_CACHED);
    writeFileSync(join(dir, CONNECTION), readFileSync(join(dir, CONNECTION), 'utf8').replace('Acme DB connection config.', 'Acme DB connection settings.'));
    const edited = step('npx nx run-many -t generate', dir);
    expect(edited).not.toMatch(/cache/);
    expect(readFileSync(join(dir, 'generated/typescript/entity/services/connections/database/acmeDbConnection.ts'), 'utf8')).toContain('Acme DB connection settings.');
  }, 600_000);

  it('a second clone gets every generate from a shared (self-hosted HTTP) Nx cache, with identical output', async () => {
    const first = join(work, 'nx');
    const clone = join(work, 'nx-clone');
    cpSync(first, clone, { recursive: true, filter: (p) => !/[/\\](node_modules|\.nx|generated)$/.test(p) });
    step('npm ci', clone);
    const server = await cacheServer();
    try {
      const env = { NX_SELF_HOSTED_REMOTE_CACHE_SERVER: server.url };
      rmSync(join(first, '.nx'), { recursive: true, force: true });
      step('npx nx run-many -t generate', first, env);
      expect((await server.stats()).stored).toBeGreaterThan(0);
      const second = step('npx nx run-many -t generate', clone, env);
      expect(second).toMatch(ALL_CACHED);
      expect((await server.stats()).hits).toBeGreaterThan(0);
      expect(existsSync(join(clone, 'generated'))).toBe(true);
      expect(tree(join(clone, 'generated'))).toEqual(tree(join(first, 'generated')));
    } finally {
      server.close();
    }
  }, 600_000);
});

describe('the plain command line', () => {
  it('installs globally from the tarball and runs the README recipe', () => {
    const dir = project('cli');
    const prefix = join(work, 'global');
    const env = { npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` };
    for (const line of recipe('cli')) step(line, dir, env);
    expect(readdirSync(join(dir, 'generated')).sort()).toEqual(TARGETS);
  }, 600_000);
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabulary } from 'connspec';
import { ROOT } from '../support/workspace.js';

/** Every rule the built-in generators can report (README lists the same table). */
const RULE_COUNT = vocabulary().rules.length;

/** The installed command: the compiled package's bin (npm run build makes it), as a user runs it. */
const BIN = join(ROOT, 'packages/connspec/bin/connspec.js');
const TREE = join(ROOT, 'test/e2e/tree/schemas');
const CONFIG = { schemaRoot: 'schemas', baseUrl: 'https://acme.example/schema/', outDir: 'generated' };
const STACK = /^\s+at .+(:\d+:\d+\)?|\(node:)/m;

interface Case {
  readonly name: string;
  readonly argv: readonly string[];
  /** The config file's text (undefined: none written). */
  readonly config?: string;
  /** Folder under the workspace to run in. */
  readonly cwd?: string;
  readonly code: number;
  /** stderr exactly, with the workspace path written as <ws>. */
  readonly stderr: string;
  /** A piece of stdout, when it matters. */
  readonly stdout?: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const usage = (command: string, message: string): string => `connspec ${command}: ${message}\nrun "connspec ${command} --help" for usage\n`;
const invalid = (command: string, lines: string, n: number): string => `${lines}\nconnspec ${command}: the config is not valid (${n} problem(s)); nothing was done\n`;

/** Every mistake a user can make at the command line or in the config, with what connspec says. */
const CASES: readonly Case[] = [
  {
    name: 'a misspelt config key',
    argv: ['validate'],
    config: json({ ...CONFIG, schemaRoot: undefined, schemaRot: 'schemas' }),
    code: 2,
    stderr: invalid('validate', '.connspec.json:4:3 error [config-unknown-key] at #/schemaRot: "schemaRot" is not a key\n  fix: did you mean "schemaRoot"? known: $schema, $comment, schemaRoot, baseUrl, outDir, targets, rules, onNameCollision, refBase, recursionDepth, generators, semver, package, preset, connections, registries, keywords', 1),
  },
  {
    name: 'an unknown rule id',
    argv: ['validate'],
    config: json({ ...CONFIG, rules: { 'id-matches-pth': 'warning' } }),
    code: 2,
    stderr: invalid('validate', `.connspec.json:6:5 error [config-unknown-rule] at #/rules/id-matches-pth: "id-matches-pth" is not a rule id\n  fix: did you mean "id-matches-path"? the rules are listed in README (${RULE_COUNT} of them)`, 1),
  },
  {
    name: 'a bad severity',
    argv: ['validate'],
    config: json({ ...CONFIG, rules: { 'id-matches-path': 'of' } }),
    code: 2,
    stderr: invalid('validate', '.connspec.json:6:5 error [config-invalid] at #/rules/id-matches-path: "of" is not allowed here\n  fix: did you mean "off"? use one of "error", "warning", "off"', 1),
  },
  {
    name: 'a schema root that does not exist',
    argv: ['validate'],
    config: json({ ...CONFIG, schemaRoot: 'schema' }),
    code: 2,
    stderr: invalid('validate', '.connspec.json:2:3 error [config-path] at #/schemaRoot: the schema root <ws>/schema does not exist\n  fix: set schemaRoot to the folder that holds your JSON Schemas (relative to the config file)', 1),
  },
  {
    name: 'an output folder inside the schemas',
    argv: ['generate'],
    config: json({ ...CONFIG, outDir: 'schemas/generated' }),
    code: 2,
    stderr: invalid('generate', '.connspec.json:4:3 error [config-path] at #/outDir: the output folder <ws>/schemas/generated is inside the schema root <ws>/schemas\n  fix: put outDir beside the schemas (e.g. "generated"): generated JSON would otherwise be read as schemas', 1),
  },
  {
    name: 'a misspelt target and a bad option value',
    argv: ['generate'],
    config: json({ ...CONFIG, generators: { pyton: {}, java: { inexpressible: 'ignore' } } }),
    code: 2,
    stderr: invalid(
      'generate',
      '.connspec.json:6:5 error [config-unknown-target] at #/generators/pyton: "pyton" is not a target\n  fix: did you mean "python"? known: typescript, ui-forms, openapi, python, java, test-connections, fixtures\n' +
        '.connspec.json:8:7 error [config-invalid] at #/generators/java/inexpressible: generators.java.inexpressible: must be "error" or "report"\n  fix: set a value of the kind the message names, or remove the option to get its default',
      2,
    ),
  },
  {
    name: 'a config that is not JSON',
    argv: ['validate'],
    config: '{ "schemaRoot": "schemas", }\n',
    code: 2,
    stderr: invalid('validate', '.connspec.json:1:28 error [config-syntax] at #: malformed JSON (PropertyNameExpected)\n  fix: fix the JSON syntax at this position (a missing comma, quote or bracket is the usual cause)', 1),
  },
  { name: 'no config anywhere', argv: ['validate'], code: 2, stderr: usage('validate', 'no .connspec.json in <ws> or any folder above it; run "connspec init" to write one, or pass --config <file>') },
  { name: 'validate from a subfolder finds the config above', argv: ['validate'], config: json({ ...CONFIG, preset: 'connspec' }), cwd: 'schemas/entity', code: 0, stderr: 'connspec validate: 0 error(s), 0 warning(s)\n' },
  { name: 'a path to validate that does not exist', argv: ['validate', 'nope.json'], config: json(CONFIG), code: 2, stderr: usage('validate', 'nope.json: no such file or folder') },
  { name: 'a path to validate outside the schema root', argv: ['validate', '.connspec.json'], config: json(CONFIG), code: 2, stderr: usage('validate', '.connspec.json is not under the schema root <ws>/schemas; name files below it (or set schemaRoot in the config)') },
  { name: 'an abbreviated target', argv: ['generate', '--target', 'ts'], config: json(CONFIG), code: 2, stderr: usage('generate', 'unknown target "ts"; did you mean "typescript"? (targets: typescript, ui-forms, openapi, python, java, test-connections, fixtures)') },
  { name: 'a comma-separated target list is read name by name', argv: ['generate', '--target', 'typescript,pyton'], config: json(CONFIG), code: 2, stderr: usage('generate', 'unknown target "pyton"; did you mean "python"? (targets: typescript, ui-forms, openapi, python, java, test-connections, fixtures)') },
  { name: 'a misspelt flag', argv: ['generate', '--tagret', 'java'], config: json(CONFIG), code: 2, stderr: usage('generate', 'Unknown option \'--tagret\'; did you mean "--target"?') },
  { name: 'a flag without its value', argv: ['validate', '--config'], code: 2, stderr: usage('validate', '--config needs a value') },
  { name: 'a --config file that does not exist', argv: ['validate', '--config', 'other.json'], code: 2, stderr: usage('validate', '--config other.json: no such file') },
  { name: 'a bad --format', argv: ['validate', '--format', 'yaml'], config: json(CONFIG), code: 2, stderr: usage('validate', '--format must be one of human, json, got "yaml"') },
  { name: 'a bad --base-url', argv: ['validate', '--base-url', 'acme'], config: json(CONFIG), code: 2, stderr: usage('validate', '--base-url acme: not an absolute URL (e.g. https://example.com/schema/)') },
  { name: 'an unknown command', argv: ['gen'], code: 2, stderr: 'connspec: unknown command "gen"; did you mean "generate"? (commands: init, generate, validate, diff, version-gate, package, scaffold)\nrun "connspec --help" for usage\n' },
  { name: 'diff with one side', argv: ['diff', 'schemas'], config: json(CONFIG), code: 2, stderr: usage('diff', 'takes exactly 2 argument(s) (<old> <new>), got 1: schemas') },
  { name: 'version-gate without --base', argv: ['version-gate'], config: json(CONFIG), code: 2, stderr: usage('version-gate', 'needs --base <ref> (in CI: the merge base of the pull request)') },
  { name: 'an unknown semver profile', argv: ['diff', 'schemas', 'schemas', '--profile', 'strct'], config: json(CONFIG), code: 2, stderr: usage('diff', '--profile must be one of VALIDATION, CONTRACT, STRICT, got "STRCT"; did you mean "STRICT"?') },
  { name: 'init with a base URL that is not a URL', argv: ['init', '--base-url', 'acme'], code: 2, stderr: usage('init', '--base-url acme: not an absolute URL (e.g. https://example.com/schema/)') },
  { name: 'init with a schema folder that does not exist', argv: ['init', '--schemas', 'nope'], code: 2, stderr: usage('init', '--schemas nope: no such folder under <ws>') },
  { name: 'scaffold off a terminal with no options', argv: ['scaffold'], config: json(CONFIG), code: 2, stderr: usage('scaffold', 'no options given and stdin is not a terminal; pass at least --name') },
  { name: 'no command', argv: [], code: 2, stderr: 'connspec 0.1.0: schema-first' },
  { name: '--version', argv: ['--version'], code: 0, stderr: '', stdout: '0.1.0\n' },
  { name: '--help', argv: ['--help'], code: 0, stderr: '', stdout: 'connspec 0.1.0: schema-first' },
  ...['init', 'generate', 'validate', 'diff', 'version-gate', 'scaffold'].flatMap((c): Case[] => [
    { name: `${c} --help`, argv: [c, '--help'], code: 0, stderr: '', stdout: `usage: connspec ${c}` },
    { name: `help ${c}`, argv: ['help', c], code: 0, stderr: '', stdout: `usage: connspec ${c}` },
  ]),
];

function workspace(c: Case): string {
  const ws = mkdtempSync(join(tmpdir(), 'connspec-mistake-'));
  cpSync(TREE, join(ws, 'schemas'), { recursive: true });
  if (c.config !== undefined) writeFileSync(join(ws, '.connspec.json'), c.config);
  mkdirSync(join(ws, c.cwd ?? '.'), { recursive: true });
  return ws;
}

describe('the CLI on every user mistake', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ws = workspace(c);
    try {
      const r = spawnSync(process.execPath, [BIN, ...c.argv], { cwd: join(ws, c.cwd ?? '.'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const stderr = r.stderr.split(ws).join('<ws>');
      expect({ code: r.status, stderr: c.stderr.endsWith('\n') || c.stderr === '' ? stderr : stderr.slice(0, c.stderr.length) }).toEqual({ code: c.code, stderr: c.stderr });
      if (c.stdout !== undefined) expect(r.stdout.startsWith(c.stdout) || r.stdout === c.stdout, r.stdout).toBe(true);
      expect(r.stdout + r.stderr).not.toMatch(STACK);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('an internal error (a broken installation)', () => {
  it('says it is a bug and how to report it, with the stack only when asked for', () => {
    // A copy of the package missing one runtime file, under the repository so its dependencies resolve.
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    const pkg = mkdtempSync(join(ROOT, 'tmp', 'connspec-broken-'));
    for (const part of ['bin', 'dist', 'runtime', 'package.json']) cpSync(join(ROOT, 'packages/connspec', part), join(pkg, part), { recursive: true });
    rmSync(join(pkg, 'runtime/python/_rules.py'));
    const ws = workspace({ name: 'broken', argv: [], config: json({ ...CONFIG, preset: 'connspec' }), code: 0, stderr: '' });
    try {
      const run = (env: Record<string, string>) => spawnSync(process.execPath, [join(pkg, 'bin/connspec.js'), 'generate', '--target', 'python'], { cwd: ws, encoding: 'utf8', env: { ...process.env, ...env } });
      const plain = run({});
      expect(plain.status).toBe(70);
      expect(plain.stderr).toMatch(/^connspec: internal error: Error: ENOENT: no such file or directory, open '.*_rules\.py'\nThis is a bug in connspec 0\.1\.0 \(node v[\d.]+\)\. Please report it at https:\/\/github\.com\/connspec\/connspec\/issues with the command you ran and this output \(set CONNSPEC_DEBUG=1 to add the stack trace\)\.\n$/);
      expect(plain.stderr).not.toMatch(STACK);
      const debug = run({ CONNSPEC_DEBUG: '1' });
      expect(debug.status).toBe(70);
      expect(debug.stderr).toMatch(STACK);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

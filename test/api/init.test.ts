import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generate, init, loadConfig, validate } from 'connspec';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tscStrict } from '../support/tsc.js';

type Files = Readonly<Record<string, unknown>>;
const D7 = 'http://json-schema.org/draft-07/schema#';

function tree(files: Files, dir = mkdtempSync(join(tmpdir(), 'connspec-init-'))): string {
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  }
  return dir;
}

/** A layout connspec has never seen: connectors/<name>.json, a shared file beside them, no tags, no versions. */
const plainTree = (withPort = true): Files => ({
  'schemas/connectors/acme.json': {
    $schema: D7,
    title: 'Acme',
    type: 'object',
    properties: { host: { type: 'string' }, ...(withPort ? { port: { type: 'integer', minimum: 1 } } : {}), auth: { $ref: 'auth.json' } },
    required: ['host'],
    additionalProperties: false,
  },
  'schemas/connectors/globex.json': { $schema: D7, title: 'Globex', type: 'object', properties: { url: { type: 'string', format: 'uri' } }, additionalProperties: false },
  'schemas/connectors/auth.json': { $schema: D7, title: 'Auth', type: 'object', properties: { token: { type: 'string', format: 'password' } }, additionalProperties: false },
});

describe('connspec init on a plain tree', () => {
  it('finds the connections by layout, writes a config that generates all 7 targets, and changes nothing when run again', async () => {
    const dir = tree(plainTree());
    const first = await init(dir);
    expect(first.preset).toBeUndefined();
    expect(first.connections).toBe(2);
    const written = JSON.parse(readFileSync(join(dir, '.connspec.json'), 'utf8')) as Record<string, unknown>;
    expect(written.connections).toEqual({ paths: ['connectors/{name}.json'], exclude: ['connectors/auth.json'], tag: { from: 'name' } });
    expect(first.relaxed.map((r) => r.rule)).toEqual(['id-present']);
    expect(written.$comment).toMatchObject({ reasons: { 'id-present': expect.stringMatching(/^3 finding\(s\); first at connectors\/acme\.json:1:1/) } });
    expect(Object.keys(first.produces).sort()).toEqual(['fixtures', 'java', 'openapi', 'python', 'test-connections', 'typescript', 'ui-forms']);
    const before = readFileSync(join(dir, '.connspec.json'), 'utf8');
    const again = await init(dir);
    expect(again.written).toBe(false);
    expect(readFileSync(join(dir, '.connspec.json'), 'utf8')).toBe(before);
    const result = await generate(loadConfig(dir));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(tscStrict(join(dir, 'generated', 'typescript'))).toBe('');
  });

  it('diff between two plain trees reports the change', async () => {
    const dir = tree(plainTree());
    await init(dir);
    tree(plainTree(false), join(dir, 'next'));
    const run = await runCli(['diff', 'schemas', 'next/schemas', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { connections: { path: string; status: string; required?: string }[]; changes: { rule: string }[] };
    expect(report.connections).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'connectors/acme.json', status: 'changed', required: 'major' })]));
    expect(report.changes.map((c) => c.rule)).toContain('property-removed');
  });

  it('with no connections declared, diff compares every root file (one no other file refers to)', async () => {
    const dir = tree({ ...plainTree(), '.connspec.json': { schemaRoot: 'schemas' } });
    tree(plainTree(false), join(dir, 'next'));
    const run = await runCli(['diff', 'schemas', 'next/schemas', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { connections: { path: string; status: string; required?: string }[] };
    expect(report.connections.map((c) => [c.path, c.status, c.required ?? '-'])).toEqual([
      ['connectors/acme.json', 'changed', 'major'],
      ['connectors/globex.json', 'unchanged', '-'],
    ]);
  });

  it('detects a tag property pinned in every connection and a semantic-version keyword', async () => {
    const connection = (tag: string) => ({ $schema: D7, type: 'object', version: '1.2.0', properties: { kind: { type: 'string', const: tag }, host: { type: 'string' } }, additionalProperties: false });
    const dir = tree({ 'defs/a.json': connection('A'), 'defs/b.json': connection('B') });
    const plan = await init(dir, { strict: true });
    expect(plan.config.connections).toEqual({ paths: ['{name}.json'], tag: { property: 'kind' }, version: { keyword: 'version', required: true } });
    expect(plan.relaxed).toEqual([]);
  });
});

describe('declared and undeclared connections', () => {
  it('a tree without connections: per-connection targets stop with no-connections at the config, and validate refuses the same', async () => {
    const dir = tree({ ...plainTree(), '.connspec.json': { schemaRoot: 'schemas', rules: { 'id-present': 'off' } } });
    const config = loadConfig(dir);
    const result = await generate(config, { write: false });
    const refusal = result.diagnostics.filter((d) => d.rule === 'no-connections');
    expect(refusal).toEqual([expect.objectContaining({ severity: 'error', file: expect.stringMatching(/\.connspec\.json$/), line: 1, column: 1, pointer: '', hint: expect.stringMatching(/"connections": \{"paths"/) })]);
    expect((await validate(config, [], { cwd: dir })).diagnostics.map((d) => d.rule)).toContain('no-connections');
    expect((await generate(config, { write: false, targets: ['typescript', 'python', 'java', 'openapi'] })).ok).toBe(true);
  });

  it('connections that match no file: the error is at connections.paths', async () => {
    const dir = tree({ ...plainTree(), '.connspec.json': { schemaRoot: 'schemas', connections: { paths: ['sources/{name}.json'] }, rules: { 'id-present': 'off' } } });
    const result = await generate(loadConfig(dir), { write: false });
    expect(result.diagnostics.find((d) => d.rule === 'no-connections')).toMatchObject({ pointer: '/connections/paths', line: expect.any(Number), message: expect.stringContaining('sources/{name}.json') });
  });

  it('a diff that compares nothing is an error, and version-gate needs a version keyword', async () => {
    const dir = tree({ ...plainTree(), '.connspec.json': { schemaRoot: 'schemas', connections: { paths: ['sources/{name}.json'] } } });
    const diff = await runCli(['diff', 'schemas', 'schemas'], { cwd: dir });
    expect(diff.code).toBe(1);
    expect(diff.stderr).toMatch(/\.connspec\.json:\d+:\d+ error \[no-connections\] at #\/connections\/paths: diff compared nothing/);
    const gate = await runCli(['version-gate', '--base', 'HEAD'], { cwd: dir });
    expect(gate.stderr).toMatch(/error \[version-keyword\] at #\/connections\/version: version-gate needs a version keyword/);
  });
});

describe('vendor keywords', () => {
  const spec = (extra: Record<string, unknown>) => ({
    $schema: D7,
    type: 'object',
    properties: { api_key: { type: 'string', x_secret: true, x_order: 1, ...extra }, host: { type: 'string', x_order: 0 }, debug: { type: 'boolean', x_hidden: true } },
  });
  const config = (keywords: Record<string, string>) => ({ schemaRoot: 'schemas', connections: { paths: ['{name}.json'] }, keywords, rules: { 'id-present': 'off' } });

  it('are honoured by every target: secret, order, hidden', async () => {
    const dir = tree({ 'schemas/acme.json': spec({}), '.connspec.json': config({ x_secret: 'secret', x_order: 'order', x_hidden: 'hidden' }) });
    const result = await generate(loadConfig(dir));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ui = JSON.parse(readFileSync(join(dir, 'generated/ui-forms/connector/acme.uiSchema.json'), 'utf8')) as Record<string, unknown>;
    expect(ui).toMatchObject({ 'ui:order': ['host', 'api_key', 'debug', '*'], api_key: { 'ui:widget': 'password' }, debug: { 'ui:widget': 'hidden' } });
    expect(readFileSync(join(dir, 'generated/typescript/acme.ts'), 'utf8')).toMatch(/api_key\?: Secret;/);
    expect(readFileSync(join(dir, 'generated/python/connspec_models/acme.py'), 'utf8')).toMatch(/api_key: [^\n]*_cs\.Secret/);
  });

  it('an undeclared one is an error whose fix names the config key; a declared one with a wrong value is an error at its place', async () => {
    const undeclared = tree({ 'schemas/acme.json': spec({}), '.connspec.json': config({ x_secret: 'secret', x_order: 'order' }) });
    const u = (await validate(loadConfig(undeclared), [], { cwd: undeclared })).diagnostics.find((d) => d.rule === 'unknown-keyword');
    expect(u).toMatchObject({ file: 'acme.json', pointer: '/properties/debug/x_hidden', hint: expect.stringContaining('"keywords": {"x_hidden": "<role>"}') });
    const wrong = tree({ 'schemas/acme.json': spec({ x_secret: 'yes' }), '.connspec.json': config({ x_secret: 'secret', x_order: 'order', x_hidden: 'hidden' }) });
    const w = (await validate(loadConfig(wrong), [], { cwd: wrong })).diagnostics.find((d) => d.rule === 'meta-schema');
    expect(w).toMatchObject({ file: 'acme.json', pointer: '/properties/api_key/x_secret', line: expect.any(Number) });
  });
});

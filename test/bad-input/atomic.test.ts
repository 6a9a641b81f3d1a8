import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticError, MANIFEST, type ConnspecConfig } from '@connspec/core';
import { loadConfig } from 'connspec';
import { generate } from '../support/generate.js';
import { copySchemas, ROOT, snapshotTree, tempConfig } from '../support/workspace.js';
import { BAD_CASES } from './cases.js';

const FOREIGN = 'typescript/NOTES.md';
const FOREIGN_TEXT = 'A note a person left next to the generated types.\n';
const MYSQL = 'entity/services/connections/database/mysqlConnection.json';
const TARGETS = ['fixtures', 'java', 'openapi', 'python', 'test-connections', 'typescript', 'ui-forms'] as const;

/** Breaks one shipped file in a temp copy of the schema tree. */
const ON_DISK: readonly { name: string; file: string; edit: (text: string) => string; rule: string }[] = [
  { name: 'missing comma', file: MYSQL, edit: (t) => t.replace('"type": "object",', '"type": "object"'), rule: 'json-syntax' },
  { name: '$ref to a missing file', file: MYSQL, edit: (t) => t.replace('"./common/basicAuth.json"', '"./common/nope.json"'), rule: 'ref-unresolvable' },
  { name: 'empty file', file: 'type/filterPattern.json', edit: () => '', rule: 'empty-file' },
  { name: 'required names a missing property', file: MYSQL, edit: (t) => t.replace('"required": [', '"required": [\n    "hostPrt",'), rule: 'required-exists' },
];

describe('a failed run leaves the output folder byte-identical', () => {
  let config: ConnspecConfig;
  let before: Map<string, string>;

  beforeAll(async () => {
    config = tempConfig();
    await generate(config);
    writeFileSync(join(config.outDir, FOREIGN), FOREIGN_TEXT);
    before = snapshotTree(config.outDir);
    expect([...before.keys()].filter((p) => p.startsWith('typescript/')).length).toBeGreaterThan(10);
  });

  it.each(BAD_CASES.map((c) => [c.name, c] as const))('in-memory: %s', async (_name, c) => {
    const error = await generate(config, undefined, c.sources).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    const rules = (error as DiagnosticError).diagnostics.map((d) => d.rule);
    for (const e of c.expected) expect(rules).toContain(e.rule);
    expect(snapshotTree(config.outDir)).toEqual(before);
  });

  it.each(ON_DISK.map((c) => [c.name, c] as const))('on disk: %s', async (_name, c) => {
    const schemas = copySchemas();
    const path = join(schemas, c.file);
    const text = readFileSync(path, 'utf8');
    const broken = c.edit(text);
    expect(broken).not.toBe(text);
    writeFileSync(path, broken);
    const error = await generate({ ...config, schemaRoot: schemas }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics.map((d) => [d.rule, d.file])).toContainEqual([c.rule, c.file]);
    expect(snapshotTree(config.outDir)).toEqual(before);
  });

  it('a generator-stage refusal (a foreign file where output would go) also leaves it untouched', async () => {
    const out = tempConfig().outDir;
    const target = loadConfig(ROOT, { outDir: out });
    await generate(target);
    const manifest = join(out, 'typescript', MANIFEST);
    const listed = JSON.parse(readFileSync(manifest, 'utf8')) as string[];
    // Forget that connspec wrote index.ts: it now looks like a file a person put there.
    writeFileSync(manifest, `${JSON.stringify(listed.filter((p) => p !== 'index.ts'), null, 2)}\n`);
    const snapshot = snapshotTree(out);
    await expect(generate(target)).rejects.toThrow(/refusing to overwrite .*index\.ts/);
    expect(snapshotTree(out)).toEqual(snapshot);
  });
});

describe('a successful regeneration after deleting a schema', () => {
  it('removes exactly the stale files connspec wrote and keeps the foreign file', async () => {
    const schemas = copySchemas();
    const config = { ...tempConfig(), schemaRoot: schemas };
    await generate(config);
    writeFileSync(join(config.outDir, FOREIGN), FOREIGN_TEXT);
    const manifests = (): Map<string, string[]> =>
      new Map(TARGETS.map((t) => [t, JSON.parse(readFileSync(join(config.outDir, t, MANIFEST), 'utf8')) as string[]]));
    const before = snapshotTree(config.outDir);
    const listedBefore = manifests();

    rmSync(join(schemas, 'entity/services/connections/testConnectionDefinition.json'));
    const reports = await generate(config);

    const after = snapshotTree(config.outDir);
    const listedAfter = manifests();
    const gone = [...before.keys()].filter((p) => !after.has(p)).sort();
    const stale = TARGETS.flatMap((t) => (listedBefore.get(t) ?? []).filter((p) => !(listedAfter.get(t) ?? []).includes(p)).map((p) => `${t}/${p}`)).sort();
    expect(gone).toContain('typescript/entity/services/connections/testConnectionDefinition.ts');
    // Every target drops only what came from the deleted schema (Java names files by class).
    expect(gone.filter((p) => !/test_?connection/i.test(p))).toEqual([]);
    expect(gone).toEqual(stale);
    expect(reports.flatMap((r) => r.removed.map((p) => `${r.target}/${p}`)).sort()).toEqual(stale);
    expect([...after.keys()].filter((p) => !before.has(p))).toEqual([]);
    expect(after.get(FOREIGN)).toBe(FOREIGN_TEXT);
    expect(after.get('typescript/index.ts')).not.toContain('testConnectionDefinition');
  });
});

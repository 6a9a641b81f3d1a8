import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, createAjv, type IR } from '@connspec/core';
import { DEFINITION_SCHEMA } from '@connspec/generator-test-connections';
import { generate } from '../../support/generate.js';
import { copySchemas, SCHEMAS, snapshotTree, tempConfig } from '../../support/workspace.js';

interface Step {
  name: string;
  description: string;
  errorMessage?: string;
  mandatory: boolean;
  shortCircuit?: boolean;
}
interface Definition {
  name: string;
  displayName: string;
  description: string;
  steps: Step[];
}

let ir: IR;
let out: string;

beforeAll(async () => {
  const config = tempConfig();
  await generate(config, ['test-connections']);
  const analysis = await analyse(config);
  if (!analysis.ir) throw new Error('no IR');
  ir = analysis.ir;
  out = join(config.outDir, 'test-connections');
});

const read = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;
const outputFiles = (): string[] =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
    .map((e) => relative(out, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();

/** The connector's tag as its schema file spells it: the one value of the enum `properties.type` refers to. */
function tagInSchema(path: string): string {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, path), 'utf8')) as { properties: { type: { $ref: string } }; definitions: Record<string, { enum: string[] }> };
  const key = schema.properties.type.$ref.replace('#/definitions/', '');
  return schema.definitions[key]?.enum[0] ?? '';
}

describe('test-connections generator: shipped schemas', () => {
  it('writes one <serviceType>/<tag>.json per connection, plus index.json', () => {
    const connections = ir.files.filter((f) => f.connection);
    expect(connections.length).toBeGreaterThanOrEqual(17);
    expect(outputFiles()).toEqual([...connections.map((f) => `${f.connection?.serviceType}/${f.connection?.tag}.json`), 'index.json'].sort());
  });

  it('every definition is valid against the definition schema in schemas/ (ajv, strict), named by the tag', () => {
    const ajv = createAjv();
    const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, DEFINITION_SCHEMA), 'utf8')) as object);
    for (const file of ir.files.filter((f) => f.connection)) {
      const path = `${file.connection?.serviceType}/${file.connection?.tag}.json`;
      const definition = read<Definition>(path);
      expect(validate(definition), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(definition.name).toBe(tagInSchema(file.path));
      expect(definition.displayName).toBe(`${definition.name} Test Connection`);
      expect(Object.keys(definition)).toEqual(['name', 'displayName', 'description', 'steps']);
      expect(definition.steps[0]).toMatchObject({ name: 'CheckAccess', mandatory: true, shortCircuit: true, errorMessage: expect.stringContaining(definition.name) });
    }
  });

  it('writes DOMAIN.md\'s shape: Mysql without usage flags has the four database steps', () => {
    const mysql = read<Definition>('database/Mysql.json');
    expect(mysql.description).toBe('Validates access to the database and basic metadata extraction.');
    expect(mysql.steps.map((s) => [s.name, s.mandatory, s.shortCircuit ?? false])).toEqual([
      ['CheckAccess', true, true],
      ['GetSchemas', true, false],
      ['GetTables', true, false],
      ['GetViews', false, false],
    ]);
    expect(mysql.steps[0]?.errorMessage).toBe('Failed to connect to Mysql, please validate the credentials');
    expect(mysql.steps[1]?.errorMessage).toMatch(/SHOW DATABASES/);
  });

  it('applies the shipped annotations: Snowflake adds CheckWarehouseAccess after CheckAccess, Kafka sets error messages', () => {
    const snowflake = read<Definition>('database/Snowflake.json');
    expect(snowflake.steps.map((s) => s.name)).toEqual(['CheckAccess', 'CheckWarehouseAccess', 'GetSchemas', 'GetTables', 'GetViews', 'GetQueries']);
    expect(snowflake.steps[1]).toMatchObject({ mandatory: true, errorMessage: expect.stringMatching(/USAGE/) });
    expect(snowflake.steps[5]).toMatchObject({ mandatory: false, errorMessage: expect.stringMatching(/IMPORTED PRIVILEGES/) });
    const kafka = read<Definition>('messaging/Kafka.json');
    expect(kafka.steps.map((s) => [s.name, s.errorMessage])).toEqual([
      ['CheckAccess', expect.stringMatching(/bootstrapServers/)],
      ['GetTopics', expect.stringMatching(/DESCRIBE/)],
    ]);
    expect(read<Definition>('database/Postgres.json').steps.map((s) => s.name)).toContain('GetQueries');
    expect(read<Definition>('messaging/Redpanda.json').steps.map((s) => s.errorMessage)).toEqual(['Failed to connect to Redpanda, please validate the credentials', undefined]);
  });

  it('keeps definitions clean and puts the banner in index.json, which lists every definition', () => {
    for (const path of outputFiles().filter((p) => p !== 'index.json')) expect(readFileSync(join(out, path), 'utf8')).not.toContain('$comment');
    const index = read<{ $comment: string; validatedAgainst: string; definitions: { name: string; definition: string; source: string; steps: string[] }[] }>('index.json');
    expect(index.$comment).toMatch(/^Generated by connspec/);
    expect(index.validatedAgainst).toBe(DEFINITION_SCHEMA);
    expect(index.definitions.map((d) => d.definition).sort()).toEqual(outputFiles().filter((p) => p !== 'index.json'));
    const snowflake = index.definitions.find((d) => d.name === 'Snowflake');
    expect(snowflake).toMatchObject({ source: 'entity/services/connections/database/snowflakeConnection.json', steps: read<Definition>('database/Snowflake.json').steps.map((s) => s.name) });
  });
});

describe('test-connections generator: validation at generation time', () => {
  it('a definition the definition schema rejects stops generation, naming the file, and writes nothing', async () => {
    const schemas = copySchemas();
    const path = join(schemas, DEFINITION_SCHEMA);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"minItems": 1', '"minItems": 1,\n      "maxItems": 5'));
    const config = tempConfig({ schemaRoot: schemas });
    const before = snapshotTree(config.outDir);
    const error = await generate(config, ['test-connections']).then(() => undefined, (e: unknown) => e);
    expect(String(error)).toMatch(/test-connections: database\/\w+\.json \(from entity\/services\/connections\/database\/\w+Connection\.json\) is not valid against entity\/services\/connections\/testConnectionDefinition\.json: \/steps must NOT have more than 5 items/);
    expect(snapshotTree(config.outDir)).toEqual(before);
  });

  it('without a definition schema in the catalogue, checks against the built-in shape and says so', async () => {
    const schemas = copySchemas();
    rmSync(join(schemas, DEFINITION_SCHEMA));
    const config = tempConfig({ schemaRoot: schemas });
    await generate(config, ['test-connections']);
    const index = JSON.parse(readFileSync(join(config.outDir, 'test-connections/index.json'), 'utf8')) as { validatedAgainst: string };
    expect(index.validatedAgainst).toBe('built-in');
    expect(readFileSync(join(config.outDir, 'test-connections/database/Mysql.json'), 'utf8')).toBe(readFileSync(join(out, 'database/Mysql.json'), 'utf8'));
  });
});

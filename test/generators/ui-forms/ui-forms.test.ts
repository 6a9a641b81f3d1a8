import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv, type IR, type SchemaFile } from '@connspec/core';
import { generatedFromShippedSchemas } from '../../support/generated.js';
import { loadSamples } from '../../support/samples.js';
import { BASE_URL, SCHEMAS } from '../../support/workspace.js';

const addFormats = createRequire(import.meta.url)('ajv-formats') as FormatsPlugin;

let ir: IR;
let dir: string;

beforeAll(async () => {
  const generated = await generatedFromShippedSchemas();
  ir = generated.ir;
  dir = join(generated.out, 'ui-forms');
});

interface FormEntry {
  readonly type: string;
  readonly source: string;
  readonly schema: string;
  readonly uiSchema: string;
}

function forms(): FormEntry[] {
  return (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { connections: FormEntry[] }).connections;
}

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

/** A plain consumer's ajv: what a form renderer would validate with (no connspec keywords known). */
function consumerAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('password', true);
  return ajv;
}

/** ajv over the source catalogue, refs and all. */
function sourceAjv(): Ajv {
  const ajv = createAjv({ strict: false });
  for (const f of ir.files) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, f.path), 'utf8')) as object);
  return ajv;
}

describe('ui-forms generator', () => {
  it('writes one schema and one uiSchema per connection', () => {
    const connections = ir.files.filter((f) => f.connection);
    expect(forms().map((f) => f.source).sort()).toEqual(connections.map((f) => f.path).sort());
  });

  it('inlines every $ref, drops every $id, and stays a valid draft-07 schema', () => {
    const ajv = consumerAjv();
    for (const form of forms()) {
      const text = readFileSync(join(dir, form.schema), 'utf8');
      expect(text, form.schema).not.toContain('"$ref"');
      expect(text, form.schema).not.toContain('"$id"');
      expect(ajv.validateSchema(JSON.parse(text) as object), `${form.schema}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('keeps the title/description/default written beside a $ref', () => {
    const mysql = read('database/mysqlConnection.schema.json') as { properties: Record<string, Record<string, unknown>> };
    expect(mysql.properties.type).toMatchObject({ title: 'Service Type', default: 'Mysql', enum: ['Mysql'] });
    expect(mysql.properties.supportsProfiler).toMatchObject({ title: 'Supports Profiler', type: 'boolean' });
  });

  it('titles a choice\'s branches in words and writes a one-branch choice as its branch', () => {
    const mysql = read('database/mysqlConnection.schema.json') as { properties: Record<string, { oneOf?: { title?: string }[]; title?: string }> };
    expect(mysql.properties.authType?.oneOf?.map((b) => b.title)).toEqual(['Basic Auth', 'Iam Auth Configuration Source']);
    expect(mysql.properties.sslConfig).not.toHaveProperty('oneOf');
    expect(mysql.properties.sslConfig).toMatchObject({ title: 'SSL Config', type: 'object', properties: { sslKey: { format: 'password' } } });
  });

  it('accepts and rejects exactly what the source schema does, for every sample of every non-recursive connection', () => {
    const source = sourceAjv();
    const consumer = consumerAjv();
    const byTag = new Map(forms().map((f) => [f.type.toLowerCase(), f]));
    let compared = 0;
    for (const sample of loadSamples()) {
      const form = byTag.get(sample.connector);
      if (!form) throw new Error(`no form for samples/${sample.connector}`);
      const text = readFileSync(join(dir, form.schema), 'utf8');
      if (text.includes('recursion cut')) continue;
      const expected = source.validate(BASE_URL + form.source, sample.value);
      expect(expected, `${sample.connector}/${sample.name} against the source`).toBe(sample.valid);
      expect(consumer.validate(JSON.parse(text) as object, sample.value), `${sample.connector}/${sample.name} against ${form.schema}`).toBe(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('cuts a recursive definition at the documented depth', () => {
    const recursive = forms().filter((f) => readFileSync(join(dir, f.schema), 'utf8').includes('recursion cut after 2 expansions'));
    expect(recursive.map((f) => f.type)).toEqual(['Mlflow']);
  });

  it('writes uiSchemas: declared order, secrets as password widgets, tag and capability flags hidden', () => {
    const file = ir.files.find((f): f is SchemaFile => f.connection?.tag === 'Mysql');
    const decl = file && ir.declarations.get(file.root);
    const ui = read('database/mysqlConnection.uiSchema.json') as Record<string, Record<string, unknown>>;
    const order = decl?.type.kind === 'object' ? decl.type.properties.map((p) => p.name) : [];
    expect(ui['ui:order']).toEqual([...order, '*']);
    expect(ui.type).toEqual({ 'ui:widget': 'hidden' });
    expect(ui.supportsProfiler).toEqual({ 'ui:widget': 'hidden' });
    expect(ui.authType?.password).toEqual({ 'ui:widget': 'password' });
    const snowflake = read('database/snowflakeConnection.uiSchema.json') as Record<string, Record<string, unknown>>;
    expect(snowflake.privateKey).toEqual({ 'ui:widget': 'password' });
  });
});

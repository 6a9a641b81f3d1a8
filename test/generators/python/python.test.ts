import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv, type IR } from '@connspec/core';
import { checkModels, pyrightStrict, type ModelCheckResult } from '../../../tools/python/python.js';
import { generatedFromShippedSchemas } from '../../support/generated.js';
import { loadSamples, type Sample } from '../../support/samples.js';
import { SCHEMAS } from '../../support/workspace.js';
import { moduleParts, RUNTIME_MODULES } from '../../../packages/connspec/src/targets/python/paths.js';
import { connectionClass, errorsAt, PACKAGE, pythonModules } from './support.js';

let ir: IR;
let dir: string;
let samples: Sample[];
let result: ModelCheckResult;

const read = (path: string): string => readFileSync(join(dir, PACKAGE, path), 'utf8');
const sampleId = (s: Sample): string => `${s.connector}/${s.name}`;

beforeAll(async () => {
  const generated = await generatedFromShippedSchemas();
  ir = generated.ir;
  dir = join(generated.out, 'python');
  samples = loadSamples();
  const jobs = samples.map((s) => ({ id: sampleId(s), ...connectionClass(ir, s.connector), value: s.value }));
  result = checkModels(dir, PACKAGE, pythonModules(join(dir, PACKAGE)), jobs);
}, 300_000);

describe('python generator: the package', () => {
  it('imports every module on its own (a fresh package each time), with every model complete', () => {
    const failed = result.imports.filter((i) => !i.ok).map((i) => `${i.module}\n${i.error}`);
    expect(failed).toEqual([]);
    const imported = new Set(result.imports.map((i) => i.module));
    expect(ir.files.map((f) => moduleParts(f.path).join('.')).filter((m) => !imported.has(m))).toEqual([]);
    expect([...RUNTIME_MODULES, ''].filter((m) => !imported.has(m))).toEqual([]);
  });

  it('type-checks under strict pyright with no errors', () => {
    expect(pyrightStrict(dir)).toBe('');
  }, 300_000);

  it('declares every class exactly once across the whole tree, and exports each from the package root', () => {
    const declared = new Map<string, string[]>();
    for (const module of ir.files.map((f) => moduleParts(f.path).join('.'))) {
      const text = read(`${module.split('.').join('/')}.py`);
      for (const m of text.matchAll(/^class (\w+)\(/gm)) declared.set(m[1] ?? '', [...(declared.get(m[1] ?? '') ?? []), module]);
    }
    expect([...declared].filter(([, modules]) => modules.length > 1)).toEqual([]);
    expect(declared.size).toBe(ir.declarations.size);
    const root = readFileSync(join(dir, PACKAGE, '__init__.py'), 'utf8');
    for (const name of declared.keys()) expect(root).toContain(`import ${name} as ${name}\n`);
  });
});

describe('python generator: hand-written samples', () => {
  it('accepts every valid sample, in Python and JSON mode, and dumps it back unchanged', () => {
    const valid = samples.filter((s) => s.valid);
    expect(valid.length).toBeGreaterThan(40);
    const outcomes = valid.map((s) => {
      const r = result.samples.find((x) => x.id === sampleId(s));
      return { id: sampleId(s), accepted: r?.accepted, acceptedJson: r?.acceptedJson, roundTrip: r?.roundTrip, errors: r?.errors.map((e) => `${e.pointer} ${e.type}: ${e.msg}`) };
    });
    expect(outcomes.filter((o) => !o.accepted || !o.acceptedJson || !o.roundTrip)).toEqual([]);
  });

  it('writes JSON its schema accepts: a full dump (defaults included, absent properties left out, secrets revealed)', () => {
    const ajv = createAjv({ strict: false });
    for (const f of ir.files) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, f.path), 'utf8')) as object);
    const rejected = samples.filter((s) => s.valid).flatMap((s) => {
      const file = ir.files.find((f) => f.connection?.tag.toLowerCase() === s.connector);
      const full = result.samples.find((x) => x.id === sampleId(s))?.dumpedFull;
      const validate = file ? ajv.getSchema(file.id) : undefined;
      return validate && validate(full) ? [] : [`${sampleId(s)}: ${ajv.errorsText(validate?.errors)} in ${JSON.stringify(full)}`];
    });
    expect(rejected).toEqual([]);
  });

  it('rejects every invalid sample, in Python and JSON mode, with an error of the right kind where ajv reports it', () => {
    const invalid = samples.filter((s) => !s.valid);
    expect(invalid.length).toBeGreaterThan(40);
    const wrong = invalid.flatMap((s) => {
      const r = result.samples.find((x) => x.id === sampleId(s));
      if (!r || !s.expected) return [`${sampleId(s)}: no result or no manifest entry`];
      if (r.accepted || r.acceptedJson) return [`${sampleId(s)}: accepted (python ${r.accepted}, json ${r.acceptedJson})`];
      if (errorsAt(r, s.expected).length === 0) return [`${sampleId(s)}: expected ${s.expected.keyword} at "${s.expected.instancePath}", got ${r.errors.map((e) => `${e.type} at "${e.pointer}"`).join(', ')}`];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});

describe('python generator: what the models say', () => {
  it('pins a connection tag to a Literal with its default, and keeps the JSON name as the alias', () => {
    const mysql = read('entity/services/connections/database/mysql_connection.py');
    expect(mysql).toContain('type_: Annotated[Literal["Mysql"], Field(alias="type", title="Service Type", description="Service Type")] = "Mysql"');
    expect(mysql).toContain('model_config = ConfigDict(extra="forbid")');
  });

  it('uses Pydantic discriminators only where every branch requires its tag, and exactly-one checks elsewhere', () => {
    const looker = read('entity/services/connections/dashboard/looker_connection.py');
    expect(looker).toMatch(/class LookerConnectionGitCredentials\(RootModel\["Annotated\[Union\[NoGitCredentials, GitHubCredentials, BitBucketCredentials\], Field\(discriminator=\\"type_\\"\)\]"\]\)/);
    const registry = read('entity/services/database_service.py');
    expect(registry).toContain('_cs.OneOf(tag=\\"type\\", values=(\\"BigQuery\\", \\"Mssql\\", \\"Mysql\\", \\"Postgres\\", \\"Snowflake\\", \\"Trino\\", ))');
    const mysql = read('entity/services/connections/database/mysql_connection.py');
    expect(mysql).toContain('RootModel["Annotated[Union[_m_basic_auth.BasicAuth, _m_iam_auth_config.IamAuthConfigurationSource], _cs.OneOf()]"]');
  });

  it('types secrets with the secret type, checks formats, and types open extras', () => {
    const basic = read('entity/services/connections/database/common/basic_auth.py');
    expect(basic).toMatch(/password: Annotated\[_cs\.Secret \| None, Field\(.*\), _cs\.NonNull\] = None/);
    expect(read('_connspec.py')).toContain('from pydantic import SecretStr as _SecretType');
    expect(read('entity/services/connections/pipeline/airflow_connection.py')).toContain('_cs.Format("uri")');
    expect(read('entity/services/connections/connection_basic_type.py')).toContain('__pydantic_extra__: dict[str, StrictStr] = Field(init=False)');
  });
});

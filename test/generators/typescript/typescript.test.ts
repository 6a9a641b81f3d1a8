import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IR } from '@connspec/core';
import { generatedFromShippedSchemas } from '../../support/generated.js';
import { loadSamples, type Sample } from '../../support/samples.js';
import { tscStrict } from '../../support/tsc.js';

let ir: IR;
let dir: string;

beforeAll(async () => {
  const generated = await generatedFromShippedSchemas();
  ir = generated.ir;
  dir = join(generated.out, 'typescript');
});

function tsFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The root type name and module of the connection whose tag lowercases to `connector`. */
function connectionType(connector: string): { name: string; module: string } {
  const file = ir.files.find((f) => f.connection?.tag.toLowerCase() === connector);
  const decl = file ? ir.declarations.get(file.root) : undefined;
  if (!file || !decl) throw new Error(`no connection for samples/${connector}`);
  return { name: decl.name, module: `./${file.path.replace(/\.json$/, '.js')}` };
}

/** Keywords TypeScript's type system can enforce on an object literal. */
const TS_ENFORCEABLE = new Set(['required', 'type', 'enum', 'additionalProperties']);

function sampleModule(samples: readonly Sample[]): string {
  const imports = new Set<string>();
  const lines = samples.map((s, i) => {
    const { name, module } = connectionType(s.connector);
    imports.add(`import type { ${name} as T${name} } from '${module}';`);
    const expectError = !s.valid ? '// @ts-expect-error -- ' + `${s.connector}/${s.name} (${s.expected?.keyword})\n` : '';
    return `${expectError}export const sample${i}: T${name} = ${JSON.stringify(s.value)};`;
  });
  return `${[...imports].sort().join('\n')}\n\n${lines.join('\n')}\n`;
}

describe('typescript generator', () => {
  it('compiles under tsc --strict, together with every valid sample typed as its connection, and rejects invalid ones TypeScript can see', () => {
    const samples = loadSamples().filter((s) => s.valid || (TS_ENFORCEABLE.has(s.expected?.keyword ?? '') && !(s.expected?.instancePath ?? '').includes('/', 1)));
    expect(samples.filter((s) => s.valid).length).toBeGreaterThan(40);
    expect(samples.filter((s) => !s.valid).length).toBeGreaterThan(30);
    writeFileSync(join(dir, '__samples__.ts'), sampleModule(samples));
    expect(tscStrict(dir)).toBe('');
  });

  it('declares every type exactly once across the whole tree', () => {
    const declared = new Map<string, string[]>();
    for (const file of tsFiles(dir).filter((f) => !f.startsWith('__'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/^export (?:interface|type) (\S+?)\b/gm)) declared.set(m[1] ?? '', [...(declared.get(m[1] ?? '') ?? []), file]);
    }
    const duplicates = [...declared].filter(([, files]) => files.length > 1);
    expect(duplicates).toEqual([]);
    // + the Secret and Exclusive helpers and, per connection, its test-step constants (testConnectionSteps.ts)
    expect(declared.size).toBe(ir.declarations.size + 2 + ir.files.filter((f) => f.connection).length);
  });

  it('emits a discriminated union for a tagged oneOf, and otherwise, with a closed branch, an Exclusive union', () => {
    const looker = readFileSync(join(dir, 'entity/services/connections/dashboard/lookerConnection.ts'), 'utf8');
    expect(looker).toMatch(/Discriminated by `type`\.[\s\S]*?export type \w+ = \w+ \| \w+ \| \w+;/);
    const mysql = readFileSync(join(dir, 'entity/services/connections/database/mysqlConnection.ts'), 'utf8');
    expect(mysql).toMatch(/Exactly one branch must match[\s\S]*?export type MysqlConnectionAuthType = Exclusive<BasicAuth \| IamAuthConfigurationSource>;/);
    expect(mysql).toContain("import type { Exclusive } from '../../../../_connspec.js';");
  });

  it('marks secrets, writes enums as literal unions with a readonly values array, and index signatures only where allowed', () => {
    const basic = readFileSync(join(dir, 'entity/services/connections/database/common/basicAuth.ts'), 'utf8');
    expect(basic).toMatch(/password\??: Secret;/);
    expect(basic).toContain("import type { Secret } from '../../../../../_connspec.js';");
    const postgres = readFileSync(join(dir, 'entity/services/connections/database/postgresConnection.ts'), 'utf8');
    expect(postgres).toMatch(/export const \w+ = \["disable", "allow", "prefer", "require", "verify-ca", "verify-full"\] as const;\n[\s\S]*?export type (\w+) = \(typeof \1\)\[number\];/);
    expect(postgres).not.toContain('[key: string]');
    const basicType = readFileSync(join(dir, 'entity/services/connections/connectionBasicType.ts'), 'utf8');
    expect(basicType).toMatch(/export interface ConnectionOptions \{\n {2}\[key: string\]: string;\n\}/);
  });

  it('writes a barrel that re-exports every module', () => {
    const barrel = readFileSync(join(dir, 'index.ts'), 'utf8');
    for (const f of ir.files) expect(barrel).toContain(`from './${f.path.replace(/\.json$/, '.js')}'`);
  });
});

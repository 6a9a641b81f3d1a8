import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IR } from '@connspec/core';
import { generate } from '../../support/generate.js';
import { generatedFromShippedSchemas } from '../../support/generated.js';
import { tscStrict } from '../../support/tsc.js';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

let ir: IR;
let out: string;

beforeAll(async () => {
  const generated = await generatedFromShippedSchemas();
  ir = generated.ir;
  out = generated.out;
});

interface Document {
  openapi: string;
  components: { schemas: Record<string, unknown> };
  'x-connspec-service-types': Record<string, string>;
}

const document = (): Document => JSON.parse(readFileSync(join(out, 'openapi/connspec.openapi.json'), 'utf8')) as Document;

describe('openapi generator', () => {
  it('puts every declaration under components.schemas of one OpenAPI 3.1 document', () => {
    const doc = document();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.schemas).sort()).toEqual([...ir.declarations.values()].map((d) => d.name).sort());
    const text = JSON.stringify(doc);
    for (const m of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas).toHaveProperty([m[1] ?? '']);
  });

  it('has one oneOf per service type over that service type’s connections', () => {
    const doc = document();
    const serviceTypes = ir.files.filter((f) => f.registry).map((f) => f.registry?.serviceType);
    expect(Object.keys(doc['x-connspec-service-types']).sort()).toEqual([...serviceTypes].sort());
    for (const file of ir.files.filter((f) => f.registry)) {
      const ref = doc['x-connspec-service-types'][file.registry?.serviceType ?? ''] ?? '';
      const union = doc.components.schemas[ref.replace('#/components/schemas/', '')] as { oneOf?: { $ref: string }[] };
      const expected = (file.registry?.connections ?? []).map((id) => `#/components/schemas/${ir.declarations.get(id)?.name}`);
      expect(union.oneOf?.map((b) => b.$ref)).toEqual(expected);
    }
  });

  it('agrees with our TypeScript: every declaration is mutually assignable with openapi-typescript’s', () => {
    const imports: string[] = [];
    const checks: string[] = [];
    for (const decl of ir.declarations.values()) {
      const module = `./typescript/${decl.file.replace(/\.json$/, '.js')}`;
      imports.push(`import type { ${decl.name} as Ours${decl.name} } from '${module}';`);
      checks.push(`export const to${decl.name} = (x: Ours${decl.name}): S['${decl.name}'] => x;`);
      checks.push(`export const from${decl.name} = (x: S['${decl.name}']): Ours${decl.name} => x;`);
    }
    const text = `import type { components } from './openapi/connspec.openapi.js';\n${imports.join('\n')}\ntype S = components['schemas'];\n${checks.join('\n')}\n`;
    writeFileSync(join(out, 'assignability.ts'), text);
    expect(checks.length).toBe(ir.declarations.size * 2);
    expect(tscStrict(out, ['assignability.ts'])).toBe('');
  });

  // Redocly's resolver, which openapi-typescript's own entry point runs first, looked these up in plain objects and crashed.
  it.each(['valueOf', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'])(
    'types a property named %s',
    async (name) => {
      const schema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: `${BASE_URL}odd.json`, title: 'Odd', type: 'object', properties: { [name]: { type: 'string' } } };
      const config = tempConfig();
      await generate(config, ['openapi'], [{ path: 'odd.json', text: JSON.stringify(schema) }]);
      const types = readFileSync(join(config.outDir, 'openapi/connspec.openapi.ts'), 'utf8');
      expect(types).toContain(`${name}?: string;`);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { analyse, toJsonSchema, type IR } from '@connspec/core';
import { BASE_URL, tempConfig } from '../../support/workspace.js';

const file = (path: string, body: object) => ({ path, text: JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: BASE_URL + path, ...body }, null, 2) });

async function build(sources: { path: string; text: string }[], rules: Record<string, 'warning'> = {}): Promise<IR> {
  const { ir, diagnostics } = await analyse(tempConfig({ rules }), sources);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!ir) throw new Error('no IR');
  return ir;
}

describe('IR edge cases', () => {
  it('resolves a $ref to a definition that is itself a $ref with sibling keywords', async () => {
    const ir = await build([
      file('a.json', { type: 'object', properties: { x: { $ref: 'b.json#/definitions/alias' } } }),
      file('b.json', { definitions: { alias: { description: 'an alias', $ref: '#/definitions/real' }, real: { type: 'string' } } }),
    ]);
    const root = ir.declarations.get('a.json#')?.type;
    const x = root?.kind === 'object' ? root.properties[0]?.type : undefined;
    expect(x).toMatchObject({ kind: 'ref', target: 'b.json#/definitions/alias' });
    expect(ir.declarations.get('b.json#/definitions/alias')?.type).toMatchObject({ kind: 'ref', target: 'b.json#/definitions/real', annotations: { description: 'an alias' } });
  });

  it('keeps an inferred object kind out of inlined JSON Schema, so non-objects still pass as in draft-07', async () => {
    // Strict mode asks for the `type`; as a warning, the IR is still built from what draft-07 allows.
    const ir = await build([file('a.json', { properties: { x: { type: 'string' } } })], { 'ajv-strict': 'warning' });
    const decl = ir.declarations.get('a.json#');
    expect(decl?.type).toMatchObject({ kind: 'object', implicitType: true });
    expect(decl ? toJsonSchema(ir, decl.type, () => undefined) : {}).not.toHaveProperty('type');
  });

  it('qualifies same-titled roots in one folder by folder and file name', async () => {
    const sources = [file('auth/loginRequest.json', { title: 'Login Request', type: 'object' }), file('auth/basicLoginRequest.json', { title: 'Login Request', type: 'object' })];
    const { ir, diagnostics } = await analyse(tempConfig({ onNameCollision: 'qualify' }), sources);
    expect(diagnostics).toEqual([]);
    expect([...(ir?.declarations.values() ?? [])].map((d) => d.name).sort()).toEqual(['AuthBasicLoginRequest', 'AuthLoginRequest']);
  });

  it('keeps a property named __proto__ (or toString) as a property, not a prototype', async () => {
    const text = '{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://connspec.dev/schema/p.json","type":"object","properties":{"__proto__":{"type":"number"},"toString":{"type":"string"}},"required":["__proto__","constructor"]}';
    const { ir, diagnostics } = await analyse(tempConfig(), [{ path: 'p.json', text }]);
    const root = ir?.declarations.get('p.json#')?.type;
    expect(root?.kind === 'object' && root.properties.map((p) => p.name)).toEqual(['__proto__', 'toString']);
    expect(diagnostics.map((d) => [d.rule, d.pointer])).toEqual([['required-exists', '/required/1']]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse, childNodes, type IR } from '@connspec/core';
import { tempConfig } from '../../support/workspace.js';

const ir = async (): Promise<IR> => {
  const { ir: built, diagnostics } = await analyse(tempConfig());
  expect(diagnostics).toEqual([]);
  if (!built) throw new Error('no IR');
  return built;
};

describe('IR from the shipped schemas', () => {
  it('has one declaration per definition, keyed by file and pointer, each named', async () => {
    const { declarations } = await ir();
    const mysql = declarations.get('entity/services/connections/database/mysqlConnection.json#');
    expect(mysql?.name).toBe('MysqlConnection');
    expect(declarations.get('entity/services/connections/database/common/basicAuth.json#')?.name).toBe('BasicAuth');
    for (const [id, decl] of declarations) expect(id).toBe(`${decl.file}#${decl.origin.pointer}`);
  });

  it('gives every node an origin with a line and column', async () => {
    const { declarations } = await ir();
    for (const decl of declarations.values()) {
      for (const node of childNodes(decl.type)) {
        expect(node.origin.file).toBe(decl.file);
        expect(node.origin.line).toBeGreaterThan(0);
        expect(node.origin.column).toBeGreaterThan(0);
      }
    }
  });

  it('is frozen', async () => {
    const built = await ir();
    const decl = [...built.declarations.values()][0];
    expect(() => (built.declarations as Map<string, unknown>).set('x', {})).toThrow(/immutable/);
    expect(Object.isFrozen(decl?.type)).toBe(true);
  });

  it('represents recursion as a reference cycle', async () => {
    const { declarations } = await ir();
    const id = 'type/filterExpression.json#/definitions/filterExpression';
    const refs = childNodes(declarations.get(id)?.type ?? { kind: 'any', origin: { file: '', pointer: '', line: 1, column: 1 }, annotations: {} });
    expect(refs.some((n) => n.kind === 'ref' && n.target === id)).toBe(true);
  });

  it('knows connections, registries and discriminators', async () => {
    const built = await ir();
    const mysql = built.files.find((f) => f.path.endsWith('mysqlConnection.json'));
    expect(mysql?.connection).toMatchObject({ serviceType: 'database', tag: 'Mysql', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(mysql?.connection?.capabilities.map((c) => c.name)).toContain('supportsProfiler');
    const registry = built.files.find((f) => f.path === 'entity/services/databaseService.json')?.registry;
    expect(registry?.connections).toContain('entity/services/connections/database/mysqlConnection.json#');
    const union = registry?.union ? built.declarations.get(registry.union)?.type : undefined;
    expect(union?.kind === 'union' && union.discriminator?.property).toBe('type');
    const es = built.declarations.get('entity/services/connections/search/elasticSearchConnection.json#/properties/authType')?.type;
    expect(es?.kind === 'union' && es.discriminator).toEqual({ property: 'authMethod', values: ['basic', 'apiKey'] });
  });
});

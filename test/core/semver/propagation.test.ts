import { describe, expect, it } from 'vitest';
import { connection, diffSources, file, S } from './support.js';

const shared = (extra: Record<string, unknown>) => file('security/credentials/token.json', { title: 'Token', type: 'object', properties: { token: S, ...extra }, additionalProperties: false });
const wrapper = file('security/credentials/tokenHolder.json', { title: 'TokenHolder', type: 'object', properties: { auth: { $ref: 'token.json' } }, additionalProperties: false });
const tree = (sharedFile: ReturnType<typeof file>) => [
  connection('entity/services/connections/database/aConnection.json', 'A', { auth: { $ref: '../../../../security/credentials/token.json' } }),
  connection('entity/services/connections/dashboard/bConnection.json', 'B', { auth: { $ref: '../../../../security/credentials/token.json' }, again: { $ref: '../../../../security/credentials/token.json' } }),
  connection('entity/services/connections/pipeline/cConnection.json', 'C', { holder: { $ref: '../../../../security/credentials/tokenHolder.json' } }),
  connection('entity/services/connections/storage/dConnection.json', 'D', { other: S }),
  sharedFile,
  wrapper,
];

describe('propagation of a shared-schema change', () => {
  it('reports the change once, for each of the three connections that reach it, with the reference path', async () => {
    const report = await diffSources(tree(shared({})), tree(shared({ expiry: { type: 'integer' } })));
    expect(report.changes).toHaveLength(1);
    const [change] = report.changes;
    expect(change).toMatchObject({ rule: 'optional-added', class: 'minor', new: { file: 'security/credentials/token.json', pointer: '/properties/expiry' } });
    const vias = Object.fromEntries((change?.connections ?? []).map((c) => [c.path.replace(/^.*\//, ''), c.via]));
    expect(vias).toEqual({
      'aConnection.json': ['entity/services/connections/database/aConnection.json#', 'security/credentials/token.json#'],
      // Reached twice from B (two properties), reported once.
      'bConnection.json': ['entity/services/connections/dashboard/bConnection.json#', 'security/credentials/token.json#'],
      'cConnection.json': ['entity/services/connections/pipeline/cConnection.json#', 'security/credentials/tokenHolder.json#', 'security/credentials/token.json#'],
    });
    const required = Object.fromEntries(report.connections.map((c) => [c.path.replace(/^.*\//, ''), c.required ?? 'none']));
    expect(required).toEqual({ 'aConnection.json': 'minor', 'bConnection.json': 'minor', 'cConnection.json': 'minor', 'dConnection.json': 'none' });
    for (const c of report.connections.filter((x) => x.status === 'changed')) expect(c.changes).toEqual([0]);
  });
});

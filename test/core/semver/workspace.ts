import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConnspecConfig } from '@connspec/core';
import { loadConfig } from 'connspec';
import { connection, file, gitRepo, S, writeFiles, type Json } from './support.js';

export const A = 'entity/services/connections/database/aConnection.json';
export const B = 'entity/services/connections/dashboard/bConnection.json';
export const Z = 'entity/services/connections/pipeline/zConnection.json';

const token = (extra: Json = {}) => file('security/credentials/token.json', { title: 'Token', type: 'object', properties: { token: S, ...extra }, additionalProperties: false });

/** The base commit: A 1.0.0 (host, port), B 1.0.0 (a shared token), Z 0.3.0 (path). */
export function baseFiles(versions: { a?: string; b?: string; z?: string } = {}, change: { aHost?: boolean; tokenExpiry?: boolean; zPath?: boolean } = {}) {
  return [
    connection(A, 'A', { ...(change.aHost === false ? {} : { host: S }), port: { type: 'integer' } }, {}, versions.a ?? '1.0.0'),
    connection(B, 'B', { auth: { $ref: '../../../../security/credentials/token.json' } }, {}, versions.b ?? '1.0.0'),
    connection(Z, 'Z', { ...(change.zPath === false ? {} : { path: S }), depth: { type: 'integer' } }, {}, versions.z ?? '0.3.0'),
    token(change.tokenExpiry ? { expiry: { type: 'integer' } } : {}),
  ]
    .map((f) => ({ ...f, path: `schemas/${f.path}` }))
    .concat({ path: '.connspec.json', text: '{ "preset": "connspec", "schemaRoot": "schemas" }\n' });
}

/** A repository whose HEAD is the base commit; the working tree then gets `files`. */
export function workspace(working?: ReturnType<typeof baseFiles>): { dir: string; config: ConnspecConfig } {
  const dir = gitRepo([baseFiles()]);
  if (working) writeFiles(dir, working);
  return { dir, config: loadConfig(dir) };
}

export const read = (dir: string, path: string): string => readFileSync(join(dir, 'schemas', path), 'utf8');

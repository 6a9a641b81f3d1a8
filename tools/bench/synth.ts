// Seeded synthetic catalogues for the bench's scale series: N OpenMetadata-like connections (10 to 20
// properties each, enums, secrets, patterns, a oneOf of auth branches, `$ref`s into a handful of
// shared files) spread over service-type folders, and a `.connspec.json` saying where they live.
// The same (count, seed) always writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seededRandom } from '../../packages/connspec/src/core/synth/random.js';

const BASE = 'https://bench.connspec.dev/schema/';
const CONNECTIONS = 'entity/services/connections';
const SERVICE_TYPES = ['database', 'dashboard', 'messaging', 'pipeline', 'storage', 'search'] as const;
const WORDS = ['alpha', 'bravo', 'cedar', 'delta', 'ember', 'fjord', 'gamma', 'harbor', 'iris', 'jade', 'koala', 'lumen', 'mesa', 'nova', 'onyx', 'prism'];

type Json = Record<string, unknown>;

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const schemaFile = (path: string, body: Json): Json => ({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `${BASE}${path}`, ...body });

/** The shared files every connection may point at: two auth branches, SSL settings, free-form options. */
function sharedFiles(): Record<string, Json> {
  const str = (title: string, extra: Json = {}): Json => ({ title, description: `${title}.`, type: 'string', ...extra });
  const obj = (path: string, title: string, properties: Json, required: string[] = []): [string, Json] => [
    path,
    schemaFile(path, { title, description: `${title} settings.`, type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false }),
  ];
  return Object.fromEntries([
    obj(`${CONNECTIONS}/common/basicAuth.json`, 'BasicAuth', { password: str('Password', { format: 'password' }) }, ['password']),
    obj(`${CONNECTIONS}/common/tokenAuth.json`, 'TokenAuth', { token: str('Token', { format: 'password' }), tokenUrl: str('Token URL', { format: 'uri' }) }, ['token']),
    obj(`${CONNECTIONS}/common/sslConfig.json`, 'SslConfig', {
      mode: str('SSL Mode', { enum: ['disable', 'require', 'verify-ca', 'verify-full'], default: 'require' }),
      caCertificate: str('CA Certificate', { format: 'password' }),
    }),
    [
      `${CONNECTIONS}/common/connectionOptions.json`,
      schemaFile(`${CONNECTIONS}/common/connectionOptions.json`, { title: 'ConnectionOptions', description: 'Extra options passed to the driver.', type: 'object', additionalProperties: { type: 'string' } }),
    ],
  ]);
}

/** Ten to twenty properties: the tag, a host with a pattern, an auth oneOf, refs to shared files, enums, secrets, numbers, flags. */
function connectionProperties(rnd: () => number, tagDef: string): { properties: Json; required: string[] } {
  const properties: Json = {
    type: { title: 'Service Type', description: 'Service type.', $ref: `#/definitions/${tagDef}` },
    hostPort: { title: 'Host and Port', description: 'Host and port, as host:port.', type: 'string', pattern: '^[^:/\\s]+:[0-9]{1,5}$', examples: ['localhost:1234'] },
    username: { title: 'Username', description: 'User to connect as.', type: 'string', minLength: 1 },
    authType: { title: 'Auth Type', description: 'How to authenticate.', oneOf: [{ $ref: '../common/basicAuth.json' }, { $ref: '../common/tokenAuth.json' }] },
    sslConfig: { title: 'SSL', description: 'SSL settings.', $ref: '../common/sslConfig.json' },
    connectionOptions: { title: 'Connection Options', description: 'Driver options.', $ref: '../common/connectionOptions.json' },
  };
  const extra = 4 + Math.floor(rnd() * 11);
  for (let i = 0; i < extra; i++) {
    const name = `${pick(rnd, WORDS)}${cap(pick(rnd, WORDS))}${i}`;
    const kind = Math.floor(rnd() * 5);
    const base = { title: cap(name), description: `The ${name} setting.` };
    properties[name] = [
      { ...base, type: 'string', enum: ['low', 'medium', 'high'], default: 'medium' },
      { ...base, type: 'string', format: 'password' },
      { ...base, type: 'integer', minimum: 1, maximum: 65535, default: 10 },
      { ...base, type: 'boolean', default: false },
      { ...base, type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
    ][kind];
  }
  return { properties, required: ['hostPort', 'username'] };
}

function connection(index: number, rnd: () => number): [string, Json] {
  const serviceType = SERVICE_TYPES[index % SERVICE_TYPES.length] ?? 'database';
  const name = `${pick(rnd, WORDS)}${String(index).padStart(4, '0')}`;
  const tag = cap(name);
  const path = `${CONNECTIONS}/${serviceType}/${name}Connection.json`;
  const tagDef = `${name}Type`;
  const { properties, required } = connectionProperties(rnd, tagDef);
  const definitions = { [tagDef]: { title: `${tag}Type`, description: 'Service type.', type: 'string', enum: [tag], default: tag } };
  const body = { title: `${tag}Connection`, description: `${tag} ${serviceType} connection config.`, type: 'object', definitions, properties, required, additionalProperties: false };
  return [path, schemaFile(path, body)];
}

/** The config: the OpenMetadata layout of connections under schema/, ids by path, outputs in generated/. */
export const SYNTH_CONFIG = {
  schemaRoot: 'schema',
  baseUrl: BASE,
  outDir: 'generated',
  connections: { paths: [`${CONNECTIONS}/{serviceType}/{name}Connection.json`], exclude: [`${CONNECTIONS}/common/**`], tag: { property: 'type' } },
};

/** Writes `<dir>/schema/...` with `count` connections and `<dir>/.connspec.json`; returns the number of schema files. */
export function writeSynthetic(dir: string, count: number, seed = 12): number {
  const rnd = seededRandom(`bench-synth:${seed}`);
  const files: Record<string, Json> = sharedFiles();
  for (let i = 0; i < count; i++) {
    const [path, schema] = connection(i, rnd);
    files[path] = schema;
  }
  for (const [path, schema] of Object.entries(files)) {
    const target = join(dir, 'schema', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  }
  writeFileSync(join(dir, '.connspec.json'), `${JSON.stringify(SYNTH_CONFIG, null, 2)}\n`);
  return Object.keys(files).length;
}

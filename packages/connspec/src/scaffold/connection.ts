import { posix } from 'node:path';
import { authSchemaPath, needsUsername } from './auth.js';
import { CAPABILITY_FLAGS, FILTER_PATTERNS } from './capabilities.js';
import type { ImportedAuth, OpenApiImport } from './openapi.js';
import type { ScaffoldOptions } from './options.js';

type Json = Record<string, unknown>;

const BASIC_TYPE = 'entity/services/connections/connectionBasicType.json';
const FILTER = 'type/filterPattern.json#/definitions/filterPattern';

export function connectionDir(serviceType: string): string {
  return `entity/services/connections/${serviceType}`;
}

export function connectionPath(o: Pick<ScaffoldOptions, 'serviceType' | 'camelName'>): string {
  return `${connectionDir(o.serviceType)}/${o.camelName}Connection.json`;
}

/** A `$ref` from the connection's folder to a file under the schema root. */
function refTo(o: ScaffoldOptions, target: string): string {
  const rel = posix.relative(connectionDir(o.serviceType), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const javaEnum = (tag: string): string => tag.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

function typeDefinition(o: ScaffoldOptions): Json {
  return { title: `${o.tag}Type`, description: 'Service type.', type: 'string', enum: [o.tag], javaEnums: [{ name: javaEnum(o.tag) }], default: o.tag };
}

function hostPort(o: ScaffoldOptions): Json | undefined {
  const port = o.defaultPort;
  if (o.connectionType === 'sqlalchemy') {
    const example = `localhost:${port ?? 5432}`;
    const base = { title: 'Host and Port', description: `Host and port of the ${o.tag} service, as \`host:port\`.`, type: 'string', pattern: '^[^:/\\s]+:[0-9]{1,5}$', expose: true };
    return port === undefined ? { ...base, examples: [example] } : { ...base, default: example, examples: [example] };
  }
  if (o.connectionType === 'rest_api') {
    const example = port === undefined ? 'https://localhost' : `http://localhost:${port}`;
    const base = { title: 'Host and Port', description: `URL of the ${o.tag} instance.`, type: 'string', format: 'uri', expose: true };
    return port === undefined ? { ...base, examples: [example] } : { ...base, default: example, examples: [example] };
  }
  return undefined;
}

function authProperty(o: ScaffoldOptions): Json {
  return { title: 'Auth Configuration Type', description: 'Choose Auth Config Type.', oneOf: o.authTypes.map((a) => ({ $ref: refTo(o, authSchemaPath(a, o.serviceType)) })) };
}

/** Several OpenAPI schemes: one closed local definition per scheme, each with its own required fields. */
function importedAuthDefinitions(o: ScaffoldOptions, auths: readonly ImportedAuth[]): Json {
  return Object.fromEntries(auths.map((a) => [`${o.camelName}${pascal(a.scheme)}Auth`, {
    title: `${o.tag}${pascal(a.scheme)}Auth`,
    description: `${a.title} (security scheme \`${a.scheme}\`).`,
    type: 'object',
    properties: Object.fromEntries(a.fields.map((f) => [f.name, f.schema])),
    required: a.fields.map((f) => f.name),
    additionalProperties: false,
  }]));
}

function pascal(key: string): string {
  return key.split(/[^A-Za-z0-9]+/).filter((w) => w !== '').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function commonProperties(o: ScaffoldOptions): Json {
  const props: Json = {};
  if (o.connectionType === 'sqlalchemy') {
    props.connectionOptions = { title: 'Connection Options', description: 'Additional connection options to build the URL that can be sent to the service during the connection.', $ref: refTo(o, `${BASIC_TYPE}#/definitions/connectionOptions`) };
  }
  props.connectionArguments = { title: 'Connection Arguments', description: 'Additional connection arguments such as security or protocol configs that can be sent to the service during connection.', $ref: refTo(o, `${BASIC_TYPE}#/definitions/connectionArguments`) };
  for (const [name, title, what] of FILTER_PATTERNS[o.serviceType]) {
    props[name] = { title, description: `Regex to only include/exclude ${what} that match the pattern.`, $ref: refTo(o, FILTER) };
  }
  for (const c of o.capabilities) {
    const flag = CAPABILITY_FLAGS[c];
    props[flag.property] = { title: flag.title, $ref: refTo(o, `${BASIC_TYPE}#/definitions/${flag.property}`), default: true };
  }
  return props;
}

interface Parts {
  readonly props: Json;
  readonly required: string[];
  readonly definitions: Json;
}

function connectionParts(o: ScaffoldOptions): Parts {
  const props: Json = { type: { title: 'Service Type', description: 'Service Type', $ref: `#/definitions/${o.camelName}Type`, default: o.tag } };
  const required: string[] = [];
  if (needsUsername(o.authTypes, o.serviceType)) {
    props.username = { title: 'Username', description: `Username to connect to ${o.tag}. This user should have privileges to read all the metadata in ${o.tag}.`, type: 'string' };
    required.push('username');
  }
  if (o.authTypes.length > 0) {
    props.authType = authProperty(o);
    required.push('authType');
  }
  const host = hostPort(o);
  if (host !== undefined) {
    props.hostPort = host;
    required.push('hostPort');
  }
  return { props, required, definitions: {} };
}

function importedParts(o: ScaffoldOptions, api: OpenApiImport): Parts {
  const props: Json = { type: { title: 'Service Type', description: 'Service Type', $ref: `#/definitions/${o.camelName}Type`, default: o.tag } };
  const required: string[] = [];
  if (api.baseUrl !== undefined) props.baseUrl = { title: 'Base URL', description: `Base URL of the ${api.title} API.`, type: 'string', format: 'uri', expose: true, default: api.baseUrl };
  const [only, ...more] = api.auths;
  if (only !== undefined && more.length === 0) {
    for (const f of only.fields) props[f.name] = f.schema;
    required.push(...only.fields.filter((f) => f.schema.default === undefined).map((f) => f.name));
    return { props, required, definitions: {} };
  }
  const definitions = importedAuthDefinitions(o, api.auths);
  if (api.auths.length > 0) {
    props.authType = { title: 'Auth Configuration Type', description: 'Choose how to authenticate (one security scheme of the API).', oneOf: Object.keys(definitions).map((k) => ({ $ref: `#/definitions/${k}` })) };
    required.push('authType');
  }
  return { props, required, definitions };
}

function describe(o: ScaffoldOptions, api: OpenApiImport | undefined): string {
  const docs = o.docsUrl ?? api?.docsUrl;
  const what = api ? `${api.title}${api.version ? ` (API version ${api.version})` : ''} connection config.${api.description ? ` ${api.description}` : ''}` : `${o.tag} ${o.serviceType === 'api' ? 'API' : pascal(o.serviceType)} Connection Config`;
  return docs ? `${what} Documentation: ${docs}` : what;
}

/** The connection schema, keys in the order the existing schemas use. */
export function buildConnectionSchema(o: ScaffoldOptions, baseUrl: string, api?: OpenApiImport): Json {
  const parts = api ? importedParts(o, api) : connectionParts(o);
  const schema: Json = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${baseUrl}${connectionPath(o)}`,
    title: api ? api.title : `${o.tag}Connection`,
    ...(api ? { typeName: `${o.tag}Connection` } : {}),
    description: describe(o, api),
    type: 'object',
    javaType: `dev.connspec.schema.services.connections.${o.serviceType}.${o.tag}Connection`,
    javaInterfaces: ['dev.connspec.schema.ServiceConnectionEntityInterface'],
    schemaVersion: '1.0.0',
  };
  if (o.testConnection !== undefined) schema.testConnection = o.testConnection;
  schema.definitions = { [`${o.camelName}Type`]: typeDefinition(o), ...parts.definitions };
  schema.properties = { ...parts.props, ...commonProperties(o) };
  if (parts.required.length > 0) schema.required = parts.required;
  schema.additionalProperties = false;
  return schema;
}

import { parse as parseYaml } from 'yaml';
import { ScaffoldError } from './options.js';

type Json = Record<string, unknown>;

/** One connection field made from a security scheme. */
export interface ImportedField {
  readonly name: string;
  readonly schema: Json;
}

/** One security scheme: the fields a config sets to use it. */
export interface ImportedAuth {
  readonly scheme: string;
  readonly title: string;
  readonly fields: readonly ImportedField[];
}

export interface OpenApiImport {
  readonly title: string;
  readonly description: string | undefined;
  readonly version: string;
  readonly docsUrl: string | undefined;
  readonly baseUrl: string | undefined;
  readonly auths: readonly ImportedAuth[];
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const fail = (file: string, what: string): never => {
  throw new ScaffoldError(`OpenAPI document ${file}: ${what}`);
};

/** Parses JSON or YAML text (YAML is a superset, but JSON errors read better from JSON.parse). */
export function parseOpenApiText(text: string, file: string): Json {
  let doc: unknown;
  try {
    doc = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    fail(file, `not valid JSON or YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (!isObject(doc)) return fail(file, 'the document is not an object');
  return doc;
}

function stringAt(obj: Json, key: string): string | undefined {
  const v = obj[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function serverUrl(doc: Json, file: string): string | undefined {
  const servers = doc.servers;
  if (servers === undefined) return undefined;
  const first: unknown = Array.isArray(servers) ? servers[0] : undefined;
  if (!isObject(first) || typeof first.url !== 'string') return fail(file, 'servers[0].url is missing or not a string');
  const variables = isObject(first.variables) ? first.variables : {};
  const url = first.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = variables[name];
    return isObject(v) && typeof v.default === 'string' ? v.default : fail(file, `servers[0].url variable "{${name}}" has no default`);
  });
  if (!/^https?:\/\//.test(url) || !URL.canParse(url)) return fail(file, `servers[0].url "${first.url}" is not an absolute http(s) URL (relative server URLs are not supported)`);
  return url;
}

const secret = (title: string, description: string): Json => ({ title, description, type: 'string', format: 'password' });

function camel(key: string): string {
  const words = key.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const joined = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z]/.test(joined) ? joined : `key${joined.charAt(0).toUpperCase()}${joined.slice(1)}`;
}

function apiKeyAuth(key: string, scheme: Json, file: string): ImportedAuth {
  const where = stringAt(scheme, 'in');
  const header = stringAt(scheme, 'name');
  if (header === undefined || !['header', 'query', 'cookie'].includes(where ?? '')) fail(file, `securitySchemes.${key}: apiKey needs "name" and "in" (header, query or cookie)`);
  const field = camel(key);
  const text = `API key sent in the ${where} ${where === 'header' ? 'header' : 'parameter'} \`${header}\`.`;
  return { scheme: key, title: 'API Key', fields: [{ name: field, schema: secret(`API Key (${header})`, text) }] };
}

function httpAuth(key: string, scheme: Json, file: string): ImportedAuth {
  const kind = (stringAt(scheme, 'scheme') ?? '').toLowerCase();
  if (kind === 'bearer') return { scheme: key, title: 'Bearer Token', fields: [{ name: 'bearerToken', schema: secret('Bearer Token', 'Token sent as `Authorization: Bearer <token>`.') }] };
  if (kind === 'basic') {
    const username = { name: 'username', schema: { title: 'Username', description: 'Username for HTTP basic authentication.', type: 'string' } };
    return { scheme: key, title: 'Basic Auth', fields: [username, { name: 'password', schema: secret('Password', 'Password for HTTP basic authentication.') }] };
  }
  return fail(file, `securitySchemes.${key}: http scheme "${kind || '(none)'}" is not supported (only bearer and basic)`);
}

function oauth2Auth(key: string, scheme: Json, file: string, base: string | undefined): ImportedAuth {
  const flows = isObject(scheme.flows) ? scheme.flows : {};
  const flow = flows.clientCredentials;
  if (!isObject(flow)) return fail(file, `securitySchemes.${key}: oauth2 flows ${Object.keys(flows).join(', ') || '(none)'} are not supported (only clientCredentials)`);
  const raw = stringAt(flow, 'tokenUrl') ?? fail(file, `securitySchemes.${key}: flows.clientCredentials.tokenUrl is missing`);
  if (!URL.canParse(raw, base)) return fail(file, `securitySchemes.${key}: tokenUrl "${raw}" is not a URL`);
  const tokenUrl = new URL(raw, base).href;
  return {
    scheme: key,
    title: 'OAuth2 Client Credentials',
    fields: [
      { name: 'clientId', schema: { title: 'Client ID', description: 'OAuth2 client ID.', type: 'string' } },
      { name: 'clientSecret', schema: secret('Client Secret', 'OAuth2 client secret.') },
      { name: 'tokenUrl', schema: { title: 'Token URL', description: 'OAuth2 token endpoint (client credentials flow).', type: 'string', format: 'uri', default: tokenUrl } },
    ],
  };
}

function importAuth(key: string, scheme: unknown, file: string, base: string | undefined): ImportedAuth {
  if (!isObject(scheme)) return fail(file, `securitySchemes.${key} is not an object`);
  if ('$ref' in scheme) return fail(file, `securitySchemes.${key}: $ref security schemes are not supported`);
  const type = stringAt(scheme, 'type');
  if (type === 'apiKey') return apiKeyAuth(key, scheme, file);
  if (type === 'http') return httpAuth(key, scheme, file);
  if (type === 'oauth2') return oauth2Auth(key, scheme, file, base);
  return fail(file, `securitySchemes.${key}: type "${type ?? '(none)'}" is not supported (only apiKey, http bearer/basic, oauth2 clientCredentials)`);
}

function checkDistinct(auths: readonly ImportedAuth[], file: string): void {
  const seen = new Map<string, string>();
  for (const a of auths) {
    const key = a.fields.map((f) => f.name).sort().join(',');
    const other = seen.get(key);
    if (other !== undefined) fail(file, `securitySchemes.${other} and securitySchemes.${a.scheme} both map to the fields ${key}; keep one`);
    seen.set(key, a.scheme);
  }
}

/** Reads an OpenAPI 3.x document (already parsed) into what the connection schema needs. */
export function importOpenApi(doc: Json, file: string): OpenApiImport {
  const version = stringAt(doc, 'openapi');
  if (version === undefined) return fail(file, stringAt(doc, 'swagger') ? 'Swagger 2.0 is not supported (only OpenAPI 3.x)' : 'missing "openapi" version field');
  if (!/^3\.\d+(\.\d+)?/.test(version)) return fail(file, `openapi version "${version}" is not supported (only 3.x)`);
  const info = isObject(doc.info) ? doc.info : fail(file, 'missing "info" object');
  const title = stringAt(info, 'title') ?? fail(file, 'missing info.title');
  const baseUrl = serverUrl(doc, file);
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const auths = Object.entries(schemes).map(([key, s]) => importAuth(key, s, file, baseUrl));
  checkDistinct(auths, file);
  const docs = isObject(doc.externalDocs) ? stringAt(doc.externalDocs, 'url') : undefined;
  const contact = isObject(info.contact) ? stringAt(info.contact, 'url') : undefined;
  return { title, description: stringAt(info, 'description'), version: stringAt(info, 'version') ?? '', docsUrl: docs ?? contact, baseUrl, auths };
}

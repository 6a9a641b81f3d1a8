import { UsageError } from '../core/diagnostics.js';
/** Options of the connector scaffold, shared by the Nx generator, `connspec scaffold` and the prompts. */
export const SERVICE_TYPES = ['database', 'dashboard', 'pipeline', 'messaging', 'mlmodel', 'storage', 'search', 'api'] as const;
export const CONNECTION_TYPES = ['sqlalchemy', 'rest_api', 'sdk_client'] as const;
export const AUTH_TYPES = ['basic', 'iam', 'azure', 'gcp', 'jwt', 'token', 'oauth'] as const;
export const CAPABILITIES = ['metadata', 'lineage', 'usage', 'profiler', 'stored_procedures', 'data_diff'] as const;

export type ServiceType = (typeof SERVICE_TYPES)[number];
export type ConnectionType = (typeof CONNECTION_TYPES)[number];
export type AuthType = (typeof AUTH_TYPES)[number];
export type Capability = (typeof CAPABILITIES)[number];

/** What a caller passes: lists may be arrays or comma-separated strings (as Nx and the CLI give them). */
export interface RawScaffoldOptions {
  name?: string;
  serviceType?: string;
  connectionType?: string;
  authTypes?: string | readonly string[];
  capabilities?: string | readonly string[];
  defaultPort?: number | string;
  docsUrl?: string;
  force?: boolean;
  fromOpenapi?: string;
  /** A `testConnection` annotation (object or JSON text) written on the schema's root. */
  testConnection?: string | Record<string, unknown>;
}

export interface ScaffoldOptions {
  readonly name: string;
  /** The connector tag, PascalCase (`Acme`, `AcmeCloud`): the `type` enum value. */
  readonly tag: string;
  /** camelCase: file name stem and definition prefix (`acmeCloud`). */
  readonly camelName: string;
  readonly serviceType: ServiceType;
  readonly connectionType: ConnectionType;
  readonly authTypes: readonly AuthType[];
  readonly capabilities: readonly Capability[];
  readonly defaultPort: number | undefined;
  readonly docsUrl: string | undefined;
  readonly force: boolean;
  readonly testConnection: Record<string, unknown> | undefined;
}

/** A refusal: a clear message, nothing written. */
export class ScaffoldError extends UsageError {
  override readonly name = 'ScaffoldError';
}

const NAME = /^[A-Za-z][A-Za-z0-9]*(?:[-_ ][A-Za-z0-9]+)*$/;

export function nameParts(name: string): { tag: string; camelName: string } {
  if (!NAME.test(name) || name.length > 64) {
    throw new ScaffoldError(`invalid connector name "${name}": use letters and digits, starting with a letter (words may be joined by "-", "_" or " "), at most 64 characters, e.g. "acme" or "acme-cloud"`);
  }
  const words = name.split(/[-_ ]/);
  const tag = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return { tag, camelName: tag.charAt(0).toLowerCase() + tag.slice(1) };
}

export function listOption(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const items = typeof value === 'string' ? value.split(',') : value.flatMap((v) => v.split(','));
  return [...new Set(items.map((v) => v.trim()).filter((v) => v !== ''))];
}

function oneOfList<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ScaffoldError(`unknown ${what} "${value}"; expected one of: ${allowed.join(', ')}`);
}

function parsePort(value: number | string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ScaffoldError(`invalid --defaultPort "${value}": expected an integer from 1 to 65535`);
  return port;
}

function parseTestConnection(value: RawScaffoldOptions['testConnection']): Record<string, unknown> | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ScaffoldError(`invalid --testConnection: expected a JSON object such as {"remove":["GetCharts"]}`);
}

function checkUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!URL.canParse(value)) throw new ScaffoldError(`invalid --docsUrl "${value}": expected an absolute URL`);
  return value;
}

/** Checks and normalises the options; throws `ScaffoldError` on the first problem. */
export function normaliseOptions(raw: RawScaffoldOptions): ScaffoldOptions {
  if (raw.name === undefined || raw.name.trim() === '') throw new ScaffoldError('missing --name: the connector name, e.g. --name acme');
  const name = raw.name.trim();
  const serviceType = oneOfList('service type', raw.serviceType ?? 'database', SERVICE_TYPES);
  const connectionType = oneOfList('connection type', raw.connectionType ?? (serviceType === 'database' ? 'sqlalchemy' : 'rest_api'), CONNECTION_TYPES);
  const authTypes = listOption(raw.authTypes).map((a) => oneOfList('auth type', a, AUTH_TYPES));
  const capabilities = listOption(raw.capabilities ?? 'metadata').map((c) => oneOfList('capability', c, CAPABILITIES));
  return {
    name,
    ...nameParts(name),
    serviceType,
    connectionType,
    authTypes,
    capabilities,
    defaultPort: parsePort(raw.defaultPort),
    docsUrl: checkUrl(raw.docsUrl),
    force: raw.force === true,
    testConnection: parseTestConnection(raw.testConnection),
  };
}

export { AUTH_TYPES, CAPABILITIES, CONNECTION_TYPES, SERVICE_TYPES, ScaffoldError, normaliseOptions, type RawScaffoldOptions, type ScaffoldOptions } from './options.js';
export { buildConnectionSchema, connectionPath } from './connection.js';
export { importOpenApi, parseOpenApiText, type OpenApiImport } from './openapi.js';
export { ensureCapabilityFlags, registerConnector, registryPath } from './registry.js';
export { checkPlan, planScaffold, type FileWrite, type ScaffoldPlan, type SchemaStore } from './scaffold.js';
export { diskStore, writeToDisk } from './store.js';
export { promptOptions, type PromptIO } from './prompts.js';

import { bannerText, toJsonSchema, type IR, type JsonObject, type JsonValue } from '../../core/index.js';

/** `#/components/schemas/<Name>` for every declaration, by the names the naming service chose. */
export function openapiDocument(ir: IR): JsonObject {
  const refs = (target: string): JsonObject => ({ $ref: `#/components/schemas/${ir.declarations.get(target)?.name ?? 'Missing'}` });
  const schemas: JsonObject = {};
  for (const decl of ir.declarations.values()) schemas[decl.name] = to2020(toJsonSchema(ir, decl.type, refs));
  const serviceTypes: JsonObject = {};
  for (const f of ir.files) {
    const union = f.registry?.union ? ir.declarations.get(f.registry.union) : undefined;
    if (f.registry && union) serviceTypes[f.registry.serviceType] = `#/components/schemas/${union.name}`;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'connspec connection schemas',
      version: '1.0.0',
      description: `${bannerText('every schema')} Each service type's connection oneOf is listed in x-connspec-service-types.`,
    },
    paths: {},
    components: { schemas },
    'x-connspec-service-types': serviceTypes,
  };
}

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12: tuple `items` become `prefixItems`, `additionalItems`
 * becomes `items`, and `dependencies` split into `dependentRequired` / `dependentSchemas`.
 */
function to2020(value: JsonValue): JsonObject {
  const schema = value as JsonObject;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(schema)) {
    if (key === 'items' && Array.isArray(v)) out.prefixItems = v.map(to2020);
    else if (key === 'additionalItems') out.items = to2020(v);
    else if (key === 'dependencies' && isMap(v)) splitDependencies(v, out);
    else out[key] = SUBSCHEMA_KEYS.has(key) ? mapSubschemas(key, v) : v;
  }
  return out;
}

const SUBSCHEMA_KEYS = new Set(['properties', 'patternProperties', 'additionalProperties', 'items', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'oneOf', 'anyOf', 'allOf']);
const MAP_KEYS = new Set(['properties', 'patternProperties']);

function mapSubschemas(key: string, v: JsonValue): JsonValue {
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(to2020);
  if (MAP_KEYS.has(key) && isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, s]) => [k, to2020(s)]));
  return to2020(v);
}

function splitDependencies(deps: JsonObject, out: JsonObject): void {
  const required = Object.entries(deps).filter(([, d]) => Array.isArray(d));
  const schemas = Object.entries(deps).filter(([, d]) => !Array.isArray(d));
  if (required.length) out.dependentRequired = Object.fromEntries(required);
  if (schemas.length) out.dependentSchemas = Object.fromEntries(schemas.map(([k, s]) => [k, to2020(s)]));
}

function isMap(v: JsonValue): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv, type ConnspecConfig } from '@connspec/core';
import { listFiles } from '../../openmetadata/run-corpus.js';
import type { Fixture } from '../verdicts.js';

/**
 * Keywords no static type expresses: bounds, lengths, patterns, formats, counts, uniqueness and the
 * conditional or negative ones. The type-level schema drops them, so a value they alone reject is valid there.
 */
const VALUE_KEYWORDS: readonly string[] = [
  'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern',
  'format', 'maxItems', 'minItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'maxProperties',
  'minProperties', 'propertyNames', 'dependencies', 'dependentRequired', 'dependentSchemas', 'if', 'then', 'else',
  'not', 'additionalItems', 'unevaluatedItems', 'unevaluatedProperties', 'patternProperties',
];

/** Keywords whose value is a map of subschemas, and those whose value is a subschema or a list of them. */
const SCHEMA_MAPS = new Set(['properties', 'definitions', '$defs']);
const SUBSCHEMAS = new Set(['additionalProperties', 'items', 'prefixItems', 'allOf', 'anyOf', 'oneOf']);

/**
 * A schema as a static type sees it: the value keywords dropped, `integer` read as `number` (TypeScript
 * has one number type), `oneOf` read as `anyOf` (a type cannot say "exactly one"), `additionalProperties`
 * beside `patternProperties` dropped (an index signature cannot tell keys apart by pattern), and a typed
 * `additionalProperties` widened by the declared properties' schemas, as the index signature is.
 */
export function typeLevelSchema(schema: unknown): unknown {
  if (Array.isArray(schema) || schema === null || typeof schema !== 'object') return schema;
  const source = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (VALUE_KEYWORDS.includes(key)) continue;
    if (key === 'additionalProperties' && 'patternProperties' in source) continue;
    if (key === 'type') out[key] = integerAsNumber(value);
    else if (SCHEMA_MAPS.has(key) && isRecord(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeLevelSchema(v)]));
    else if (SUBSCHEMAS.has(key)) out[key] = Array.isArray(value) ? value.map(typeLevelSchema) : typeLevelSchema(value);
    else out[key] = value;
  }
  // One index signature types every extra key: it admits the declared members' types too.
  if (isRecord(out.additionalProperties) && isRecord(out.properties)) {
    out.additionalProperties = { anyOf: [out.additionalProperties, ...Object.values(out.properties)] };
  }
  if (out.oneOf !== undefined) {
    const anyOf = { anyOf: out.oneOf };
    delete out.oneOf;
    out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), anyOf];
  }
  return out;
}

function integerAsNumber(type: unknown): unknown {
  if (type === 'integer') return 'number';
  return Array.isArray(type) ? [...new Set(type.map((t) => (t === 'integer' ? 'number' : t)))] : type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Whether a static type can reject a fixture: every valid one (it must type-check), an invalid one that
 * says so itself (a probe's `typescript`), and any other invalid one that the catalogue's type-level
 * schemas still reject. Those are the fixtures TypeScript is judged on.
 */
export function typeLevelJudge(config: ConnspecConfig): (f: Fixture) => boolean {
  const ajv = createAjv({ strict: false, logger: false });
  for (const path of listFiles(config.schemaRoot, '.json')) {
    const schema = JSON.parse(readFileSync(join(config.schemaRoot, path), 'utf8')) as Record<string, unknown>;
    const { $id: _id, ...rest } = schema;
    ajv.addSchema(typeLevelSchema(config.refBase === 'file' ? rest : schema) as object, config.baseUrl + path);
  }
  return (f) => f.valid || (f.typescript ?? ajv.getSchema(config.baseUrl + f.connection)?.(f.value) === false);
}

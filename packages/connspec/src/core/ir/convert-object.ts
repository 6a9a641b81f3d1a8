import type { JsonObject } from '../load/source-file.js';
import { joinPointer } from '../pointer.js';
import { isObject } from '../util/walk.js';
import { child, type ConvertContext } from './convert.js';
import { additionalOf, dependencyEntries } from './convert-2020.js';
import type { Additional, Annotations, ObjectNode, Property, TypeNode } from './types.js';

export function convertObject(ctx: ConvertContext, schema: JsonObject, pointer: string, annotations: Annotations): ObjectNode {
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
  const props = isObject(schema.properties) ? schema.properties : {};
  const properties: Property[] = Object.entries(props).map(([name, value]) => {
    const at = joinPointer(pointer, 'properties', name);
    const role = propertyRole(ctx, pointer, name);
    return { name, required: required.has(name), type: child(ctx, value, at), origin: ctx.origin(at), ...(role ? { role } : {}) };
  });
  return {
    kind: 'object',
    properties,
    additional: additional(ctx, schema, pointer),
    patternProperties: isObject(schema.patternProperties)
      ? Object.entries(schema.patternProperties).map(([pattern, value]) => ({
          pattern,
          type: child(ctx, value, joinPointer(pointer, 'patternProperties', pattern)),
        }))
      : [],
    ...(schema.propertyNames !== undefined ? { propertyNames: child(ctx, schema.propertyNames, joinPointer(pointer, 'propertyNames')) } : {}),
    ...(typeof schema.minProperties === 'number' ? { minProperties: schema.minProperties } : {}),
    ...(typeof schema.maxProperties === 'number' ? { maxProperties: schema.maxProperties } : {}),
    dependencies: dependencies(ctx, schema, pointer),
    extraRequired: [...required].filter((r) => !Object.hasOwn(props, r)),
    origin: ctx.origin(pointer),
    annotations,
  };
}

function additional(ctx: ConvertContext, schema: JsonObject, pointer: string): Additional {
  const found = additionalOf(schema);
  if (found === undefined) return { kind: 'unspecified' };
  const { key, value } = found;
  if (value === false) return { kind: 'closed' };
  if (value === true || (isObject(value) && Object.keys(value).length === 0)) return { kind: 'open' };
  return { kind: 'typed', type: child(ctx, value, joinPointer(pointer, key)) };
}

function dependencies(ctx: ConvertContext, schema: JsonObject, pointer: string): ObjectNode['dependencies'] {
  return dependencyEntries(schema).map(({ property, value, key }) => {
    const requires: readonly string[] | TypeNode = Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : child(ctx, value, joinPointer(pointer, key, property));
    return { property, requires };
  });
}

/** On a connection's root object: the tag property (config `connections.tag`) and capability flags (`connections.capabilities`). */
function propertyRole(ctx: ConvertContext, pointer: string, name: string): Property['role'] {
  if (pointer !== '' || ctx.role.kind !== 'connection') return undefined;
  if (name === ctx.tagProperty) return 'tag';
  return ctx.capabilities?.test(name) ? 'capability' : undefined;
}

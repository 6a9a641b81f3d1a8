import { joinPointer } from '../../pointer.js';
import { isObject } from '../../util/walk.js';
import { deref, singleValue } from '../deref.js';
import type { Finding, LintContext, LintRule } from '../rule.js';

/** The `type` tag value of a connection file, when it has a well-formed one. */
export function connectionTag(ctx: LintContext, file: string): string | undefined {
  const tag = deref(ctx, { file, pointer: '/properties/type' });
  return tag ? singleValue(tag.schema) : undefined;
}

function connectionFiles(ctx: LintContext): string[] {
  return ctx.files.filter((f) => ctx.roles.get(f.path)?.kind === 'connection').map((f) => f.path);
}

export const connectionTypeTag: LintRule = {
  id: 'connection-type-tag',
  sentence: 'A connection schema has a `type` property pinned to one string (a one-value `enum`), its connector tag.',
  severity: 'error',
  check: (ctx) =>
    connectionFiles(ctx).flatMap((file): Finding[] =>
      connectionTag(ctx, file) !== undefined
        ? []
        : [{ file, pointer: '/properties', message: 'no "type" property with a one-value enum', hint: 'add "type": {"$ref": "#/definitions/<name>Type"} where that definition is {"type": "string", "enum": ["<Name>"], "default": "<Name>"}' }],
    ),
};

export const connectionVersion: LintRule = {
  id: 'connection-version',
  sentence: 'A connection schema declares its semantic version in `schemaVersion`.',
  severity: 'error',
  check: (ctx) =>
    connectionFiles(ctx).flatMap((file): Finding[] => {
      const root = ctx.byPath.get(file)?.value;
      if (isObject(root) && typeof root.schemaVersion === 'string') return [];
      return [{ file, pointer: '', message: 'no "schemaVersion"', hint: 'add "schemaVersion": "1.0.0" at the root; raise it when the schema changes' }];
    }),
};

/** Registry layout: root `serviceType` (an enum) and `connection` whose `config` is a oneOf of connections. */
export function registryParts(ctx: LintContext, file: string) {
  const enumAt = deref(ctx, { file, pointer: '/properties/serviceType' });
  const connection = deref(ctx, { file, pointer: '/properties/connection' });
  const unionPointer = connection ? joinPointer(connection.pointer, 'properties', 'config', 'oneOf') : undefined;
  const enumValues = Array.isArray(enumAt?.schema.enum) ? enumAt.schema.enum.filter((v): v is string => typeof v === 'string') : undefined;
  return { enumAt, enumValues, connection, unionPointer };
}

export const registryConsistent: LintRule = {
  id: 'registry-consistent',
  sentence: "A service registry's `serviceType` enum and its `connection.config` oneOf list the same connectors, and every connection of that service type is registered.",
  severity: 'error',
  check: (ctx) => ctx.files.filter((f) => ctx.roles.get(f.path)?.kind === 'registry').flatMap((f) => checkRegistry(ctx, f.path)),
};

function checkRegistry(ctx: LintContext, file: string): Finding[] {
  const { enumAt, enumValues, connection, unionPointer } = registryParts(ctx, file);
  if (!enumAt || !enumValues || !connection || !unionPointer) {
    return [{ file, pointer: '/properties', message: 'registry lacks a "serviceType" enum or a "connection" object with a "config" oneOf', hint: 'declare properties.serviceType (string enum) and properties.connection.properties.config (oneOf of $refs to connection schemas)' }];
  }
  const branches = isObject(connection.schema.properties) && isObject(connection.schema.properties.config) && Array.isArray(connection.schema.properties.config.oneOf) ? connection.schema.properties.config.oneOf : [];
  const listed = new Map<string, string>();
  branches.forEach((_, i) => {
    const target = deref(ctx, { file: connection.file, pointer: joinPointer(unionPointer, i) });
    const tag = target ? connectionTag(ctx, target.file) : undefined;
    if (target && tag) listed.set(tag, target.file);
  });
  const out: Finding[] = [];
  const enumPointer = joinPointer(enumAt.pointer, 'enum');
  for (const value of enumValues) {
    if (!listed.has(value)) out.push({ file: enumAt.file, pointer: enumPointer, message: `serviceType "${value}" has no connection in the config oneOf`, hint: `add {"$ref": ...} to the ${value} connection schema in the oneOf, or drop "${value}" from the enum` });
  }
  for (const [tag, target] of listed) {
    if (!enumValues.includes(tag)) out.push({ file: connection.file, pointer: unionPointer, message: `connection ${target} (type "${tag}") is in the oneOf but not in the serviceType enum`, hint: `add "${tag}" to the serviceType enum` });
  }
  const role = ctx.roles.get(file);
  const registered = new Set(listed.values());
  for (const candidate of connectionFiles(ctx)) {
    const r = ctx.roles.get(candidate);
    if (role?.kind === 'registry' && r?.kind === 'connection' && r.serviceType === role.serviceType && !registered.has(candidate)) {
      out.push({ file, pointer: unionPointer, message: `connection ${candidate} is not registered`, hint: 'add its $ref to the config oneOf and its type value to the serviceType enum' });
    }
  }
  return out;
}

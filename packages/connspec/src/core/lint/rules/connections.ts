import { joinPointer } from '../../pointer.js';
import { isObject } from '../../util/walk.js';
import { deref, singleValue, unknowable } from '../deref.js';
import type { Finding, LintContext, LintRule } from '../rule.js';

/** The configured tag property, when the tag is a property (`connections.tag.property`). */
function tagProperty(ctx: LintContext): string | undefined {
  const tag = ctx.layout.connections?.tag;
  return tag !== undefined && 'property' in tag ? tag.property : undefined;
}

/** The tag of a connection file: its tag property's one value, else (tag from name or title) what the layout says. */
export function connectionTag(ctx: LintContext, file: string): string | undefined {
  const property = tagProperty(ctx);
  if (property !== undefined) {
    const tag = deref(ctx, { file, pointer: joinPointer('/properties', property) });
    return tag ? singleValue(tag.schema) : undefined;
  }
  const role = ctx.roles.get(file);
  const root = ctx.byPath.get(file)?.value;
  if (ctx.layout.connections?.tag && 'from' in ctx.layout.connections.tag && ctx.layout.connections.tag.from === 'title') return isObject(root) && typeof root.title === 'string' ? root.title : undefined;
  return role?.kind === 'connection' ? role.name : undefined;
}

function connectionFiles(ctx: LintContext): string[] {
  return ctx.files.filter((f) => ctx.roles.get(f.path)?.kind === 'connection').map((f) => f.path);
}

export const connectionTypeTag: LintRule = {
  id: 'connection-type-tag',
  sentence: 'A connection schema has its tag property (`connections.tag.property` in the config, `type` in the OpenMetadata presets) pinned to one string (a one-value `enum` or a `const`); with `"tag": {"from": "title"}`, it has a `title`.',
  severity: 'error',
  check: (ctx) =>
    connectionFiles(ctx).flatMap((file): Finding[] => {
      if (connectionTag(ctx, file) !== undefined) return [];
      const property = tagProperty(ctx);
      if (property !== undefined && unknowable(ctx, { file, pointer: joinPointer('/properties', property) })) return [];
      if (property === undefined) return [{ file, pointer: '', message: 'no "title" to take the connector tag from', hint: 'add a "title", or set "connections": {"tag": {"from": "name"}} in .connspec.json' }];
      return [{ file, pointer: '/properties', message: `no "${property}" property pinned to one value`, hint: `add "${property}": {"type": "string", "enum": ["<Name>"], "default": "<Name>"}, or, if your connections have no tag property, set "connections": {"tag": {"from": "name"}} in .connspec.json` }];
    }),
};

export const connectionVersion: LintRule = {
  id: 'connection-version',
  sentence: 'A connection schema declares its semantic version in the version keyword, when the config requires one (`connections.version`, `schemaVersion` in the connspec preset).',
  severity: 'error',
  check: (ctx) => {
    const version = ctx.layout.connections?.version;
    if (version?.required !== true) return [];
    return connectionFiles(ctx).flatMap((file): Finding[] => {
      const root = ctx.byPath.get(file)?.value;
      if (isObject(root) && typeof root[version.keyword] === 'string') return [];
      return [{ file, pointer: '', message: `no "${version.keyword}"`, hint: `add "${version.keyword}": "1.0.0" at the root and raise it when the schema changes, or set "connections": {"version": {"keyword": "${version.keyword}", "required": false}} in .connspec.json` }];
    });
  },
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
  // A part that sits in a file that did not parse is unknown, not absent: that file's own error says so.
  if (['/properties/serviceType', '/properties/connection'].some((pointer) => unknowable(ctx, { file, pointer }))) return [];
  if (!enumAt || !enumValues || !connection || !unionPointer) {
    return [{ file, pointer: '/properties', message: 'registry lacks a "serviceType" enum or a "connection" object with a "config" oneOf', hint: 'declare properties.serviceType (string enum) and properties.connection.properties.config (oneOf of $refs to connection schemas)' }];
  }
  const branches = isObject(connection.schema.properties) && isObject(connection.schema.properties.config) && Array.isArray(connection.schema.properties.config.oneOf) ? connection.schema.properties.config.oneOf : [];
  const listed = new Map<string, string>();
  let unknown = false;
  branches.forEach((_, i) => {
    const branch = { file: connection.file, pointer: joinPointer(unionPointer, i) };
    unknown ||= unknowable(ctx, branch);
    const target = deref(ctx, branch);
    const tag = target ? connectionTag(ctx, target.file) : undefined;
    if (target && tag) listed.set(tag, target.file);
  });
  const out: Finding[] = [];
  const enumPointer = joinPointer(enumAt.pointer, 'enum');
  // A branch into a file that did not parse may be the connection an enum value lacks.
  for (const value of unknown ? [] : enumValues) {
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

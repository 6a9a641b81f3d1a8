import { textDigest } from '../cache/units.js';
import type { SourceFile } from '../load/source-file.js';
import { isObject } from '../util/walk.js';
import type { Layout } from './classify.js';
import { defaultOf, derefNode, objectOf, pinnedString } from './query.js';
import type { ConnectionInfo, Declaration, DeclId, RegistryInfo, SchemaFile } from './types.js';

type Decls = ReadonlyMap<DeclId, Declaration>;

/** The file's facts; `own` is the ids of the declarations it holds, in document order. */
export function fileInfo(file: SourceFile, input: { readonly baseUrl: string; readonly layout: Layout }, declarations: Decls, own: readonly DeclId[]): SchemaFile {
  const root = `${file.path}#`;
  const role = input.layout.classify(file.path);
  const value = isObject(file.value) ? file.value : {};
  const id = typeof value.$id === 'string' ? value.$id : input.baseUrl + file.path;
  const versionKeyword = input.layout.connections?.version?.keyword;
  const version = versionKeyword !== undefined && typeof value[versionKeyword] === 'string' ? value[versionKeyword] : undefined;
  const base = { path: file.path, id, root, declarations: own, digest: textDigest(file.text) };
  if (role.kind === 'connection') {
    const fallback = input.layout.connections?.tag && 'from' in input.layout.connections.tag && input.layout.connections.tag.from === 'title' && typeof value.title === 'string' ? value.title : role.name;
    const connection = connectionInfo(declarations, root, role.serviceType, fallback, version);
    const annotation = isObject(file.value) ? file.value.testConnection : undefined;
    const testConnection = annotation === undefined ? {} : { testConnection: { value: annotation, origin: { file: file.path, pointer: '/testConnection', ...file.locate('/testConnection') } } };
    return connection ? { ...base, connection: { ...connection, ...testConnection } } : base;
  }
  if (role.kind === 'registry') return { ...base, registry: registryInfo(declarations, root, role.serviceType) };
  return base;
}

/**
 * A connection's facts. The tag is its tag property's pinned value; without one (tag from name or
 * title, or a property left unpinned, which lint reports) it is `fallback`.
 */
function connectionInfo(declarations: Decls, root: DeclId, serviceType: string, fallback: string, version: string | undefined): ConnectionInfo | undefined {
  const decl = declarations.get(root);
  const object = decl ? objectOf(declarations, decl.type) : undefined;
  if (object === undefined) return undefined;
  const tagProperty = object.properties.find((p) => p.role === 'tag');
  const tag = (tagProperty ? pinnedString(declarations, tagProperty.type) : undefined) ?? fallback;
  const capabilities = object.properties
    .filter((p) => p.role === 'capability')
    .map((p) => {
      const d = defaultOf(declarations, p.type)?.value;
      return typeof d === 'boolean' ? { name: p.name, default: d } : { name: p.name };
    });
  return { serviceType, tag, capabilities, ...(version ? { version } : {}) };
}

/** The registry's `connection.config` union and the connection roots it lists. */
function registryInfo(declarations: Decls, root: DeclId, serviceType: string): RegistryInfo {
  const decl = declarations.get(root);
  const connection = decl ? objectOf(declarations, decl.type)?.properties.find((p) => p.name === 'connection') : undefined;
  const config = connection ? objectOf(declarations, connection.type)?.properties.find((p) => p.name === 'config') : undefined;
  const unionRef = config?.type.kind === 'ref' ? config.type.target : undefined;
  const union = config ? derefNode(declarations, config.type) : undefined;
  const connections = union?.kind === 'union' ? union.variants.flatMap((v) => (v.kind === 'ref' ? [v.target] : [])) : [];
  return { serviceType, connections, ...(unionRef ? { union: unionRef } : {}) };
}

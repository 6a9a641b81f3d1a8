import type { SourceFile } from '../load/source-file.js';
import { isObject } from '../util/walk.js';
import { classifyFile } from './classify.js';
import { defaultOf, derefNode, objectOf, pinnedString } from './query.js';
import type { ConnectionInfo, Declaration, DeclId, RegistryInfo, SchemaFile } from './types.js';

type Decls = ReadonlyMap<DeclId, Declaration>;

export function fileInfo(file: SourceFile, baseUrl: string, declarations: Decls): SchemaFile {
  const root = `${file.path}#`;
  const own = [...declarations.values()].filter((d) => d.file === file.path).map((d) => d.id);
  const role = classifyFile(file.path);
  const id = isObject(file.value) && typeof file.value.$id === 'string' ? file.value.$id : baseUrl + file.path;
  const version = isObject(file.value) && typeof file.value.schemaVersion === 'string' ? file.value.schemaVersion : undefined;
  const base = { path: file.path, id, root, declarations: own };
  if (role.kind === 'connection') {
    const connection = connectionInfo(declarations, root, role.serviceType, version);
    const annotation = isObject(file.value) ? file.value.testConnection : undefined;
    const testConnection = annotation === undefined ? {} : { testConnection: { value: annotation, origin: { file: file.path, pointer: '/testConnection', ...file.locate('/testConnection') } } };
    return connection ? { ...base, connection: { ...connection, ...testConnection } } : base;
  }
  if (role.kind === 'registry') return { ...base, registry: registryInfo(declarations, root, role.serviceType) };
  return base;
}

function connectionInfo(declarations: Decls, root: DeclId, serviceType: string, version: string | undefined): ConnectionInfo | undefined {
  const decl = declarations.get(root);
  const object = decl ? objectOf(declarations, decl.type) : undefined;
  const tagProperty = object?.properties.find((p) => p.role === 'tag');
  const tag = tagProperty ? pinnedString(declarations, tagProperty.type) : undefined;
  if (object === undefined || tag === undefined) return undefined;
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

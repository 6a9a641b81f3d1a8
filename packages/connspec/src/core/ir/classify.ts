/** What a schema file is, decided by where it lives (the OpenMetadata layout our users share). */
export type FileRole =
  | { readonly kind: 'connection'; readonly serviceType: string }
  | { readonly kind: 'registry'; readonly serviceType: string }
  | { readonly kind: 'shared' };

/** `entity/services/connections/<serviceType>/<name>Connection.json`: one connector's settings. */
const CONNECTION = /^entity\/services\/connections\/([A-Za-z]+)\/[A-Za-z0-9]+Connection\.json$/;
/** `entity/services/<serviceType>Service.json`: the registry of every connector of a service type. */
const REGISTRY = /^entity\/services\/([a-z][A-Za-z]*)Service\.json$/;

export function classifyFile(path: string): FileRole {
  const connection = CONNECTION.exec(path);
  if (connection?.[1] !== undefined && connection[1] !== 'common') return { kind: 'connection', serviceType: connection[1] };
  const registry = REGISTRY.exec(path);
  if (registry?.[1] !== undefined) return { kind: 'registry', serviceType: registry[1] };
  return { kind: 'shared' };
}

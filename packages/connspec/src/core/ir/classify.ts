import type { ConnectionLayout, RegistryLayout } from '../config/config.js';
import { schemaBaseName } from '../util/schema-path.js';

/** What a schema file is, decided by where it lives (the config's `connections` and `registries`). */
export type FileRole =
  | { readonly kind: 'connection'; readonly serviceType: string; readonly name: string }
  | { readonly kind: 'registry'; readonly serviceType: string }
  | { readonly kind: 'shared' };

/** The config's conventions, compiled: which files are connections and registries. */
export interface Layout {
  readonly connections: ConnectionLayout | null;
  readonly registries: RegistryLayout | null;
  classify(path: string): FileRole;
}

const SHARED: FileRole = { kind: 'shared' };
export const DEFAULT_SERVICE_TYPE = 'connector';

/**
 * A path template as an anchored regular expression: `{serviceType}` and `{name}` capture within one
 * segment, `**` spans folders, `*` stays in one. (Glob libraries do not capture named parts, which is
 * the point of a template, so this small translation is ours.)
 */
export function templatePattern(template: string): RegExp {
  let out = '';
  for (let i = 0; i < template.length; ) {
    const rest = template.slice(i);
    const named = /^\{(serviceType|name)\}/.exec(rest);
    if (named) {
      out += `(?<${named[1] ?? ''}>[^/]+?)`;
      i += named[0].length;
    } else if (rest.startsWith('**/')) {
      out += '(?:[^/]+/)*';
      i += 3;
    } else if (rest.startsWith('**')) {
      out += '.*';
      i += 2;
    } else if (rest.startsWith('*')) {
      out += '[^/]*';
      i += 1;
    } else {
      out += (rest[0] ?? '').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  return new RegExp(`^${out}$`);
}


export function createLayout(connections: ConnectionLayout | null, registries: RegistryLayout | null): Layout {
  const include = (connections?.paths ?? []).map(templatePattern);
  const exclude = (connections?.exclude ?? []).map(templatePattern);
  const registryPatterns = (registries?.paths ?? []).map(templatePattern);
  const serviceType = connections?.serviceType ?? DEFAULT_SERVICE_TYPE;
  return {
    connections,
    registries,
    classify(path) {
      if (!exclude.some((p) => p.test(path))) {
        for (const pattern of include) {
          const match = pattern.exec(path);
          if (match) return { kind: 'connection', serviceType: match.groups?.serviceType ?? serviceType, name: match.groups?.name ?? schemaBaseName(path) };
        }
      }
      for (const pattern of registryPatterns) {
        const match = pattern.exec(path);
        if (match) return { kind: 'registry', serviceType: match.groups?.serviceType ?? serviceType };
      }
      return SHARED;
    },
  };
}

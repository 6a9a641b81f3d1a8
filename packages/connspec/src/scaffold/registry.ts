import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import { CAPABILITY_FLAGS } from './capabilities.js';
import type { Capability, ServiceType } from './options.js';
import { ScaffoldError } from './options.js';

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

export function registryPath(serviceType: ServiceType): string {
  return `entity/services/${serviceType}Service.json`;
}

export const BASIC_TYPE_PATH = 'entity/services/connections/connectionBasicType.json';

function arrayAt(root: Node, path: JSONPath, file: string): Node {
  const node = findNodeAtLocation(root, path);
  if (node?.type !== 'array') throw new ScaffoldError(`${file}: expected an array at /${path.join('/')}; is this a service registry?`);
  return node;
}

/** Where `key` goes in an already sorted list (case-insensitive), or -1 when it is there. */
function sortedIndex(keys: readonly string[], key: string): number {
  if (keys.includes(key)) return -1;
  const at = keys.findIndex((k) => k.toLowerCase().localeCompare(key.toLowerCase()) > 0);
  return at === -1 ? keys.length : at;
}

function insert(text: string, path: JSONPath, index: number, value: unknown): string {
  return applyEdits(text, modify(text, [...path, index], value, { formattingOptions: FORMAT, isArrayInsertion: true }));
}

/**
 * Adds the connector to its registry: the `<serviceType>ServiceType` enum (with `javaEnums`) and the
 * `connection.config` oneOf, each at its sorted place. Edits the text in place; everything else stays byte for byte.
 */
export function registerConnector(text: string, file: string, serviceType: ServiceType, tag: string, javaName: string, ref: string): string {
  const root = parseTree(text);
  if (root === undefined) throw new ScaffoldError(`${file}: not valid JSON`);
  const enumPath = ['definitions', `${serviceType}ServiceType`, 'enum'];
  const javaPath = ['definitions', `${serviceType}ServiceType`, 'javaEnums'];
  const oneOfPath = ['definitions', `${serviceType}Connection`, 'properties', 'config', 'oneOf'];
  const tags = (arrayAt(root, enumPath, file).children ?? []).map((n) => String(n.value));
  const refs = (arrayAt(root, oneOfPath, file).children ?? []).map((n) => String(findNodeAtLocation(n, ['$ref'])?.value ?? ''));
  let out = text;
  const at = sortedIndex(tags, tag);
  if (at >= 0) {
    out = insert(out, enumPath, at, tag);
    if (findNodeAtLocation(root, javaPath) !== undefined) out = insert(out, javaPath, at, { name: javaName });
  }
  const stem = (r: string): string => r.replace(/^.*\//, '');
  const refAt = refs.includes(ref) ? -1 : sortedIndex(refs.map(stem), stem(ref));
  if (refAt >= 0) out = insert(out, oneOfPath, refAt, { $ref: ref });
  return out;
}

/** Adds capability flag definitions that connectionBasicType.json lacks (only those the connector uses). */
export function ensureCapabilityFlags(text: string, capabilities: readonly Capability[]): string {
  let out = text;
  for (const c of capabilities) {
    const flag = CAPABILITY_FLAGS[c];
    const root = parseTree(out);
    if (root === undefined) throw new ScaffoldError(`${BASIC_TYPE_PATH}: not valid JSON`);
    if (findNodeAtLocation(root, ['definitions', flag.property]) !== undefined) continue;
    const definition = { title: flag.property.charAt(0).toUpperCase() + flag.property.slice(1), description: flag.description, type: 'boolean', default: true };
    out = applyEdits(out, modify(out, ['definitions', flag.property], definition, { formattingOptions: FORMAT }));
  }
  return out;
}

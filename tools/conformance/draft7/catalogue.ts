/**
 * An official suite as one in-memory connspec catalogue: each group's schema is the root of its
 * own file (`<suite>/<keyword file>/g<index>.json`, with the suite's `$schema`, an `$id` under the base URL and a
 * title added; a boolean schema becomes `{}` or `{"not": {}}`), so `#/definitions/…` and `#` refs keep
 * working. Every case is read through a wrapper file (`…/g<index>-value.json`: an object whose one
 * required property `value` is a `$ref` to the group), because Java has no type for a schema that is
 * not an object, enum or union, and one entry point keeps Python and Java alike.
 */
import { keywordUses, type JsonValue } from '@connspec/core';
import { refsIn } from '../../openmetadata/run-corpus.js';
import { isObject } from './implied.js';
import type { Group } from './suite.js';
import { SUITES, type OfficialSuite } from './suites.js';

export interface Entry {
  readonly group: Group;
  /** The group's file and its wrapper's, under the schema root. */
  readonly path: string;
  readonly wrapper: string;
  /** `$schema` of both files: the suite's dialect (a `$ref` between dialects is refused). */
  readonly schemaUri: string;
  /** Support-table keywords the group's schema uses (sorted, distinct). */
  readonly features: readonly string[];
}

/** `if-then-else` → `IfThenElse`. */
function pascal(text: string): string {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
}

export function entryOf(group: Group, suite: OfficialSuite = SUITES.draft7): Entry {
  const folder = `${suite.name}/${pascal(group.file).replace(/^./, (c) => c.toLowerCase())}`;
  const uses = keywordUses(group.schema).map((u) => u.keyword);
  // The group's own root `$id` is replaced by the catalogue's: fine for `#…` refs; any other ref then means another document (remote).
  const rebased = isObject(group.schema) && '$id' in group.schema && refsIn(group.schema).some((r) => !r.startsWith('#'));
  // A group that names its own meta-schema means what that meta-schema says, which connspec does not read.
  const custom = isObject(group.schema) && typeof group.schema.$schema === 'string' && group.schema.$schema !== suite.schemaUri;
  const features = [...new Set([...uses, ...(rebased ? ['$ref (remote)'] : []), ...(custom ? ['$schema (other meta-schema)'] : [])])].sort();
  return { group, path: `${folder}/g${group.index}.json`, wrapper: `${folder}/g${group.index}-value.json`, schemaUri: suite.schemaUri, features };
}

/** The group's file and its wrapper, as connspec sources. */
export function entrySources(entry: Entry, baseUrl: string): { path: string; text: string }[] {
  const title = `${pascal(entry.group.file)} ${entry.group.index}`;
  const schema = entry.group.schema;
  const body = isObject(schema) ? schema : schema === false ? { not: {} } : {};
  const root = { ...body, $schema: entry.schemaUri, $id: baseUrl + entry.path, title };
  const name = entry.path.split('/').at(-1) ?? '';
  const wrapper = { $schema: entry.schemaUri, $id: baseUrl + entry.wrapper, title: `${title} Value`, type: 'object', properties: { value: { $ref: name } }, required: ['value'], additionalProperties: false };
  return [
    { path: entry.path, text: JSON.stringify(root, null, 2) },
    { path: entry.wrapper, text: JSON.stringify(wrapper, null, 2) },
  ];
}

/** What a case's data looks like through the wrapper. */
export function wrapped(data: JsonValue): JsonValue {
  return { value: data };
}

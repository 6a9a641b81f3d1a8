import { joinPointer } from '../../pointer.js';
import { canonicalJson, forEachSchema, isObject } from '../../util/walk.js';
import { DIALECT_URIS, DIALECTS, dialectOfSchema } from '../../validate/dialects.js';
import type { Finding, LintContext, LintRule } from '../rule.js';
import { fileUrl, sameUrl } from '../../resolve/urls.js';

export const idPresent: LintRule = {
  id: 'id-present',
  sentence: 'Every schema file declares its `$id` (without one, connspec identifies it by the base URL followed by its path).',
  severity: 'error',
  check: (ctx) =>
    ctx.files.flatMap((f): Finding[] =>
      isObject(f.value) && f.value.$id !== undefined ? [] : [{ file: f.path, pointer: '', message: 'the schema has no $id', hint: `set "$id": "${ctx.baseUrl + f.path}"` }],
    ),
};

export const idMatchesPath: LintRule = {
  id: 'id-matches-path',
  sentence: "A file's `$id` is the base URL followed by its path under the schema root.",
  severity: 'error',
  check: (ctx) =>
    ctx.files.flatMap((f): Finding[] => {
      const expected = ctx.baseUrl + f.path;
      const id = isObject(f.value) ? f.value.$id : undefined;
      if (id === undefined || id === expected || sameUrl(id, fileUrl(ctx.baseUrl, f.path))) return [];
      return [{ file: f.path, pointer: '/$id', message: `$id is "${String(id)}" but the file lives at ${f.path}`, hint: `set "$id": "${expected}"` }];
    }),
};

/**
 * The id stays `draft-07` although 2019-09 and 2020-12 are read too: configs name rule ids in
 * `rules`, where an unknown id is an error, so renaming it would break them.
 */
export const draft07: LintRule = {
  id: 'draft-07',
  sentence: 'Every schema file declares `$schema`: draft-07, 2019-09 or 2020-12 (each file is read in its own dialect).',
  severity: 'error',
  check: (ctx) =>
    ctx.files.flatMap((f): Finding[] => {
      const declared = isObject(f.value) ? f.value.$schema : undefined;
      if (declared !== undefined && dialectOfSchema(declared) !== undefined) return [];
      const uris = DIALECTS.map((d) => `"${DIALECT_URIS[d]}" (${d})`).join(', ');
      return [{ file: f.path, pointer: declared === undefined ? '' : '/$schema', message: `$schema is ${JSON.stringify(declared ?? null)}, not a dialect connspec reads (${DIALECTS.join(', ')})`, hint: `set "$schema" to one of ${uris}` }];
    }),
};

export const requiredExists: LintRule = {
  id: 'required-exists',
  sentence: 'Every name in `required` is declared in `properties` next to it.',
  severity: 'error',
  check: (ctx) => eachSchema(ctx, (schema, pointer, file) => {
    const { required, properties } = schema;
    if (!Array.isArray(required) || !isObject(properties)) return [];
    return required.flatMap((name, i): Finding[] =>
      typeof name === 'string' && !Object.hasOwn(properties, name)
        ? [{ file, pointer: joinPointer(pointer, 'required', i), message: `"${name}" is required but not declared in properties`, hint: `add "${name}" to properties, or remove it from required (check the spelling)` }]
        : [],
    );
  }),
};

export const enumUnique: LintRule = {
  id: 'enum-unique',
  sentence: 'Values of an `enum` are unique.',
  severity: 'error',
  check: (ctx) => eachSchema(ctx, (schema, pointer, file) => {
    if (!Array.isArray(schema.enum)) return [];
    const seen = new Set<string>();
    return schema.enum.flatMap((value, i): Finding[] => {
      const key = canonicalJson(value);
      if (!seen.has(key)) return seen.add(key), [];
      return [{ file, pointer: joinPointer(pointer, 'enum', i), message: `enum value ${key} appears twice`, hint: 'remove the repeated value' }];
    });
  }),
};

export const javaEnumsMatch: LintRule = {
  id: 'java-enums-match',
  sentence: '`javaEnums` names every `enum` value, in order, with distinct names.',
  severity: 'error',
  check: (ctx) => eachSchema(ctx, (schema, pointer, file) => {
    const keyword = [...ctx.vendor.keywords].find(([k, role]) => role.id === 'javaEnums' && k in schema)?.[0];
    const names = keyword === undefined ? undefined : schema[keyword];
    if (keyword === undefined || !Array.isArray(names)) return [];
    const count = Array.isArray(schema.enum) ? schema.enum.length : 0;
    const distinct = new Set(names.map((n) => (isObject(n) ? n.name : n))).size;
    if (names.length === count && distinct === count) return [];
    return [{ file, pointer: joinPointer(pointer, keyword), message: `${keyword} has ${names.length} entries (${distinct} distinct) for ${count} enum values`, hint: 'give exactly one distinct {"name": ...} per enum value, in the same order' }];
  }),
};

/**
 * `eachSchema` for rules whose findings in a file depend on nothing but the file's closure: each
 * file's findings are a unit (`name`) kept while that closure is unchanged.
 */
export function eachSchemaKept(ctx: LintContext, name: string, check: (schema: import('../../load/source-file.js').JsonObject, pointer: string, file: string) => Finding[]): Finding[] {
  return ctx.files.flatMap((f) =>
    ctx.units.reuse(f.path, name, () => {
      const out: Finding[] = [];
      forEachSchema(f.value, (schema, pointer) => out.push(...check(schema, pointer, f.path)));
      return out;
    }),
  );
}

/** Runs `check` on every schema object of every file. */
export function eachSchema(ctx: LintContext, check: (schema: import('../../load/source-file.js').JsonObject, pointer: string, file: string) => Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.files) forEachSchema(f.value, (schema, pointer) => out.push(...check(schema, pointer, f.path)));
  return out;
}

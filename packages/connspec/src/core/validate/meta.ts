import type { Ajv, ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile } from '../load/source-file.js';
import { joinPointer, unescapePointerToken } from '../pointer.js';
import { META_SCHEMA_IDS } from './ajv.js';
import { ROLE_IDS } from '../vendor/roles.js';
import { fileDialect, type Dialect } from './dialects.js';
import type { ExtensionKeyword } from './keywords.js';

/** Checks each file against its dialect's meta-schema plus the run's extension keywords; every error carries its pointer. */
export function validateAgainstMetaSchema(ajvFor: (dialect: Dialect) => Ajv, files: readonly SourceFile[], keywords: readonly ExtensionKeyword[]): Diagnostic[] {
  return files.flatMap((file) => {
    const dialect = fileDialect(file);
    const validate = ajvFor(dialect).getSchema(META_SCHEMA_IDS[dialect]);
    if (validate === undefined) throw new Error(`connspec ${dialect} meta-schema is not registered`);
    if (validate(file.value)) return [];
    return pickErrors(validate.errors ?? []).map((e) => toDiagnostic(file, e, dialect, keywords));
  });
}

/** The keyword an "unknown keyword" error names: draft-07 closes with `additionalProperties`, later dialects with `unevaluatedProperties`. */
function unknownKeyword(e: ErrorObject): string | undefined {
  if (e.keyword === 'additionalProperties') return String(e.params.additionalProperty);
  if (e.keyword === 'unevaluatedProperties') return String(e.params.unevaluatedProperty);
  return undefined;
}

/** Keeps one error per place, dropping the combinator wrappers that only summarise their branches. */
function pickErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPlace = new Map<string, ErrorObject>();
  for (const e of errors) {
    const keyword = unknownKeyword(e);
    const place = keyword !== undefined ? joinPointer(e.instancePath, keyword) : e.instancePath;
    if (!byPlace.has(place) || byPlace.get(place)?.keyword === 'anyOf') byPlace.set(place, e);
  }
  return [...byPlace.values()].filter((e) => e.keyword !== 'anyOf' || errors.length === 1);
}

function toDiagnostic(file: SourceFile, e: ErrorObject, dialect: Dialect, keywords: readonly ExtensionKeyword[]): Diagnostic {
  const keyword = unknownKeyword(e);
  if (keyword !== undefined) {
    const pointer = joinPointer(e.instancePath, keyword);
    const inside = insideExtension(e.schemaPath, keywords);
    if (inside) {
      const message = `"${keyword}" is not a field of ${inside.keyword} here`;
      return { severity: 'error', rule: 'unknown-keyword', file: file.path, ...file.locate(pointer), pointer, message, hint: `remove it or fix its spelling; the fields here are: ${inside.fields.join(', ')}` };
    }
    return {
      severity: 'error',
      rule: 'unknown-keyword',
      file: file.path,
      ...file.locate(pointer),
      pointer,
      message: `"${keyword}" is not a ${dialect} keyword nor a declared extension keyword`,
      hint: `remove it or fix its spelling; if it is your vendor's keyword, declare it in .connspec.json: "keywords": {"${keyword}": "<role>"} (roles: ${ROLE_IDS.join(', ')}; "docs" keeps it as documentation); a property name belongs under "properties"`,
    };
  }
  return {
    severity: 'error',
    rule: 'meta-schema',
    file: file.path,
    ...file.locate(e.instancePath),
    pointer: e.instancePath,
    message: `invalid schema: value ${e.message ?? 'is invalid'} (meta-schema ${e.schemaPath})`,
    hint: `make the value of "${lastToken(e.instancePath)}" match what ${dialect} (or the connspec keyword) allows`,
  };
}

/** For an unknown field inside an extension keyword's value: the keyword and the fields its meta-schema allows at that place. */
function insideExtension(schemaPath: string, keywords: readonly ExtensionKeyword[]): { keyword: string; fields: string[] } | undefined {
  const tokens = schemaPath.replace(/^#\//, '').split('/').map(unescapePointerToken);
  const extension = tokens[0] === 'properties' ? keywords.find((k) => k.keyword === tokens[1]) : undefined;
  if (extension === undefined) return undefined;
  let schema: unknown = extension.metaSchema;
  for (const token of tokens.slice(2, -1)) schema = schema !== null && typeof schema === 'object' ? (schema as Record<string, unknown>)[token] : undefined;
  const properties = schema !== null && typeof schema === 'object' ? (schema as { properties?: unknown }).properties : undefined;
  return { keyword: extension.keyword, fields: properties !== null && typeof properties === 'object' ? Object.keys(properties) : [] };
}

function lastToken(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1) || '(root)';
}

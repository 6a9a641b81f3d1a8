import type { IR } from '@connspec/core';
import { moduleParts } from '../../../packages/connspec/src/targets/python/paths.js';
import type { SampleResult } from '../../../tools/python/python.js';

export { pythonModules } from '../../../tools/python/python.js';

export const PACKAGE = 'connspec_models';

/** The module and class of the connection whose tag lowercases to `connector`. */
export function connectionClass(ir: IR, connector: string): { module: string; class: string } {
  const file = ir.files.find((f) => f.connection?.tag.toLowerCase() === connector);
  const decl = file ? ir.declarations.get(file.root) : undefined;
  if (!file || !decl) throw new Error(`no connection for samples/${connector}`);
  return { module: moduleParts(file.path).join('.'), class: decl.name };
}

/** Pydantic error types that report each JSON Schema keyword. */
export const ERROR_TYPES: Readonly<Record<string, readonly string[]>> = {
  required: ['missing'],
  type: ['string_type', 'int_type', 'float_type', 'bool_type', 'model_type', 'dict_type', 'list_type', 'null_forbidden', 'int_from_float'],
  enum: ['enum', 'literal_error'],
  pattern: ['string_pattern_mismatch'],
  minLength: ['string_too_short'],
  maxLength: ['string_too_long'],
  minimum: ['greater_than_equal'],
  maximum: ['less_than_equal'],
  exclusiveMinimum: ['greater_than'],
  exclusiveMaximum: ['less_than'],
  multipleOf: ['multiple_of'],
  minItems: ['too_short'],
  maxItems: ['too_long'],
  uniqueItems: ['unique_items'],
  additionalProperties: ['extra_forbidden'],
  format: ['string_format'],
  oneOf: ['one_of_no_match', 'one_of_multiple_matches', 'union_tag_invalid', 'union_tag_not_found'],
};

/** Keywords ajv reports at the object, where Pydantic names the property. */
const AT_PARENT = new Set(['required', 'additionalProperties']);

/** The errors of a result that report `keyword` at ajv's `instancePath`. */
export function errorsAt(result: SampleResult, expected: { instancePath: string; keyword: string }): SampleResult['errors'] {
  return result.errors.filter((e) => {
    const where = AT_PARENT.has(expected.keyword) ? e.pointer.replace(/\/[^/]*$/, '') : e.pointer;
    return where === expected.instancePath && (ERROR_TYPES[expected.keyword] ?? []).includes(e.type);
  });
}

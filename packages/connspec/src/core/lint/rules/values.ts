import type { ErrorObject } from 'ajv';
import type { JsonValue } from '../../load/source-file.js';
import { joinPointer } from '../../pointer.js';
import type { Finding, LintContext, LintRule } from '../rule.js';
import { eachSchemaKept } from './structure.js';

/** Checks one example-like value against the schema it sits in; undefined when it passes. */
function checkValue(ctx: LintContext, file: string, pointer: string, value: JsonValue): ErrorObject[] | undefined {
  const validate = ctx.compiled?.validatorAt(file, pointer);
  if (validate === undefined || validate(value)) return undefined;
  return validate.errors ?? [];
}

function describe(errors: readonly ErrorObject[]): string {
  return errors.slice(0, 3).map((e) => `${e.instancePath || '(value)'} ${e.message ?? 'is invalid'}`).join('; ');
}

export const defaultValid: LintRule = {
  id: 'default-valid',
  sentence: 'Every `default` is valid against the schema it belongs to.',
  severity: 'error',
  check: (ctx) => eachSchemaKept(ctx, 'default-valid', (schema, pointer, file): Finding[] => {
    if (!('default' in schema)) return [];
    const errors = checkValue(ctx, file, pointer, schema.default as JsonValue);
    if (errors === undefined) return [];
    return [{ file, pointer: joinPointer(pointer, 'default'), message: `default ${JSON.stringify(schema.default)} is invalid here: ${describe(errors)}`, hint: 'change the default to a value the schema accepts, or remove it' }];
  }),
};

export const examplesValid: LintRule = {
  id: 'examples-valid',
  sentence: 'Every entry of `examples` is valid against the schema it belongs to.',
  severity: 'error',
  check: (ctx) => eachSchemaKept(ctx, 'examples-valid', (schema, pointer, file): Finding[] => {
    if (!Array.isArray(schema.examples)) return [];
    return schema.examples.flatMap((example, i): Finding[] => {
      const errors = checkValue(ctx, file, pointer, example);
      if (errors === undefined) return [];
      return [{ file, pointer: joinPointer(pointer, 'examples', i), message: `example ${JSON.stringify(example)} is invalid here: ${describe(errors)}`, hint: 'fix the example so the schema accepts it, or remove it' }];
    });
  }),
};

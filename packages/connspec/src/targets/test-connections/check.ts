import { createAjv, toJsonSchema, type IR, type JsonObject } from '../../core/index.js';
import type { ValidateFunction } from 'ajv';

/** Where the catalogue keeps the definition's own schema (OpenMetadata's place too). */
export const DEFINITION_SCHEMA = 'entity/services/connections/testConnectionDefinition.json';

/** The definition's shape as DOMAIN.md gives it, used when the catalogue has no definition schema. */
export const BUILT_IN_DEFINITION_SCHEMA: JsonObject = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    displayName: { type: 'string' },
    description: { type: 'string' },
    steps: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, description: { type: 'string' }, errorMessage: { type: 'string' }, mandatory: { type: 'boolean' }, shortCircuit: { type: 'boolean' } },
        required: ['name', 'mandatory', 'description'],
        additionalProperties: false,
      },
    },
  },
  required: ['name', 'steps'],
  additionalProperties: false,
};

export interface DefinitionCheck {
  /** The schema file checked against, or `built-in`. */
  readonly source: string;
  /** Problems with one definition ('' when it is valid). */
  check(value: unknown): string;
}

/**
 * A validator for generated definitions: the catalogue's definition schema, written back from the
 * IR with every `$ref` inlined (a reference cycle is cut to `{}`), run by connspec's strict ajv.
 */
export function definitionCheck(ir: IR): DefinitionCheck {
  const file = ir.files.find((f) => f.path === DEFINITION_SCHEMA);
  const decl = file ? ir.declarations.get(file.root) : undefined;
  const schema = decl ? toJsonSchema(ir, decl.type, (target, stack) => (stack.includes(target) ? {} : undefined), [decl.id]) : BUILT_IN_DEFINITION_SCHEMA;
  const validate: ValidateFunction = createAjv().compile(schema);
  return {
    source: decl ? DEFINITION_SCHEMA : 'built-in',
    check: (value) => (validate(value) ? '' : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('; ')),
  };
}

import { S, type Case } from '../support.js';

const str = (extra: Record<string, unknown>) => ({ type: 'string', ...extra });
const num = (extra: Record<string, unknown>) => ({ type: 'number', ...extra });
const arr = (extra: Record<string, unknown>) => ({ type: 'array', items: S, ...extra });

/** Types, enums and consts, string, number and array facets. */
export const VALUE_CASES: readonly Case[] = [
  { name: 'integer → number', old: { type: 'integer' }, new: { type: 'number' }, class: 'minor', rules: ['type-widened'] },
  { name: 'number → integer', old: { type: 'number' }, new: { type: 'integer' }, class: 'major', rules: ['type-changed'] },
  { name: 'nullable added: string → [string, null]', old: S, new: { type: ['string', 'null'] }, class: 'minor', rules: ['type-widened'] },
  { name: 'nullable removed: [string, null] → string', old: { type: ['string', 'null'] }, new: S, class: 'major', rules: ['type-changed'] },
  { name: 'string → integer', old: S, new: { type: 'integer' }, class: 'major', rules: ['type-changed'] },
  { name: 'string → [string, integer]', old: S, new: { type: ['string', 'integer'] }, class: 'minor', rules: ['type-widened'] },
  { name: 'any → string', old: {}, new: S, class: 'major', rules: ['type-changed'] },
  { name: 'string → any', old: S, new: {}, class: 'minor', rules: ['type-widened'] },
  { name: 'enum value added', old: str({ enum: ['a', 'b'] }), new: str({ enum: ['a', 'b', 'c'] }), class: 'minor', rules: ['enum-value-added'] },
  { name: 'enum value removed', old: str({ enum: ['a', 'b'] }), new: str({ enum: ['a'] }), class: 'major', rules: ['enum-value-removed'] },
  { name: 'enum imposed on a free field', old: S, new: str({ enum: ['a', 'b'] }), class: 'major', rules: ['enum-imposed'] },
  { name: 'enum dropped', old: str({ enum: ['a', 'b'] }), new: S, class: 'minor', rules: ['enum-removed'] },
  { name: 'const added', old: S, new: str({ const: 'a' }), class: 'major', rules: ['const-added'] },
  { name: 'const changed', old: str({ const: 'a' }), new: str({ const: 'b' }), class: 'major', rules: ['const-changed'] },
  { name: 'const removed', old: str({ const: 'a' }), new: S, class: 'minor', rules: ['const-removed'] },
  { name: 'maxLength lowered', old: str({ maxLength: 10 }), new: str({ maxLength: 5 }), class: 'major', rules: ['upper-bound-lowered'] },
  { name: 'maxLength removed', old: str({ maxLength: 10 }), new: S, class: 'minor', rules: ['bound-loosened'] },
  { name: 'maxLength added', old: S, new: str({ maxLength: 10 }), class: 'major', rules: ['upper-bound-lowered'] },
  { name: 'minLength raised', old: str({ minLength: 1 }), new: str({ minLength: 2 }), class: 'major', rules: ['lower-bound-raised'] },
  { name: 'pattern added', old: S, new: str({ pattern: '^[a-z]+$' }), class: 'major', rules: ['pattern-added'] },
  { name: 'pattern changed', old: str({ pattern: '^[a-z]+$' }), new: str({ pattern: '^[a-z0-9]+$' }), class: 'major', rules: ['pattern-changed'] },
  { name: 'pattern removed', old: str({ pattern: '^[a-z]+$' }), new: S, class: 'minor', rules: ['pattern-removed'] },
  { name: 'format added, formats not enforced', old: S, new: str({ format: 'uri' }), class: 'patch', rules: ['format-added'] },
  { name: 'format added, formats enforced', old: S, new: str({ format: 'uri' }), class: 'major', rules: ['format-added'], settings: { formatsEnforced: true } },
  { name: 'format changed, STRICT', old: str({ format: 'uri' }), new: str({ format: 'email' }), class: 'major', rules: ['format-changed'], settings: { profile: 'STRICT' } },
  { name: 'format removed', old: str({ format: 'uri' }), new: S, class: 'minor', rules: ['format-removed'] },
  { name: 'minimum raised', old: num({ minimum: 1 }), new: num({ minimum: 2 }), class: 'major', rules: ['lower-bound-raised'] },
  { name: 'exclusiveMinimum added', old: num({}), new: num({ exclusiveMinimum: 0 }), class: 'major', rules: ['lower-bound-raised'] },
  { name: 'maximum lowered', old: num({ maximum: 10 }), new: num({ maximum: 9 }), class: 'major', rules: ['upper-bound-lowered'] },
  { name: 'minimum lowered', old: num({ minimum: 2 }), new: num({ minimum: 1 }), class: 'minor', rules: ['bound-loosened'] },
  { name: 'multipleOf changed to a non-divisor', old: num({ multipleOf: 2 }), new: num({ multipleOf: 4 }), class: 'major', rules: ['multiple-of-changed'] },
  { name: 'multipleOf changed to a divisor', old: num({ multipleOf: 4 }), new: num({ multipleOf: 2 }), class: 'minor', rules: ['multiple-of-loosened'] },
  { name: 'multipleOf added', old: num({}), new: num({ multipleOf: 5 }), class: 'major', rules: ['multiple-of-changed'] },
  { name: 'uniqueItems turned on', old: arr({}), new: arr({ uniqueItems: true }), class: 'major', rules: ['unique-items-added'] },
  { name: 'uniqueItems turned off', old: arr({ uniqueItems: true }), new: arr({}), class: 'minor', rules: ['unique-items-removed'] },
  { name: 'minItems added', old: arr({}), new: arr({ minItems: 1 }), class: 'major', rules: ['lower-bound-raised'] },
  { name: 'items narrowed', old: arr({}), new: arr({ items: str({ maxLength: 3 }) }), class: 'major', rules: ['upper-bound-lowered'] },
  { name: 'items widened', old: arr({ items: str({ enum: ['a'] }) }), new: arr({ items: str({ enum: ['a', 'b'] }) }), class: 'minor', rules: ['enum-value-added'] },
  { name: 'items constrained where they were free', old: { type: 'array' }, new: arr({}), class: 'major', rules: ['items-added'] },
];

import { obj, S, type Case } from '../support.js';

const closed = { additionalProperties: false };

/** Properties, required-ness, additionalProperties and other object keywords. */
export const OBJECT_CASES: readonly Case[] = [
  { name: 'optional property added to an open model', old: obj({ a: S }), new: obj({ a: S, b: S }), class: 'minor', rules: ['optional-added'] },
  { name: 'optional property added to a closed model', old: obj({ a: S }, closed), new: obj({ a: S, b: S }, closed), class: 'minor', rules: ['optional-added'] },
  { name: 'required property added without a default', old: obj({ a: S }, closed), new: obj({ a: S, b: S }, { ...closed, required: ['b'] }), class: 'major', rules: ['required-added'] },
  { name: 'required property added with a default', old: obj({ a: S }, closed), new: obj({ a: S, b: { ...S, default: 'x' } }, { ...closed, required: ['b'] }), class: 'major', rules: ['required-added-with-default'] },
  {
    name: 'required property added with a default, --defaults-applied', old: obj({ a: S }, closed), new: obj({ a: S, b: { ...S, default: 'x' } }, { ...closed, required: ['b'] }),
    class: 'minor', rules: ['required-added-with-default'], settings: { defaultsApplied: true },
  },
  { name: 'property removed from an open model', old: obj({ a: S, b: S }), new: obj({ a: S }), class: 'major', rules: ['property-removed-open'] },
  { name: 'property removed from a closed model', old: obj({ a: S, b: S }, closed), new: obj({ a: S }, closed), class: 'major', rules: ['property-removed'] },
  {
    name: 'property renamed (remove + add, with a hint)', old: obj({ a: S, hostName: { type: 'string', maxLength: 9 } }, closed), new: obj({ a: S, host: { type: 'string', maxLength: 9 } }, closed),
    class: 'major', rules: ['optional-added', 'property-removed'], hint: /rename of "hostName" to "host"/,
  },
  { name: 'optional property becomes required', old: obj({ a: S }), new: obj({ a: S }, { required: ['a'] }), class: 'major', rules: ['became-required'] },
  { name: 'required property becomes optional', old: obj({ a: S }, { required: ['a'] }), new: obj({ a: S }), class: 'minor', rules: ['became-optional'] },
  {
    name: 'nested object gains a required child', old: obj({ inner: obj({ a: S }) }), new: obj({ inner: obj({ a: S, b: S }, { required: ['b'] }) }),
    class: 'major', rules: ['required-added'],
  },
  { name: 'new optional object that has required children', old: obj({ a: S }), new: obj({ a: S, inner: obj({ b: S }, { required: ['b'] }) }), class: 'minor', rules: ['optional-added'] },
  { name: 'additionalProperties absent → false', old: obj({ a: S }), new: obj({ a: S }, closed), class: 'major', rules: ['additional-closed'] },
  { name: 'additionalProperties true → false', old: obj({ a: S }, { additionalProperties: true }), new: obj({ a: S }, closed), class: 'major', rules: ['additional-closed'] },
  { name: 'additionalProperties false → true', old: obj({ a: S }, closed), new: obj({ a: S }, { additionalProperties: true }), class: 'minor', rules: ['additional-opened'] },
  { name: 'additionalProperties absent → a schema', old: obj({ a: S }), new: obj({ a: S }, { additionalProperties: S }), class: 'major', rules: ['additional-narrowed'] },
  {
    name: 'additionalProperties schema narrowed', old: obj({ a: S }, { additionalProperties: S }), new: obj({ a: S }, { additionalProperties: { type: 'string', maxLength: 3 } }),
    class: 'major', rules: ['upper-bound-lowered'],
  },
  { name: 'property order changed', old: obj({ a: S, b: S }), new: obj({ b: S, a: S }), class: 'patch', rules: ['property-order-changed'] },
  { name: 'deprecated property removed', old: obj({ a: S, b: { ...S, deprecated: true } }, closed), new: obj({ a: S }, closed), class: 'minor', rules: ['deprecated-property-removed'] },
  {
    name: 'deprecated property removed, STRICT', old: obj({ a: S, b: { ...S, deprecated: true } }, closed), new: obj({ a: S }, closed),
    class: 'major', rules: ['deprecated-property-removed'], settings: { profile: 'STRICT' },
  },
  { name: 'minProperties added', old: obj({ a: S }), new: obj({ a: S }, { minProperties: 1 }), class: 'major', rules: ['lower-bound-raised'] },
  { name: 'patternProperties added to an open model', old: obj({ a: S }), new: obj({ a: S }, { patternProperties: { '^x-': S } }), class: 'major', rules: ['pattern-property-added'] },
  { name: 'dependencies added', old: obj({ a: S, b: S }), new: obj({ a: S, b: S }, { dependencies: { a: ['b'] } }), class: 'major', rules: ['conditional-added'] },
  { name: 'property removed from an open model, VALIDATION', old: obj({ a: S, b: S }), new: obj({ a: S }), class: 'minor', rules: ['property-removed-open'], settings: { profile: 'VALIDATION' } },
  { name: 'per-rule override makes an optional property major', old: obj({ a: S }), new: obj({ a: S, b: S }), class: 'major', rules: ['optional-added'], settings: { rules: { 'optional-added': 'major' } } },
];

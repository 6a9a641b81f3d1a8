import { obj, S, type Case, type Json } from '../support.js';

const tagged = (kind: string, prop: string, extra: Json = {}): Json => obj({ kind: { type: 'string', const: kind }, [prop]: S }, { required: ['kind'], ...extra });
const closedTagged = (kind: string, prop: string): Json => tagged(kind, prop, { additionalProperties: false });

/** oneOf/anyOf branches, allOf members, discriminators, conditionals. */
export const COMBINATOR_CASES: readonly Case[] = [
  { name: 'oneOf branch added, disjoint by type', old: { oneOf: [S, { type: 'boolean' }] }, new: { oneOf: [S, { type: 'boolean' }, { type: 'integer' }] }, class: 'minor', rules: ['branch-added'] },
  {
    name: 'oneOf branch added, disjoint by tags', old: { oneOf: [tagged('a', 'p'), tagged('b', 'q')] }, new: { oneOf: [tagged('a', 'p'), tagged('b', 'q'), tagged('c', 'r')] },
    class: 'minor', rules: ['branch-added'],
  },
  {
    name: 'oneOf branch added, overlapping an existing one', old: { oneOf: [obj({ a: S }, { required: ['a'] }), { type: 'integer' }] }, new: { oneOf: [obj({ a: S }, { required: ['a'] }), { type: 'integer' }, obj({ b: S })] },
    class: 'major', rules: ['branch-added-overlapping'],
  },
  {
    name: 'oneOf branch added, disjoint: it requires a property the closed old branches lack', old: { oneOf: [obj({ user: S }, { additionalProperties: false }), S] },
    new: { oneOf: [obj({ user: S }, { additionalProperties: false }), S, obj({ token: S }, { required: ['token'] })] }, class: 'minor', rules: ['branch-added'],
  },
  {
    name: 'oneOf branch added whose shared values already matched two old branches', old: { oneOf: [obj({ a: S }, { additionalProperties: false }), obj({ b: S }, { additionalProperties: false })] },
    new: { oneOf: [obj({ a: S }, { additionalProperties: false }), obj({ b: S }, { additionalProperties: false }), obj({ c: S }, { additionalProperties: false })] }, class: 'minor', rules: ['branch-added'],
  },
  { name: 'oneOf branch removed', old: { oneOf: [closedTagged('a', 'p'), closedTagged('b', 'q')] }, new: { oneOf: [closedTagged('a', 'p')] }, class: 'major', rules: ['branch-removed'] },
  { name: 'anyOf branch added (overlap is fine)', old: { anyOf: [S, { type: 'integer' }] }, new: { anyOf: [S, { type: 'integer' }, { type: 'string', maxLength: 3 }] }, class: 'minor', rules: ['branch-added'] },
  { name: 'a plain schema becomes one branch of a oneOf', old: S, new: { oneOf: [S, { type: 'integer' }] }, class: 'minor', rules: ['branch-added'] },
  { name: 'a tagged branch changes its tag', old: { oneOf: [closedTagged('a', 'p'), closedTagged('b', 'q')] }, new: { oneOf: [closedTagged('c', 'p'), closedTagged('b', 'q')] }, class: 'major', rules: ['const-changed', 'discriminator-changed'] },
  { name: 'oneOf → anyOf', old: { oneOf: [S, { type: 'integer' }] }, new: { anyOf: [S, { type: 'integer' }] }, class: 'minor', rules: ['one-of-to-any-of'] },
  { name: 'anyOf → oneOf', old: { anyOf: [S, { type: 'integer' }] }, new: { oneOf: [S, { type: 'integer' }] }, class: 'major', rules: ['any-of-to-one-of'] },
  { name: 'allOf member added', old: obj({ a: S }), new: { allOf: [obj({ a: S }), { required: ['a'] }] }, class: 'major', rules: ['allof-member-added'] },
  { name: 'allOf member removed', old: { allOf: [obj({ a: S }), { required: ['a'] }] }, new: obj({ a: S }), class: 'minor', rules: ['allof-member-removed'] },
  { name: 'if/then/else added', old: S, new: { ...S, if: { maxLength: 3 }, then: { pattern: '^a' } }, class: 'major', rules: ['conditional-added'] },
  { name: 'if/then/else removed', old: { ...S, if: { maxLength: 3 }, then: { pattern: '^a' } }, new: S, class: 'minor', rules: ['conditional-removed'] },
  { name: 'not added', old: S, new: { ...S, not: { const: 'x' } }, class: 'major', rules: ['constraint-added'] },
];

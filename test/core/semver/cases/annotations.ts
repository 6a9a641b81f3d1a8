import { file, S, type Case } from '../support.js';

const shared = (enumValues: string[]) => file('type/mode.json', { title: 'Mode', type: 'string', enum: enumValues });
const short = { type: 'string', maxLength: 5 };

/** Annotations, secrets, defaults, `$ref` structure, and no change at all. */
export const ANNOTATION_CASES: readonly Case[] = [
  { name: 'description only', old: { ...S, description: 'old' }, new: { ...S, description: 'new' }, class: 'patch', rules: ['description-changed'] },
  { name: 'title only', old: { ...S, title: 'Old' }, new: { ...S, title: 'New' }, class: 'patch', rules: ['title-changed'] },
  { name: 'examples only', old: { ...S, examples: ['a'] }, new: { ...S, examples: ['b'] }, class: 'patch', rules: ['examples-changed'] },
  { name: '$comment only', old: { ...S, $comment: 'a' }, new: { ...S, $comment: 'b' }, class: 'patch', rules: ['comment-changed'] },
  { name: 'default added', old: S, new: { ...S, default: 'a' }, class: 'minor', rules: ['default-added'] },
  { name: 'default changed', old: { ...S, default: 'a' }, new: { ...S, default: 'b' }, class: 'minor', rules: ['default-changed'] },
  { name: 'default changed, STRICT', old: { ...S, default: 'a' }, new: { ...S, default: 'b' }, class: 'major', rules: ['default-changed'], settings: { profile: 'STRICT' } },
  { name: 'default changed, VALIDATION', old: { ...S, default: 'a' }, new: { ...S, default: 'b' }, class: 'patch', rules: ['default-changed'], settings: { profile: 'VALIDATION' } },
  { name: 'deprecation marker added', old: S, new: { ...S, deprecated: true }, class: 'minor', rules: ['deprecated-added'] },
  { name: 'secret marker added (format: password)', old: S, new: { ...S, format: 'password' }, class: 'minor', rules: ['secret-added'] },
  { name: 'secret marker removed', old: { ...S, format: 'password' }, new: S, class: 'major', rules: ['secret-removed'] },
  { name: 'mask added', old: S, new: { ...S, mask: true }, class: 'minor', rules: ['secret-added'] },
  { name: 'inline → equivalent $ref', old: short, new: { $ref: '#/definitions/short' }, defs: { new: { short } }, class: 'patch', rules: ['ref-retargeted'] },
  { name: 'inline → different $ref', old: short, new: { $ref: '#/definitions/count' }, defs: { new: { count: { type: 'integer' } } }, class: 'major', rules: ['type-changed'] },
  {
    name: 'definition moved to a shared file (equivalent)', old: { $ref: '#/definitions/short' }, new: { $ref: '../../../../type/short.json' },
    defs: { old: { short } }, files: { new: [file('type/short.json', short)] }, class: 'patch', rules: ['ref-retargeted'],
  },
  {
    name: 'shared definition changes behind an unchanged $ref', old: { $ref: '../../../../type/mode.json' }, new: { $ref: '../../../../type/mode.json' },
    files: { old: [shared(['a', 'b'])], new: [shared(['a'])] }, class: 'major', rules: ['enum-value-removed'],
  },
  {
    name: "a $ref site's own description changes", old: { $ref: '#/definitions/short', description: 'old' }, new: { $ref: '#/definitions/short', description: 'new' },
    defs: { old: { short }, new: { short } }, class: 'patch', rules: ['description-changed'],
  },
  { name: 'nothing changes', old: short, new: short, class: 'none', rules: [] },
];

import type { JsonValue } from '../../ir/types.js';
import { canonicalJson } from '../../util/walk.js';
import { covers, typesOf, valueSet, type JsonType } from '../json-types.js';
import type { Hit, SemverRule } from '../types.js';

const list = (types: Iterable<JsonType>): string => [...types].sort().join(', ') || 'nothing';
const show = (values: readonly JsonValue[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** Type rules look at accepted JSON types; two value sets are left to the value rules. */
function typeDelta(o: Parameters<SemverRule['detect']>[0], n: Parameters<SemverRule['detect']>[1], ctx: Parameters<SemverRule['detect']>[2]) {
  if (valueSet(o) && valueSet(n)) return undefined;
  const before = typesOf(ctx.old, o);
  const after = typesOf(ctx.new, n);
  return { before, after, lost: [...before].filter((t) => !covers(after, t)), gained: [...after].filter((t) => !covers(before, t)) };
}

export const TYPE_RULES: readonly SemverRule[] = [
  {
    id: 'type-changed',
    class: 'major',
    sentence: 'The type is narrowed or changed (number → integer, [string, null] → string, string → integer): values of a dropped type fail.',
    stage: 'type',
    detect: (o, n, ctx): Hit[] => {
      const d = typeDelta(o, n, ctx);
      if (!d || d.lost.length === 0) return [];
      return [{ message: `type ${list(d.before)} → ${list(d.after)} (${list(d.lost)} no longer accepted)` }];
    },
  },
  {
    id: 'type-widened',
    class: 'minor',
    sentence: 'The type is widened (integer → number, string → [string, null], string → [string, integer]).',
    stage: 'type',
    detect: (o, n, ctx): Hit[] => {
      const d = typeDelta(o, n, ctx);
      if (!d || d.lost.length > 0 || d.gained.length === 0) return [];
      return [{ message: `type ${list(d.before)} → ${list(d.after)}` }];
    },
  },
];

const key = (v: JsonValue): string => canonicalJson(v);
const minus = (a: readonly JsonValue[], b: readonly JsonValue[]): JsonValue[] => {
  const keys = new Set(b.map(key));
  return a.filter((v) => !keys.has(key(v)));
};

export const VALUE_RULES: readonly SemverRule[] = [
  {
    id: 'enum-value-removed', class: 'major', sentence: 'A value is removed from an `enum`.', stage: 'type',
    detect: (o, n) => {
      const before = o.kind === 'enum' ? o.values : undefined;
      const after = valueSet(n);
      const gone = before && after ? minus(before, after) : [];
      return gone.length ? [{ message: `enum value(s) removed: ${show(gone)}`, suffix: '/enum' }] : [];
    },
  },
  {
    id: 'enum-value-added', class: 'minor', sentence: 'A value is added to an `enum`.', stage: 'type',
    detect: (o, n) => {
      const before = valueSet(o);
      const after = n.kind === 'enum' ? n.values : undefined;
      const added = before && after ? minus(after, before) : [];
      return added.length ? [{ message: `enum value(s) added: ${show(added)}`, suffix: '/enum' }] : [];
    },
  },
  {
    id: 'enum-imposed', class: 'major', sentence: 'An `enum` is imposed on a free field.', stage: 'type',
    detect: (o, n) => (!valueSet(o) && n.kind === 'enum' ? [{ message: `now restricted to ${show(n.values)}` }] : []),
  },
  {
    id: 'enum-removed', class: 'minor', sentence: 'An `enum` is dropped: the field takes any value of its type (the values are not checked against the new constraints; the backstop does that).', stage: 'type',
    detect: (o, n) => (o.kind === 'enum' && !valueSet(n) ? [{ message: `enum ${show(o.values)} dropped` }] : []),
  },
  {
    id: 'const-added', class: 'major', sentence: 'A `const` is added to a free field.', stage: 'type',
    detect: (o, n) => (!valueSet(o) && n.kind === 'const' ? [{ message: `now pinned to ${JSON.stringify(n.value)}` }] : []),
  },
  {
    id: 'const-changed', class: 'major', sentence: 'A `const` changes value.', stage: 'type',
    detect: (o, n) => {
      const after = valueSet(n);
      if (o.kind !== 'const' || !after || minus([o.value], after).length === 0) return [];
      return [{ message: `const ${JSON.stringify(o.value)} → ${show(after)}` }];
    },
  },
  {
    id: 'const-removed', class: 'minor', sentence: 'A `const` is removed.', stage: 'type',
    detect: (o, n) => (o.kind === 'const' && !valueSet(n) ? [{ message: `const ${JSON.stringify(o.value)} removed` }] : []),
  },
];

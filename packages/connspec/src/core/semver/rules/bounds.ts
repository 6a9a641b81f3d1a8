import type { TypeNode } from '../../ir/types.js';
import type { Hit, SemverRule } from '../types.js';
import { keywordHit } from './keyword-hit.js';

type Side = 'lower' | 'upper';
/** Bound keywords; a lower bound of 0 on a count is no bound at all. */
const BOUNDS: readonly { readonly keyword: string; readonly side: Side; readonly trivial?: number }[] = [
  { keyword: 'minLength', side: 'lower', trivial: 0 },
  { keyword: 'minimum', side: 'lower' },
  { keyword: 'exclusiveMinimum', side: 'lower' },
  { keyword: 'minItems', side: 'lower', trivial: 0 },
  { keyword: 'minProperties', side: 'lower', trivial: 0 },
  { keyword: 'maxLength', side: 'upper' },
  { keyword: 'maximum', side: 'upper' },
  { keyword: 'exclusiveMaximum', side: 'upper' },
  { keyword: 'maxItems', side: 'upper' },
  { keyword: 'maxProperties', side: 'upper' },
];

function facet(node: TypeNode, keyword: string): number | undefined {
  const value = (node as unknown as Record<string, unknown>)[keyword];
  return typeof value === 'number' ? value : undefined;
}

type Move = 'tightened' | 'loosened';

/** Every bound that moved, and which way. */
function moves(o: TypeNode, n: TypeNode): { keyword: string; move: Move; old?: number; new?: number }[] {
  return BOUNDS.flatMap(({ keyword, side, trivial }) => {
    const norm = (v: number | undefined) => (v === trivial ? undefined : v);
    const before = norm(facet(o, keyword));
    const after = norm(facet(n, keyword));
    if (before === after) return [];
    const tighter = after !== undefined && (before === undefined || (side === 'lower' ? after > before : after < before));
    return [{ keyword, move: tighter ? 'tightened' : 'loosened', ...(before !== undefined ? { old: before } : {}), ...(after !== undefined ? { new: after } : {}) }];
  });
}

const describe = (m: { keyword: string; old?: number; new?: number }): string =>
  m.old === undefined ? `${m.keyword} ${m.new} added` : m.new === undefined ? `${m.keyword} ${m.old} removed` : `${m.keyword} ${m.old} → ${m.new}`;

const boundRule = (id: string, cls: 'major' | 'minor', sentence: string, want: (side: Side, move: Move) => boolean): SemverRule => ({
  id,
  class: cls,
  sentence,
  stage: 'facets',
  detect: (o, n): Hit[] =>
    moves(o, n)
      .filter((m) => want(BOUNDS.find((b) => b.keyword === m.keyword)?.side ?? 'lower', m.move))
      .map((m) => keywordHit(o, n, m.keyword, { old: m.old !== undefined, new: m.new !== undefined }, describe(m))),
});

const isMultiple = (a: number, b: number): boolean => Math.abs(a / b - Math.round(a / b)) < 1e-9;

export const BOUND_RULES: readonly SemverRule[] = [
  boundRule('lower-bound-raised', 'major', 'A lower bound is raised or added (minLength, minimum, exclusiveMinimum, minItems, minProperties).', (s, m) => s === 'lower' && m === 'tightened'),
  boundRule('upper-bound-lowered', 'major', 'An upper bound is lowered or added (maxLength, maximum, exclusiveMaximum, maxItems, maxProperties).', (s, m) => s === 'upper' && m === 'tightened'),
  boundRule('bound-loosened', 'minor', 'A bound is loosened or removed.', (_s, m) => m === 'loosened'),
  {
    id: 'multiple-of-changed', class: 'major', sentence: '`multipleOf` is added, or changed to a value that does not divide the old one.', stage: 'facets',
    detect: (o, n) => {
      const before = facet(o, 'multipleOf');
      const after = facet(n, 'multipleOf');
      if (after === undefined || before === after || (before !== undefined && isMultiple(before, after))) return [];
      return [keywordHit(o, n, 'multipleOf', { old: before !== undefined, new: true }, before === undefined ? `multipleOf ${after} added` : `multipleOf ${before} → ${after} (not a divisor)`)];
    },
  },
  {
    id: 'multiple-of-loosened', class: 'minor', sentence: '`multipleOf` is removed, or changed to a divisor of the old one.', stage: 'facets',
    detect: (o, n) => {
      const before = facet(o, 'multipleOf');
      const after = facet(n, 'multipleOf');
      if (before === undefined || before === after || (after !== undefined && !isMultiple(before, after))) return [];
      return [keywordHit(o, n, 'multipleOf', { old: true, new: after !== undefined }, after === undefined ? `multipleOf ${before} removed` : `multipleOf ${before} → ${after}`)];
    },
  },
  {
    id: 'unique-items-added', class: 'major', sentence: '`uniqueItems` is turned on.', stage: 'facets',
    detect: (o, n) => (o.kind === 'array' && n.kind === 'array' && !o.uniqueItems && n.uniqueItems ? [keywordHit(o, n, 'uniqueItems', { old: o.uniqueItems !== undefined, new: true }, 'uniqueItems turned on')] : []),
  },
  {
    id: 'unique-items-removed', class: 'minor', sentence: '`uniqueItems` is turned off.', stage: 'facets',
    detect: (o, n) => (o.kind === 'array' && n.kind === 'array' && o.uniqueItems && !n.uniqueItems ? [keywordHit(o, n, 'uniqueItems', { old: true, new: n.uniqueItems !== undefined }, 'uniqueItems turned off')] : []),
  },
];

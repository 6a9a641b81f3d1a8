import type { ArrayNode, TypeNode } from '../../ir/types.js';
import type { Hit, SemverRule } from '../types.js';

const arrays = (o: TypeNode, n: TypeNode): [ArrayNode, ArrayNode] | undefined => (o.kind === 'array' && n.kind === 'array' ? [o, n] : undefined);
/** How many leading positions an array schema constrains (Infinity with `items`). */
const reach = (a: ArrayNode): number => (a.items ? Infinity : (a.tuple?.length ?? 0));

export const ARRAY_RULES: readonly SemverRule[] = [
  {
    id: 'items-added', class: 'major', sentence: 'Array items get a schema where they had none (`items` added, or a tuple grows).', stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = arrays(o, n);
      if (!pair || reach(pair[1]) <= reach(pair[0])) return [];
      return [{ message: pair[0].items || pair[0].tuple ? 'more tuple positions are constrained' : 'items now constrained by a schema', suffix: '/items' }];
    },
  },
  {
    id: 'items-removed', class: 'minor', sentence: 'Array items lose their schema (`items` removed, or a tuple shrinks).', stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = arrays(o, n);
      if (!pair || reach(pair[1]) >= reach(pair[0])) return [];
      return [{ message: pair[1].items || pair[1].tuple ? 'fewer tuple positions are constrained' : 'items no longer constrained', suffix: '/items' }];
    },
  },
];

import type { Additional, ObjectNode, TypeNode } from '../../ir/types.js';
import type { Hit, SemverRule } from '../types.js';
import { keywordHit } from './keyword-hit.js';

const objects = (o: TypeNode, n: TypeNode): [ObjectNode, ObjectNode] | undefined => (o.kind === 'object' && n.kind === 'object' ? [o, n] : undefined);
const show = (a: Additional): string => ({ unspecified: 'absent', open: 'true', closed: 'false', typed: 'a schema' })[a.kind];
const isOpen = (a: Additional): boolean => a.kind === 'open' || a.kind === 'unspecified';
const additionalHit = (o: TypeNode, n: TypeNode, [a, b]: [ObjectNode, ObjectNode]): Hit =>
  keywordHit(o, n, 'additionalProperties', { old: a.additional.kind !== 'unspecified', new: b.additional.kind !== 'unspecified' }, `additionalProperties ${show(a.additional)} → ${show(b.additional)}`);
const patterns = (x: ObjectNode, y: ObjectNode): string[] => x.patternProperties.map((p) => p.pattern).filter((p) => !y.patternProperties.some((q) => q.pattern === p));

function additionalRule(id: string, cls: 'major' | 'minor', sentence: string, moved: (before: Additional, after: Additional) => boolean): SemverRule {
  return {
    id, class: cls, sentence, stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = objects(o, n);
      if (!pair || !moved(pair[0].additional, pair[1].additional)) return [];
      return [additionalHit(o, n, pair)];
    },
  };
}

export const ADDITIONAL_RULES: readonly SemverRule[] = [
  additionalRule('additional-closed', 'major', '`additionalProperties` becomes `false` (was absent, `true` or a schema): configs with extra keys fail.', (b, a) => b.kind !== 'closed' && a.kind === 'closed'),
  additionalRule('additional-narrowed', 'major', '`additionalProperties` becomes a schema where it was absent or `true`.', (b, a) => isOpen(b) && a.kind === 'typed'),
  {
    id: 'additional-opened', class: 'minor', sentence: '`additionalProperties` is loosened (`false` → `true`, absent or a schema; a schema → `true`), or a model accepts more property names.', stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = objects(o, n);
      if (!pair) return [];
      const [before, after] = pair;
      const out: Hit[] = [];
      if ((before.additional.kind === 'closed' && after.additional.kind !== 'closed') || (before.additional.kind === 'typed' && isOpen(after.additional))) {
        out.push(additionalHit(o, n, pair));
      }
      if (after.additional.kind === 'closed') for (const p of patterns(after, before)) out.push({ message: `patternProperties "${p}" added to a closed model`, suffix: '/patternProperties' });
      if (isOpen(after.additional)) for (const p of patterns(before, after)) out.push({ message: `patternProperties "${p}" removed from an open model`, suffix: '/patternProperties' });
      return out;
    },
  },
  {
    id: 'pattern-property-added', class: 'major', sentence: 'A `patternProperties` entry constrains keys an open model accepted freely.', stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = objects(o, n);
      if (!pair || pair[1].additional.kind === 'closed') return [];
      return patterns(pair[1], pair[0]).map((p) => ({ message: `patternProperties "${p}" added`, suffix: '/patternProperties' }));
    },
  },
  {
    id: 'pattern-property-removed', class: 'major', sentence: 'A `patternProperties` entry is removed from a closed model: keys it allowed now fail.', stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = objects(o, n);
      if (!pair || pair[1].additional.kind !== 'closed') return [];
      return patterns(pair[0], pair[1]).map((p) => ({ message: `patternProperties "${p}" removed`, suffix: '/patternProperties' }));
    },
  },
];

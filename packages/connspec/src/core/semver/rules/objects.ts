import { defaultOf } from '../../ir/query.js';
import type { ObjectNode, Property, TypeNode } from '../../ir/types.js';
import { annotationView, refChain } from '../annotation-view.js';
import type { DetectContext, Hit, SemverRule } from '../types.js';

const objects = (o: TypeNode, n: TypeNode): [ObjectNode, ObjectNode] | undefined => (o.kind === 'object' && n.kind === 'object' ? [o, n] : undefined);
const added = (o: ObjectNode, n: ObjectNode): Property[] => n.properties.filter((p) => !o.properties.some((q) => q.name === p.name));
const removed = (o: ObjectNode, n: ObjectNode): Property[] => o.properties.filter((p) => !n.properties.some((q) => q.name === p.name));

/** Removed and added properties that validate the same look like a rename: say so on both. */
function renameHint(ctx: DetectContext, o: ObjectNode, n: ObjectNode, prop: Property, side: 'old' | 'new'): string | undefined {
  const others = side === 'old' ? added(o, n) : removed(o, n);
  const fp = ctx.fingerprint(side, prop.type);
  const twin = others.find((q) => ctx.fingerprint(side === 'old' ? 'new' : 'old', q.type) === fp);
  if (!twin) return undefined;
  const [from, to] = side === 'old' ? [prop.name, twin.name] : [twin.name, prop.name];
  return `looks like a rename of "${from}" to "${to}" (reported as a removal and an addition): configs that set "${from}" must move it to "${to}"`;
}

function addedRule(id: string, cls: 'major' | 'minor', sentence: string, want: (ctx: DetectContext, p: Property) => boolean, extra: Partial<SemverRule> = {}): SemverRule {
  return {
    id, class: cls, sentence, stage: 'facets', ...extra,
    detect: (o, n, ctx): Hit[] => {
      const pair = objects(o, n);
      if (!pair) return [];
      return added(...pair).filter((p) => want(ctx, p)).map((p) => {
        const hint = renameHint(ctx, pair[0], pair[1], p, 'new');
        return { message: `${p.required ? 'required' : 'optional'} property "${p.name}" added`, old: o.origin, new: p.origin, ...(hint ? { hint } : {}) };
      });
    },
  };
}

const hasDefault = (ctx: DetectContext, p: Property): boolean => defaultOf(ctx.new.declarations, p.type) !== undefined;
const deprecated = (ctx: DetectContext, p: Property): boolean => annotationView(refChain(ctx.old.declarations, p.type)).deprecated?.value === true;
const closed = (n: ObjectNode): boolean => n.additional.kind === 'closed' || n.additional.kind === 'typed';

function removedRule(id: string, cls: 'major' | 'minor', sentence: string, want: (ctx: DetectContext, p: Property, n: ObjectNode) => boolean, why: string): SemverRule {
  return {
    id, class: cls, sentence, stage: 'facets',
    detect: (o, n, ctx): Hit[] => {
      const pair = objects(o, n);
      if (!pair) return [];
      return removed(...pair).filter((p) => want(ctx, p, pair[1])).map((p) => {
        const hint = renameHint(ctx, pair[0], pair[1], p, 'old');
        return { message: `property "${p.name}" removed (${why})`, old: p.origin, new: n.origin, ...(hint ? { hint } : {}) };
      });
    },
  };
}

function requiredFlip(id: string, cls: 'major' | 'minor', sentence: string, to: boolean): SemverRule {
  return {
    id, class: cls, sentence, stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = objects(o, n);
      if (!pair) return [];
      return pair[0].properties.flatMap((p) => {
        const q = pair[1].properties.find((x) => x.name === p.name);
        return q && p.required !== to && q.required === to ? [{ message: `"${p.name}" is now ${to ? 'required' : 'optional'}`, old: p.origin, new: q.origin }] : [];
      });
    },
  };
}

export const OBJECT_RULES: readonly SemverRule[] = [
  addedRule('required-added', 'major', 'A required property is added (also inside an existing object): configs without it fail.', (ctx, p) => p.required && !hasDefault(ctx, p)),
  addedRule('required-added-with-default', 'major', 'A required property with a default is added (minor with --defaults-applied: consumers fill the default in).', (ctx, p) => p.required && hasDefault(ctx, p), { whenDefaultsApplied: 'minor' }),
  addedRule('optional-added', 'minor', 'An optional property is added (to an open or a closed model; a new optional object may have required children).', (_ctx, p) => !p.required),
  {
    id: 'required-name-added', class: 'major', sentence: '`required` lists a new name that no property declares.', stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = objects(o, n);
      if (!pair) return [];
      const before = new Set([...pair[0].properties.filter((p) => p.required).map((p) => p.name), ...pair[0].extraRequired]);
      return pair[1].extraRequired.filter((r) => !before.has(r)).map((r) => ({ message: `"${r}" is required but not declared`, suffix: '/required' }));
    },
  },
  removedRule('property-removed', 'major', 'A property is removed from a closed model: configs that set it fail.', (ctx, p, n) => !deprecated(ctx, p) && closed(n), 'closed model: configs that set it fail'),
  removedRule('property-removed-open', 'major', 'A property is removed from an open model: configs that set it still validate, but the value is ignored.', (ctx, p, n) => !deprecated(ctx, p) && !closed(n), 'open model: the value is now ignored'),
  removedRule('deprecated-property-removed', 'minor', 'A property marked `deprecated` is removed (major under STRICT).', (ctx, p) => deprecated(ctx, p), 'it was deprecated'),
  requiredFlip('became-required', 'major', 'An optional property becomes required.', true),
  requiredFlip('became-optional', 'minor', 'A required property becomes optional.', false),
  {
    id: 'property-order-changed', class: 'patch', sentence: 'Properties are reordered.', stage: 'facets',
    detect: (o, n): Hit[] => {
      const pair = objects(o, n);
      if (!pair) return [];
      const common = (a: ObjectNode, b: ObjectNode) => a.properties.map((p) => p.name).filter((name) => b.properties.some((q) => q.name === name));
      const before = common(pair[0], pair[1]);
      const after = common(pair[1], pair[0]);
      return before.join('\0') === after.join('\0') ? [] : [{ message: `property order ${before.join(', ')} → ${after.join(', ')}`, suffix: '/properties' }];
    },
  },
];

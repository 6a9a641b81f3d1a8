import type { IR } from '../../ir/types.js';
import { annotationView, refChain } from '../annotation-view.js';
import type { Indexed } from '../matching.js';
import type { DetectContext, Hit, SemverRule } from '../types.js';

/** A branch as people know it: its title, else its `$ref` target, else its position. */
function branchName(ir: IR, item: Indexed): string {
  const chain = refChain(ir.declarations, item.node);
  const title = annotationView(chain).title?.value;
  if (title !== undefined) return `"${title}"`;
  const target = chain.declarations.find((id) => ir.declarations.get(id)?.source !== 'inline');
  return target ?? `#${item.index}`;
}

/** The old branch a new `oneOf` branch overlaps on a formerly valid value, if any. */
function overlapped(ctx: DetectContext, item: Indexed): Indexed | undefined {
  const v = ctx.variants;
  if (!v || v.newCombinator !== 'oneOf') return undefined;
  const olds = [...v.pairs.map((p) => p.old), ...v.removed].sort((a, b) => a.index - b.index);
  const at = ctx.overlaps(item.node, olds.map((o) => o.node), v.oldCombinator === 'oneOf');
  return olds[at];
}

export const UNION_RULES: readonly SemverRule[] = [
  {
    id: 'branch-removed', class: 'major', sentence: 'A `oneOf`/`anyOf` branch is removed: configs that chose it fail.', stage: 'union',
    detect: (_o, n, ctx): Hit[] => (ctx.variants?.removed ?? []).map((b) => ({ message: `branch ${branchName(ctx.old, b)} removed`, old: b.node.origin, new: n.origin })),
  },
  {
    id: 'branch-added', class: 'minor', sentence: 'A `oneOf` branch that overlaps no existing branch (or any `anyOf` branch) is added.', stage: 'union',
    detect: (o, _n, ctx): Hit[] =>
      (ctx.variants?.added ?? []).filter((b) => !overlapped(ctx, b)).map((b) => ({ message: `branch ${branchName(ctx.new, b)} added`, old: o.origin, new: b.node.origin })),
  },
  {
    id: 'branch-added-overlapping', class: 'major', sentence: 'A `oneOf` branch is added that overlaps an existing one: a value matching both becomes invalid.', stage: 'union',
    detect: (o, _n, ctx): Hit[] =>
      (ctx.variants?.added ?? []).flatMap((b) => {
        const other = overlapped(ctx, b);
        return other ? [{ message: `branch ${branchName(ctx.new, b)} added; a value that matched only ${branchName(ctx.old, other)} now matches both`, old: o.origin, new: b.node.origin }] : [];
      }),
  },
  {
    id: 'discriminator-changed', class: 'major', sentence: 'The discriminator property is renamed, or a tagged branch changes its tag.', stage: 'union',
    detect: (o, n, ctx): Hit[] => {
      const v = ctx.variants;
      if (!v) return [];
      const before = o.kind === 'union' ? o.discriminator?.property : undefined;
      const after = n.kind === 'union' ? n.discriminator?.property : undefined;
      if (before && after && before !== after) return [{ message: `discriminator "${before}" → "${after}"` }];
      return v.pairs.flatMap((p) => {
        const a = v.tagOf('old', p.old.node);
        const b = v.tagOf('new', p.new.node);
        return a !== undefined && b !== undefined && a !== b ? [{ message: `branch tag ${v.tagProperty}: "${a}" → "${b}"`, old: p.old.node.origin, new: p.new.node.origin }] : [];
      });
    },
  },
  {
    id: 'one-of-to-any-of', class: 'minor', sentence: '`oneOf` becomes `anyOf` (a value may now match several branches).', stage: 'union',
    detect: (_o, _n, ctx) => (ctx.variants?.oldCombinator === 'oneOf' && ctx.variants.newCombinator === 'anyOf' ? [{ message: 'oneOf → anyOf' }] : []),
  },
  {
    id: 'any-of-to-one-of', class: 'major', sentence: '`anyOf` becomes `oneOf` (a value matching several branches fails).', stage: 'union',
    detect: (_o, _n, ctx) => (ctx.variants?.oldCombinator === 'anyOf' && ctx.variants.newCombinator === 'oneOf' ? [{ message: 'anyOf → oneOf' }] : []),
  },
];

export const INTERSECTION_RULES: readonly SemverRule[] = [
  {
    id: 'allof-member-added', class: 'major', sentence: 'An `allOf` member (or another constraint combined with the schema) is added.', stage: 'intersection',
    detect: (o, _n, ctx): Hit[] => (ctx.members?.added ?? []).map((m) => ({ message: `allOf member ${branchName(ctx.new, m)} added`, old: o.origin, new: m.node.origin })),
  },
  {
    id: 'allof-member-removed', class: 'minor', sentence: 'An `allOf` member (or another combined constraint) is removed.', stage: 'intersection',
    detect: (_o, n, ctx): Hit[] => (ctx.members?.removed ?? []).map((m) => ({ message: `allOf member ${branchName(ctx.old, m)} removed`, old: m.node.origin, new: n.origin })),
  },
];

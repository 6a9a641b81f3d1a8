import type { DetectContext, Hit, SemverRule } from '../types.js';
import type { ObjectNode, TypeNode } from '../../ir/types.js';
import { keywordHit } from './keyword-hit.js';

type Parts = Map<string, string>;

/** The conditional parts of a node: `if/then/else` and each `dependencies` entry, by fingerprint. */
function conditionals(ctx: DetectContext, side: 'old' | 'new', node: TypeNode): Parts {
  const out: Parts = new Map();
  const fp = (n: TypeNode | undefined): string => (n ? ctx.fingerprint(side, n) : '-');
  if (node.conditional) out.set('if/then/else', [node.conditional.if, node.conditional.then, node.conditional.else].map(fp).join(','));
  if (node.kind === 'object') {
    for (const d of (node as ObjectNode).dependencies) out.set(`dependencies "${d.property}"`, Array.isArray(d.requires) ? [...(d.requires as string[])].sort().join(',') : fp(d.requires as TypeNode));
  }
  return out;
}

type Verdict = 'added' | 'removed' | 'changed';

function diffParts(before: Parts, after: Parts): { name: string; verdict: Verdict }[] {
  const names = [...new Set([...before.keys(), ...after.keys()])];
  return names.flatMap((name): { name: string; verdict: Verdict }[] => {
    const b = before.get(name);
    const a = after.get(name);
    if (b === a) return [];
    return [{ name, verdict: b === undefined ? 'added' : a === undefined ? 'removed' : 'changed' }];
  });
}

/** Other single-schema constraints whose addition narrows and whose removal widens. */
function constraints(side: 'old' | 'new', node: TypeNode, ctx: DetectContext): Parts {
  const out: Parts = new Map();
  const put = (name: string, n: TypeNode | undefined): void => {
    if (n) out.set(name, ctx.fingerprint(side, n));
  };
  put('not', node.not);
  if (node.kind === 'array') {
    put('contains', node.contains);
    if (node.tuple) put('additionalItems', node.additionalItems);
  }
  if (node.kind === 'object') put('propertyNames', node.propertyNames);
  return out;
}

function partRule(id: string, cls: 'major' | 'minor', sentence: string, parts: (ctx: DetectContext, side: 'old' | 'new', n: TypeNode) => Parts, want: (name: string, v: Verdict) => boolean): SemverRule {
  return {
    id, class: cls, sentence, stage: 'node',
    detect: (o, n, ctx): Hit[] =>
      diffParts(parts(ctx, 'old', o), parts(ctx, 'new', n))
        .filter((d) => want(d.name, d.verdict))
        .map((d) => keywordHit(o, n, d.name.startsWith('dependencies') ? 'dependencies' : d.name === 'if/then/else' ? 'if' : d.name, { old: d.verdict !== 'added', new: d.verdict !== 'removed' }, `${d.name} ${d.verdict}`)),
  };
}

const constraintParts = (ctx: DetectContext, side: 'old' | 'new', n: TypeNode): Parts => constraints(side, n, ctx);

export const CONDITIONAL_RULES: readonly SemverRule[] = [
  partRule('conditional-added', 'major', '`if`/`then`/`else` or a `dependencies` entry is added.', conditionals, (_n, v) => v === 'added'),
  partRule('conditional-changed', 'major', '`if`/`then`/`else` or a `dependencies` entry changes (not judged further: treated as narrowing).', conditionals, (_n, v) => v === 'changed'),
  partRule('conditional-removed', 'minor', '`if`/`then`/`else` or a `dependencies` entry is removed.', conditionals, (_n, v) => v === 'removed'),
  partRule('constraint-added', 'major', '`not`, `contains`, `propertyNames` or `additionalItems` is added.', constraintParts, (_n, v) => v === 'added'),
  partRule('constraint-removed', 'minor', '`not`, `contains`, `propertyNames` or `additionalItems` is removed.', constraintParts, (_n, v) => v === 'removed'),
  partRule('not-changed', 'major', 'A `not` schema changes (not judged further: treated as narrowing).', constraintParts, (name, v) => name === 'not' && v === 'changed'),
];

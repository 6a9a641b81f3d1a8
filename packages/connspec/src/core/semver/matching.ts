import { objectOf, pinnedString } from '../ir/query.js';
import type { IR, TypeNode } from '../ir/types.js';
import { annotationView, refChain } from './annotation-view.js';

/** One side of a matched list: the item and its index in its list. */
export interface Indexed {
  readonly node: TypeNode;
  readonly index: number;
}

export interface Matching {
  readonly pairs: readonly { readonly old: Indexed; readonly new: Indexed }[];
  /** Old items with no counterpart. */
  readonly removed: readonly Indexed[];
  /** New items with no counterpart. */
  readonly added: readonly Indexed[];
}

export interface VariantMatch extends Matching {
  readonly oldCombinator: 'oneOf' | 'anyOf';
  readonly newCombinator: 'oneOf' | 'anyOf';
  /** The tag property, when either side's union is discriminated. */
  readonly tagProperty?: string;
  tagOf(side: 'old' | 'new', node: TypeNode): string | undefined;
}

export type MemberMatch = Matching;

type Key = (side: 'old' | 'new', item: Indexed) => string | undefined;

/** Pairs items by each key in turn (first come, first paired), then leftovers at the same index. */
export function matchLists(olds: readonly TypeNode[], news: readonly TypeNode[], keys: readonly Key[]): Matching {
  const oldLeft = olds.map((node, index) => ({ node, index }));
  const newLeft = news.map((node, index) => ({ node, index }));
  const pairs: { old: Indexed; new: Indexed }[] = [];
  const take = (o: Indexed, n: Indexed): void => {
    pairs.push({ old: o, new: n });
    oldLeft.splice(oldLeft.indexOf(o), 1);
    newLeft.splice(newLeft.indexOf(n), 1);
  };
  for (const key of [...keys, (_s: 'old' | 'new', item: Indexed) => String(item.index)]) {
    for (const o of [...oldLeft]) {
      const k = key('old', o);
      if (k === undefined) continue;
      const n = newLeft.find((candidate) => key('new', candidate) === k);
      if (n) take(o, n);
    }
  }
  pairs.sort((a, b) => a.old.index - b.old.index);
  return { pairs, removed: oldLeft, added: newLeft };
}

/** A reference to a named (non-inline) declaration is the same branch whatever else changed. */
export function identityKey(irs: { old: IR; new: IR }): Key {
  return (side, { node }) => {
    if (node.kind !== 'ref') return undefined;
    const decl = irs[side].declarations.get(node.target);
    return decl && decl.source !== 'inline' ? `ref:${node.target}` : undefined;
  };
}

export function titleKey(irs: { old: IR; new: IR }): Key {
  return (side, { node }) => {
    const title = annotationView(refChain(irs[side].declarations, node)).title?.value;
    return title === undefined ? undefined : `title:${title}`;
  };
}

export function tagOf(ir: IR, node: TypeNode, property: string | undefined): string | undefined {
  if (property === undefined) return undefined;
  const object = objectOf(ir.declarations, node);
  const prop = object?.properties.find((p) => p.name === property);
  return prop ? pinnedString(ir.declarations, prop.type) : undefined;
}

import type { TypeNode } from '../../ir/types.js';
import type { Hit } from '../types.js';

/** A hit about one keyword: its place on each side where the keyword is, else the node itself. */
export function keywordHit(o: TypeNode, n: TypeNode, keyword: string, present: { old: boolean; new: boolean }, message: string): Hit {
  const at = (node: TypeNode, has: boolean) => (has ? { ...node.origin, pointer: `${node.origin.pointer}/${keyword}` } : node.origin);
  return { message, old: at(o, present.old), new: at(n, present.new) };
}

import type { Declaration, DeclId, ObjectNode, TypeNode } from './types.js';

type Decls = ReadonlyMap<DeclId, Declaration>;

/** Follows refs to the node that holds content (bounded, so a ref cycle ends). */
export function derefNode(declarations: Decls, node: TypeNode, limit = 32): TypeNode {
  let current = node;
  for (let i = 0; current.kind === 'ref' && i < limit; i++) {
    const next = declarations.get(current.target);
    if (next === undefined) return current;
    current = next.type;
  }
  return current;
}

/** The object shape behind a node: itself, through refs, or the object member of an intersection. */
export function objectOf(declarations: Decls, node: TypeNode): ObjectNode | undefined {
  const target = derefNode(declarations, node);
  if (target.kind === 'object') return target;
  if (target.kind === 'intersection') {
    for (const member of target.members) {
      const found = objectOf(declarations, member);
      if (found) return found;
    }
  }
  return undefined;
}

/** The one string a node is pinned to (a one-value enum or a const), through refs. */
export function pinnedString(declarations: Decls, node: TypeNode): string | undefined {
  const target = derefNode(declarations, node);
  if (target.kind === 'const' && typeof target.value === 'string') return target.value;
  if (target.kind === 'enum' && target.values.length === 1 && typeof target.values[0] === 'string') return target.values[0];
  return undefined;
}

/** Default of a node: the ref site's own default wins over its target's. */
export function defaultOf(declarations: Decls, node: TypeNode): { value: unknown } | undefined {
  if (node.annotations.default) return node.annotations.default;
  return node.kind === 'ref' ? (declarations.get(node.target) ? defaultOf(declarations, declarations.get(node.target)!.type) : undefined) : undefined;
}

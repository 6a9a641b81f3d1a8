import type { Annotations, Declaration, DeclId, Origin, TypeNode } from '../ir/types.js';

type Decls = ReadonlyMap<DeclId, Declaration>;

/** One effective annotation of a site and the node that supplied it. */
export interface Supplied<T> {
  readonly value: T;
  readonly origin: Origin;
}

/** Effective annotations of a site: a `$ref` site's own win over its target's, as every generator honours them. */
export type AnnotationView = { readonly [K in keyof Annotations]?: Supplied<NonNullable<Annotations[K]>> };

/** The refs a site goes through (bounded), the content node at the end, and the declarations entered. */
export interface RefChain {
  readonly nodes: readonly TypeNode[];
  readonly content: TypeNode;
  readonly declarations: readonly DeclId[];
}

export function refChain(declarations: Decls, node: TypeNode, limit = 32): RefChain {
  const nodes: TypeNode[] = [node];
  const entered: DeclId[] = [];
  let current = node;
  for (let i = 0; current.kind === 'ref' && i < limit; i++) {
    const next = declarations.get(current.target);
    if (next === undefined || entered.includes(current.target)) break;
    entered.push(current.target);
    current = next.type;
    nodes.push(current);
  }
  return { nodes, content: current, declarations: entered };
}

/** Walks the chain from the content back to the site, so nearer annotations win. */
export function annotationView(chain: RefChain): AnnotationView {
  const out: Record<string, Supplied<unknown>> = {};
  for (const node of [...chain.nodes].reverse()) {
    for (const [key, value] of Object.entries(node.annotations)) {
      if (value !== undefined) out[key] = { value, origin: node.origin };
    }
  }
  return out as AnnotationView;
}

/** A secret is `format: password` or `mask: true`. */
export function secretOf(view: AnnotationView): Supplied<boolean> | undefined {
  return view.secret ?? view.mask;
}

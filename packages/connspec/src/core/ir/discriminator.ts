import { childNodes, objectOf, pinnedString } from './query.js';
import type { Declaration, DeclId, Discriminator, UnionNode } from './types.js';

/**
 * A union is tagged when every branch is an object with a property pinned to one string, the same
 * property in every branch, with distinct values (`type: "Mysql"` vs `type: "Postgres"`).
 * `type` wins when several properties qualify; otherwise the first in the first branch's order.
 */
export function findDiscriminators(declarations: ReadonlyMap<DeclId, Declaration>): void {
  const unions = [...declarations.values()].flatMap((d) => childNodes(d.type)).filter((n): n is UnionNode => n.kind === 'union' && n.combinator !== 'type');
  for (const union of unions) {
    const found = discriminatorOf(union, declarations);
    // Unions are still drafts here; the IR is frozen right after this pass.
    if (found) (union as { discriminator?: Discriminator }).discriminator = found;
  }
}

function discriminatorOf(union: UnionNode, declarations: ReadonlyMap<DeclId, Declaration>): Discriminator | undefined {
  const tagsPerVariant = union.variants.map((variant) => {
    const object = objectOf(declarations, variant);
    const tags = new Map<string, string>();
    for (const p of object?.properties ?? []) {
      const value = pinnedString(declarations, p.type);
      if (value !== undefined) tags.set(p.name, value);
    }
    return tags;
  });
  const first = tagsPerVariant[0];
  if (first === undefined) return undefined;
  const candidates = [...first.keys()].filter((name) => {
    const values = tagsPerVariant.map((t) => t.get(name));
    return values.every((v) => v !== undefined) && new Set(values).size === values.length;
  });
  const property = candidates.includes('type') ? 'type' : candidates[0];
  if (property === undefined) return undefined;
  return { property, values: tagsPerVariant.map((t) => t.get(property) ?? '') };
}

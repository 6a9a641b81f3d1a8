import { pascalCase, type DeclId, type TypeNode } from '../../core/index.js';
import type { JavaPlan } from './plan.js';

/**
 * Inline unions the IR leaves in place (a `type` array such as `["string", "number"]`) become nested
 * interfaces of the type that uses them, named after the property (`FilterExpression.Value`). Names are
 * decided before any code is written, so imports can avoid them.
 */
export function nestedUnions(plan: JavaPlan, sites: readonly { name: string; node: TypeNode }[], taken: Set<string>): Map<TypeNode, string> {
  const out = new Map<TypeNode, string>();
  const visit = (node: TypeNode, base: string, seen: readonly DeclId[]): void => {
    switch (node.kind) {
      case 'ref': {
        const planned = plan.types.get(node.target);
        if (planned?.shape === 'alias' && !seen.includes(node.target)) visit(planned.node, base, [...seen, node.target]);
        return;
      }
      case 'array':
        if (node.items && !node.tuple) visit(node.items, `${base}Item`, seen);
        return;
      case 'intersection':
        if (node.members[0]) visit(node.members[0], base, seen);
        return;
      case 'union': {
        const present = node.variants.filter((v) => v.kind !== 'null');
        if (present.length === 1 && present[0]) return visit(present[0], base, seen);
        if (present.length > 1 && !out.has(node)) out.set(node, claim(base, taken));
        present.forEach((v, i) => visit(v, `${base}Option${i + 1}`, seen));
        return;
      }
      default:
        return;
    }
  };
  for (const site of sites) visit(site.node, pascalCase(site.name) || 'Value', []);
  return out;
}

function claim(base: string, taken: Set<string>): string {
  let name = /^\p{L}/u.test(base) ? base : `Value${base}`;
  for (let i = 2; taken.has(name); i++) name = `${base}Union${i === 2 ? '' : i}`;
  taken.add(name);
  return name;
}

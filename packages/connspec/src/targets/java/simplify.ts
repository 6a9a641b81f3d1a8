import { objectOf, type IR, type ObjectNode, type TypeNode } from '../../core/index.js';

const cache = new WeakMap<TypeNode, TypeNode>();

/**
 * `{"type": "object", "oneOf": [...]}` reaches the IR as an intersection of a bare object and the
 * union. When every branch is an object anyway, the bare part demands nothing more, so the node is
 * its other part (with the intersection's title and description). Anything else stays as it is.
 */
export function effectiveNode(ir: IR, node: TypeNode): TypeNode {
  if (node.kind !== 'intersection') return node;
  const known = cache.get(node);
  if (known) return known;
  const rest = node.members.filter((m) => !(bareObject(m) && node.members.some((other) => other !== m && onlyObjects(ir, other))));
  const only = rest.length === 1 ? rest[0] : undefined;
  const out = only ? { ...effectiveNode(ir, only), annotations: { ...only.annotations, ...node.annotations } } : node;
  cache.set(node, out);
  return out;
}

/** `type: object` and nothing else that constrains. */
function bareObject(node: TypeNode): node is ObjectNode {
  return (
    node.kind === 'object' &&
    node.properties.length === 0 &&
    node.additional.kind === 'unspecified' &&
    node.patternProperties.length === 0 &&
    node.propertyNames === undefined &&
    node.minProperties === undefined &&
    node.maxProperties === undefined &&
    node.dependencies.length === 0 &&
    node.extraRequired.length === 0 &&
    node.not === undefined &&
    node.conditional === undefined
  );
}

/** Every value the node accepts is an object. */
function onlyObjects(ir: IR, node: TypeNode): boolean {
  if (node.kind === 'union') return node.variants.every((v) => onlyObjects(ir, v));
  if (node.kind === 'ref') {
    const target = ir.declarations.get(node.target);
    return target !== undefined && (target.type.kind === 'union' ? onlyObjects(ir, target.type) : objectOf(ir.declarations, node) !== undefined);
  }
  return objectOf(ir.declarations, node) !== undefined;
}

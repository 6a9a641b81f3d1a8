import type { Annotations, Declaration, DeclId, ObjectNode, Origin, TypeNode } from './types.js';

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
export function objectOf(declarations: Decls, node: TypeNode, limit = 32): ObjectNode | undefined {
  const target = derefNode(declarations, node);
  if (target.kind === 'object') return target;
  if (target.kind === 'intersection' && limit > 0) {
    for (const member of target.members) {
      const found = objectOf(declarations, member, limit - 1);
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
export function defaultOf(declarations: Decls, node: TypeNode, limit = 32): { value: unknown } | undefined {
  if (node.annotations.default) return node.annotations.default;
  const target = node.kind === 'ref' && limit > 0 ? declarations.get(node.target) : undefined;
  return target ? defaultOf(declarations, target.type, limit - 1) : undefined;
}

/** Every node inside `node` (itself included), not following refs. */
export function childNodes(node: TypeNode): TypeNode[] {
  const out: TypeNode[] = [node];
  const add = (n: TypeNode | undefined): void => {
    if (n) out.push(...childNodes(n));
  };
  add(node.not);
  add(node.conditional?.if);
  add(node.conditional?.then);
  add(node.conditional?.else);
  add(node.unevaluated?.properties);
  add(node.unevaluated?.items);
  switch (node.kind) {
    case 'object':
      node.properties.forEach((p) => add(p.type));
      if (node.additional.kind === 'typed') add(node.additional.type);
      node.patternProperties.forEach((p) => add(p.type));
      add(node.propertyNames);
      node.dependencies.forEach((d) => (Array.isArray(d.requires) ? undefined : add(d.requires as TypeNode)));
      break;
    case 'array':
      add(node.items);
      node.tuple?.forEach(add);
      add(node.additionalItems);
      add(node.contains);
      break;
    case 'union':
      node.variants.forEach(add);
      break;
    case 'intersection':
      node.members.forEach(add);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Every `unevaluatedProperties`/`unevaluatedItems` kept as a facet (beside `allOf`, `$ref`, …), with
 * the keyword's own origin: the Python and Java generators report each as not enforced.
 */
export function unevaluatedFacets(declarations: Decls): { keyword: string; origin: Origin }[] {
  return [...declarations.values()].flatMap((d) =>
    childNodes(d.type).flatMap((n) => [
      ...(n.unevaluated?.properties ? [{ keyword: 'unevaluatedProperties', origin: n.unevaluated.properties.origin }] : []),
      ...(n.unevaluated?.items ? [{ keyword: 'unevaluatedItems', origin: n.unevaluated.items.origin }] : []),
    ]),
  );
}

/**
 * The one secret rule: a value is a secret where its schema says `format: "password"` or carries the
 * vendor's secret role (`airbyte_secret`, …); both are read into `annotations.secret`.
 */
export function marksSecret(annotations: Annotations, format?: string): boolean {
  return annotations.secret === true || format === 'password';
}

/** Whether a node's value is a secret: marked on the node or on anything its `$ref`s lead to. */
export function isSecret(declarations: Decls, node: TypeNode, limit = 32): boolean {
  let current: TypeNode | undefined = node;
  for (let i = 0; current !== undefined && i < limit; i++) {
    if (marksSecret(current.annotations, current.kind === 'string' ? current.format : undefined)) return true;
    current = current.kind === 'ref' ? declarations.get(current.target)?.type : undefined;
  }
  return false;
}

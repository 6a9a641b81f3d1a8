import { derefNode, isSecret, objectOf, type Annotations, type IR, type JsonObject, type ObjectNode, type TypeNode } from '../../core/index.js';

/**
 * The react-jsonschema-form uiSchema for an object: properties by their `order` annotation (then in
 * declared order), secrets as password widgets, hidden fields (the connector tag, capability flags,
 * fields marked hidden) hidden, multi-line strings as text areas, groups as `ui:options.group`;
 * nested objects, union branches and array items get theirs too (bounded by `depth` for recursive shapes).
 */
export function uiSchemaFor(ir: IR, node: ObjectNode, depth: number, seen: readonly string[] = []): JsonObject {
  const ranked = node.properties.map((p, i) => ({ p, i, order: annotation(ir, p.type, 'order') ?? Number.POSITIVE_INFINITY }));
  ranked.sort((a, b) => a.order - b.order || a.i - b.i);
  const out: JsonObject = { 'ui:order': [...ranked.map((r) => r.p.name), '*'] };
  for (const p of node.properties) {
    const field = p.role || annotation(ir, p.type, 'hidden') ? { 'ui:widget': 'hidden' } : fieldUi(ir, p.type, depth, seen);
    if (Object.keys(field).length > 0) out[p.name] = field;
  }
  return out;
}

/** An annotation of a field: the ref site's own, else its target's. */
function annotation<K extends 'order' | 'hidden' | 'group' | 'multiline'>(ir: IR, node: TypeNode, key: K): Annotations[K] | undefined {
  return node.annotations[key] ?? derefNode(ir.declarations, node).annotations[key];
}

function fieldUi(ir: IR, node: TypeNode, depth: number, seen: readonly string[]): JsonObject {
  const own = ownUi(ir, node);
  const key = node.kind === 'ref' ? node.target : undefined;
  if (key && seen.filter((s) => s === key).length >= depth) return own;
  const next = key ? [...seen, key] : seen;
  const target = derefNode(ir.declarations, node);
  if (isSecret(ir.declarations, node)) return { ...own, 'ui:widget': 'password' };
  if (annotation(ir, node, 'multiline')) return { ...own, 'ui:widget': 'textarea' };
  return { ...own, ...shapeUi(ir, node, target, depth, next) };
}

/** `ui:options.group` for a field in a form section. */
function ownUi(ir: IR, node: TypeNode): JsonObject {
  const group = annotation(ir, node, 'group');
  return group === undefined ? {} : { 'ui:options': { group } };
}

function shapeUi(ir: IR, node: TypeNode, target: TypeNode, depth: number, next: readonly string[]): JsonObject {
  if (target.kind === 'array' && target.items) {
    const items = fieldUi(ir, target.items, depth, next);
    return Object.keys(items).length ? { items } : {};
  }
  if (target.kind === 'union') return mergeBranches(target.variants.map((v) => fieldUi(ir, v, depth, next)));
  // `type: object` beside a `oneOf` (Airbyte's auth blocks) is an intersection: every member's fields are the form's.
  if (target.kind === 'intersection') return mergeBranches(target.members.map((m) => fieldUi(ir, m, depth, next)));
  const object = objectOf(ir.declarations, node);
  return object ? uiSchemaFor(ir, object, depth, next) : {};
}

/** rjsf hands a oneOf field's uiSchema to whichever branch is chosen, so branches share one. */
function mergeBranches(branches: readonly JsonObject[]): JsonObject {
  const out: JsonObject = {};
  const order: string[] = [];
  for (const b of branches) {
    for (const [k, v] of Object.entries(b)) {
      if (k === 'ui:order' && Array.isArray(v)) order.push(...v.filter((x): x is string => typeof x === 'string' && x !== '*'));
      else if (!(k in out)) out[k] = v;
    }
  }
  if (order.length) out['ui:order'] = [...new Set(order), '*'];
  return out;
}

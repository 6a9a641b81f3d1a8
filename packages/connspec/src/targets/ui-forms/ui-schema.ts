import { derefNode, objectOf, type IR, type JsonObject, type ObjectNode, type TypeNode } from '../../core/index.js';

/**
 * The react-jsonschema-form uiSchema for an object: properties in declared order, secrets as
 * password widgets, the connector `type` tag and capability flags hidden; nested objects, union
 * branches and array items get theirs too (bounded by `depth` for recursive shapes).
 */
export function uiSchemaFor(ir: IR, node: ObjectNode, depth: number, seen: readonly string[] = []): JsonObject {
  const out: JsonObject = { 'ui:order': [...node.properties.map((p) => p.name), '*'] };
  for (const p of node.properties) {
    const field = p.role ? { 'ui:widget': 'hidden' } : fieldUi(ir, p.type, depth, seen);
    if (Object.keys(field).length > 0) out[p.name] = field;
  }
  return out;
}

function fieldUi(ir: IR, node: TypeNode, depth: number, seen: readonly string[]): JsonObject {
  const key = node.kind === 'ref' ? node.target : undefined;
  if (key && seen.filter((s) => s === key).length >= depth) return {};
  const next = key ? [...seen, key] : seen;
  const target = derefNode(ir.declarations, node);
  if (isSecret(ir, node)) return { 'ui:widget': 'password' };
  if (target.kind === 'array' && target.items) {
    const items = fieldUi(ir, target.items, depth, next);
    return Object.keys(items).length ? { items } : {};
  }
  if (target.kind === 'union') return mergeBranches(target.variants.map((v) => fieldUi(ir, v, depth, next)));
  const object = objectOf(ir.declarations, node);
  return object ? uiSchemaFor(ir, object, depth, next) : {};
}

function isSecret(ir: IR, node: TypeNode): boolean {
  const target = derefNode(ir.declarations, node);
  return Boolean(node.annotations.secret || target.annotations.secret || (target.kind === 'string' && target.format === 'password'));
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

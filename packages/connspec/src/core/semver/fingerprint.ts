import { createHash } from 'node:crypto';
import type { DeclId, IR, JsonValue, TypeNode } from '../ir/types.js';
import { canonicalJson } from '../util/walk.js';

/**
 * A hash of what a node validates, through refs: equal for equivalent schemas whatever their
 * `$ref` structure, property order or enum order. With `annotations`, titles, descriptions,
 * defaults and declaration facts count too (to notice any change at all).
 */
export interface Fingerprinter {
  of(node: TypeNode): string;
  /**
   * Whether `of(node)` went through a `$ref` cycle. A cycle is hashed as a marker that does not say
   * which declaration it returns to, so two different recursive schemas can hash alike: only an
   * acyclic fingerprint proves two schemas validate the same.
   */
  cyclic(node: TypeNode): boolean;
}

const caches = new WeakMap<IR, Map<string, Fingerprinter>>();

export function fingerprinter(ir: IR, annotations = false): Fingerprinter {
  const perIr = caches.get(ir) ?? new Map<string, Fingerprinter>();
  caches.set(ir, perIr);
  const key = annotations ? 'full' : 'content';
  const existing = perIr.get(key);
  if (existing) return existing;
  const made = create(ir, annotations);
  perIr.set(key, made);
  return made;
}

const hash = (text: string): string => createHash('sha1').update(text).digest('base64url');

function create(ir: IR, withAnnotations: boolean): Fingerprinter {
  const memo = new Map<DeclId, string>();
  const active = new Set<DeclId>();
  // Declarations whose hash holds a cycle marker, and whether the hash being computed does.
  const marked = new Set<DeclId>();
  let sawCycle = false;
  const ofDecl = (id: DeclId): string => {
    const done = memo.get(id);
    if (done !== undefined) {
      sawCycle ||= marked.has(id);
      return done;
    }
    const decl = ir.declarations.get(id);
    if (decl === undefined) return 'missing';
    if (active.has(id)) {
      sawCycle = true;
      return 'cycle';
    }
    const outer = sawCycle;
    sawCycle = false;
    active.add(id);
    const facts = withAnnotations ? canonicalJson(decl.hints ?? {}) : '';
    const content = of(decl.type);
    const value = facts ? hash(content + facts) : content;
    active.delete(id);
    memo.set(id, value);
    if (sawCycle) marked.add(id);
    sawCycle ||= outer;
    return value;
  };
  const of = (node: TypeNode): string => {
    const own = withAnnotations ? canonicalJson(node.annotations as unknown as JsonValue) : '';
    if (node.kind === 'ref') return withAnnotations ? hash(ofDecl(node.target) + own) : ofDecl(node.target);
    return hash(canonicalJson(shape(node, of)) + own);
  };
  const cyclic = (node: TypeNode): boolean => {
    sawCycle = false;
    of(node);
    return sawCycle;
  };
  return { of, cyclic };
}

/** Everything validating about a node, children replaced by their fingerprints. */
function shape(node: TypeNode, of: (n: TypeNode) => string): JsonValue {
  const sub = (n: TypeNode | undefined): JsonValue => (n ? of(n) : null);
  // Without `type`, draft-07 lets other kinds through: that validates differently.
  const base: Record<string, JsonValue> = { kind: node.kind, not: sub(node.not), implicit: node.implicitType ?? false };
  if (node.conditional) base.conditional = [sub(node.conditional.if), sub(node.conditional.then), sub(node.conditional.else)];
  if (node.unevaluated) base.unevaluated = [sub(node.unevaluated.properties), sub(node.unevaluated.items)];
  switch (node.kind) {
    case 'object':
      return {
        ...base,
        properties: Object.fromEntries(node.properties.map((p) => [p.name, [p.required, of(p.type)]])),
        additional: node.additional.kind === 'typed' ? of(node.additional.type) : node.additional.kind,
        patternProperties: Object.fromEntries(node.patternProperties.map((p) => [p.pattern, of(p.type)])),
        propertyNames: sub(node.propertyNames),
        bounds: [node.minProperties ?? null, node.maxProperties ?? null],
        dependencies: Object.fromEntries(node.dependencies.map((d) => [d.property, Array.isArray(d.requires) ? [...(d.requires as string[])].sort() : of(d.requires as TypeNode)])),
        extraRequired: [...node.extraRequired].sort(),
      };
    case 'array':
      return { ...base, items: sub(node.items), tuple: node.tuple ? node.tuple.map(of) : null, additionalItems: sub(node.additionalItems), contains: sub(node.contains), bounds: [node.minItems ?? null, node.maxItems ?? null, node.uniqueItems ?? false] };
    case 'union':
      return { ...base, combinator: node.combinator, variants: node.variants.map(of).sort() };
    case 'intersection':
      return { ...base, members: node.members.map(of).sort() };
    case 'enum':
      return { ...base, values: node.values.map((v) => canonicalJson(v)).sort() };
    case 'const':
      return { ...base, value: node.value };
    case 'ref':
      return { ...base, target: node.target };
    default: {
      const { origin: _o, annotations: _a, implicitType: _i, not: _n, conditional: _c, unevaluated: _u, ...facets } = node;
      return { ...base, ...(facets as Record<string, JsonValue>) };
    }
  }
}

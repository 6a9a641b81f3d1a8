/**
 * The compare walker: two resolved IRs, site by site from a connection root. A site's refs are
 * followed by target declaration, so only what a schema validates and says counts, never how its
 * `$ref`s are laid out. Each stage hands the pair to the rules of that stage (rules are data).
 */
import type { DeclId, IR, Origin, TypeNode } from '../ir/types.js';
import { annotationView, refChain } from './annotation-view.js';
import type { Fingerprinter } from './fingerprint.js';
import { identityKey, matchLists, tagOf, titleKey, type VariantMatch } from './matching.js';
import type { DetectContext, Hit, SemverRule, SemverSettings, Stage } from './types.js';

export interface Env {
  readonly old: IR;
  readonly new: IR;
  readonly settings: SemverSettings;
  readonly rules: ReadonlyMap<Stage, readonly SemverRule[]>;
  readonly fp: { readonly old: Fingerprinter; readonly new: Fingerprinter };
  overlaps(newBranch: TypeNode, oldBranches: readonly TypeNode[], exclusive: boolean): number;
}

/** A rule's hit, placed, with the declarations that lead to it from the connection root. */
export interface RawFinding {
  readonly rule: SemverRule;
  readonly hit: Hit;
  readonly old: Origin | undefined;
  readonly new: Origin | undefined;
  readonly via: readonly DeclId[];
}

interface Walk {
  readonly env: Env;
  readonly out: RawFinding[];
  readonly visited: Set<string>;
}

/** Every finding between two connection roots (each declaration pair visited once). */
export function compareRoots(env: Env, oldRoot: DeclId, newRoot: DeclId): RawFinding[] {
  const walk: Walk = { env, out: [], visited: new Set() };
  const o = env.old.declarations.get(oldRoot);
  const n = env.new.declarations.get(newRoot);
  if (o && n) {
    walk.visited.add(`${oldRoot}|${newRoot}`);
    compareContent(walk, o.type, n.type, [newRoot]);
  }
  return walk.out;
}

/** A site: its reference structure and annotations, then (once per declaration pair) its content. */
export function compareSites(walk: Walk, o: TypeNode, n: TypeNode, via: readonly DeclId[]): void {
  const { env } = walk;
  const oc = refChain(env.old.declarations, o);
  const nc = refChain(env.new.declarations, n);
  run(walk, 'ref', o, n, {}, via);
  run(walk, 'annotations', o, n, { annotations: { old: annotationView(oc), new: annotationView(nc) } }, via);
  const oldDecl = oc.declarations.at(-1);
  const newDecl = nc.declarations.at(-1);
  if (oldDecl !== undefined && newDecl !== undefined) {
    const key = `${oldDecl}|${newDecl}`;
    if (walk.visited.has(key)) return;
    walk.visited.add(key);
  }
  const named = (ir: IR, ids: readonly DeclId[]): DeclId[] => ids.filter((id) => ir.declarations.get(id)?.source !== 'inline');
  const entered = named(env.new, nc.declarations);
  const next = [...via, ...(entered.length || nc.declarations.length ? entered : named(env.old, oc.declarations))];
  compareContent(walk, oc.content, nc.content, next);
}

const isChoice = (n: TypeNode): boolean => n.kind === 'union' && n.combinator !== 'type';

function compareContent(walk: Walk, o: TypeNode, n: TypeNode, via: readonly DeclId[]): void {
  run(walk, 'node', o, n, {}, via);
  if (o.kind === 'intersection' || n.kind === 'intersection') return compareMembers(walk, o, n, via);
  if (isChoice(o) || isChoice(n)) return compareVariants(walk, o, n, via);
  run(walk, 'type', o, n, {}, via);
  for (const [a, b] of facetPairs(o, n)) {
    run(walk, 'facets', a, b, {}, via);
    compareChildren(walk, a, b, via);
  }
}

function compareMembers(walk: Walk, o: TypeNode, n: TypeNode, via: readonly DeclId[]): void {
  const { env } = walk;
  const list = (x: TypeNode): readonly TypeNode[] => (x.kind === 'intersection' ? x.members : [x]);
  const kind = (side: 'old' | 'new') => (item: { node: TypeNode }) => refChain(env[side].declarations, item.node).content.kind;
  const members = matchLists(list(o), list(n), [identityKey(env), (side, item) => `fp:${env.fp[side].of(item.node)}`, (side, item) => kind(side)(item)]);
  run(walk, 'intersection', o, n, { members }, via);
  for (const p of members.pairs) compareSites(walk, p.old.node, p.new.node, via);
}

function compareVariants(walk: Walk, o: TypeNode, n: TypeNode, via: readonly DeclId[]): void {
  const { env } = walk;
  const list = (x: TypeNode): readonly TypeNode[] => (x.kind === 'union' && x.combinator !== 'type' ? x.variants : [x]);
  const combinator = (x: TypeNode, other: TypeNode): 'oneOf' | 'anyOf' => (x.kind === 'union' && x.combinator !== 'type' ? x.combinator : (other as { combinator: 'oneOf' | 'anyOf' }).combinator);
  const tagProperty = (o.kind === 'union' ? o.discriminator?.property : undefined) ?? (n.kind === 'union' ? n.discriminator?.property : undefined);
  const tag = (side: 'old' | 'new', node: TypeNode): string | undefined => tagOf(env[side], node, tagProperty);
  const matching = matchLists(list(o), list(n), [
    identityKey(env),
    (side, item) => (tag(side, item.node) === undefined ? undefined : `tag:${tag(side, item.node)}`),
    (side, item) => `fp:${env.fp[side].of(item.node)}`,
    titleKey(env),
  ]);
  const variants: VariantMatch = { ...matching, oldCombinator: combinator(o, n), newCombinator: combinator(n, o), tagOf: tag, ...(tagProperty ? { tagProperty } : {}) };
  run(walk, 'union', o, n, { variants }, via);
  for (const p of matching.pairs) compareSites(walk, p.old.node, p.new.node, via);
}

/** Same-kind parts of two content nodes (a `type` list split per type); `integer` pairs with `number`. */
function facetPairs(o: TypeNode, n: TypeNode): [TypeNode, TypeNode][] {
  const parts = (x: TypeNode): readonly TypeNode[] => (x.kind === 'union' && x.combinator === 'type' ? x.variants : [x]);
  const typed = (x: TypeNode): boolean => ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'].includes(x.kind);
  const numeric = (k: string): boolean => k === 'number' || k === 'integer';
  const news = parts(n).filter(typed);
  return parts(o)
    .filter(typed)
    .flatMap((a): [TypeNode, TypeNode][] => {
      const b = news.find((x) => x.kind === a.kind) ?? news.find((x) => numeric(x.kind) && numeric(a.kind));
      return b ? [[a, b]] : [];
    });
}

function compareChildren(walk: Walk, a: TypeNode, b: TypeNode, via: readonly DeclId[]): void {
  const pair = (x: TypeNode | undefined, y: TypeNode | undefined): void => {
    if (x && y) compareSites(walk, x, y, via);
  };
  if (a.kind === 'object' && b.kind === 'object') {
    for (const p of a.properties) pair(p.type, b.properties.find((q) => q.name === p.name)?.type);
    if (a.additional.kind === 'typed' && b.additional.kind === 'typed') pair(a.additional.type, b.additional.type);
    for (const p of a.patternProperties) pair(p.type, b.patternProperties.find((q) => q.pattern === p.pattern)?.type);
    pair(a.propertyNames, b.propertyNames);
  }
  if (a.kind === 'array' && b.kind === 'array') {
    pair(a.items, b.items);
    a.tuple?.forEach((t, i) => pair(t, b.tuple?.[i]));
    pair(a.additionalItems, b.additionalItems);
    pair(a.contains, b.contains);
  }
}

function run(walk: Walk, stage: Stage, o: TypeNode, n: TypeNode, extra: Partial<DetectContext>, via: readonly DeclId[]): void {
  const { env } = walk;
  const rules = env.rules.get(stage) ?? [];
  if (rules.length === 0) return;
  const ctx: DetectContext = {
    old: env.old,
    new: env.new,
    settings: env.settings,
    fingerprint: (side, node) => env.fp[side].of(node),
    overlaps: env.overlaps,
    ...extra,
  };
  for (const rule of rules) {
    for (const hit of rule.detect(o, n, ctx)) {
      walk.out.push({ rule, hit, old: place(hit.old, o.origin, hit.suffix), new: place(hit.new, n.origin, hit.suffix), via });
    }
  }
}

/** An explicit place as given; else the compared node, plus the hit's suffix. */
function place(explicit: Origin | null | undefined, fallback: Origin, suffix: string | undefined): Origin | undefined {
  if (explicit === null) return undefined;
  if (explicit) return explicit;
  return suffix ? { ...fallback, pointer: fallback.pointer + suffix } : fallback;
}

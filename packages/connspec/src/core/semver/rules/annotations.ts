import type { JsonValue } from '../../ir/types.js';
import { canonicalJson } from '../../util/walk.js';
import { secretOf, type AnnotationView, type Supplied } from '../annotation-view.js';
import type { Bump, DetectContext, Hit, SemverRule } from '../types.js';

type Pick = (view: AnnotationView) => Supplied<unknown> | undefined;
type Verdict = 'added' | 'removed' | 'changed';

const same = (a: unknown, b: unknown): boolean => canonicalJson(a as JsonValue) === canonicalJson(b as JsonValue);
const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** How an effective annotation differs between the two sites, if it does. */
function verdict(ctx: DetectContext, pick: Pick): { verdict: Verdict; old?: Supplied<unknown>; new?: Supplied<unknown> } | undefined {
  const views = ctx.annotations;
  if (!views) return undefined;
  const o = pick(views.old);
  const n = pick(views.new);
  if (o === undefined && n === undefined) return undefined;
  if (o === undefined) return { verdict: 'added', new: n };
  if (n === undefined) return { verdict: 'removed', old: o };
  return same(o.value, n.value) ? undefined : { verdict: 'changed', old: o, new: n };
}

interface Spec {
  readonly id: string;
  readonly class: Bump;
  readonly sentence: string;
  readonly keyword: string;
  readonly pick: Pick;
  /** Which verdicts this rule reports. */
  readonly on: readonly Verdict[];
  readonly message: (old: unknown, now: unknown, v: Verdict) => string;
  readonly warning?: string;
}

function annotationRule(spec: Spec): SemverRule {
  return {
    id: spec.id,
    class: spec.class,
    sentence: spec.sentence,
    stage: 'annotations',
    detect: (_o, _n, ctx): Hit[] => {
      const d = verdict(ctx, spec.pick);
      if (!d || !spec.on.includes(d.verdict)) return [];
      const at = (s: Supplied<unknown> | undefined) => (s ? { ...s.origin, pointer: spec.keyword ? `${s.origin.pointer}/${spec.keyword}` : s.origin.pointer } : undefined);
      const hit: Hit = { message: spec.message(d.old?.value, d.new?.value, d.verdict), ...(spec.warning ? { warning: spec.warning } : {}) };
      // Without a counterpart, the site itself is the place on that side.
      const o = at(d.old);
      const n = at(d.new);
      return [{ ...hit, ...(o ? { old: o } : {}), ...(n ? { new: n } : {}) }];
    },
  };
}

const text = (id: string, keyword: 'title' | 'description' | 'comment', json: string): SemverRule =>
  annotationRule({
    id,
    class: 'patch',
    sentence: `\`${json}\` added, changed or removed.`,
    keyword: json,
    pick: (v) => v[keyword],
    on: ['added', 'removed', 'changed'],
    message: (o, n, v) => `${json} ${v}${v === 'changed' ? `: ${show(o)} → ${show(n)}` : ''}`,
  });

const DEFAULT_WARNING = 'configs that omit this value now behave differently';

export const ANNOTATION_RULES: readonly SemverRule[] = [
  text('title-changed', 'title', 'title'),
  text('description-changed', 'description', 'description'),
  annotationRule({ id: 'examples-changed', class: 'patch', sentence: '`examples` added, changed or removed.', keyword: 'examples', pick: (v) => v.examples, on: ['added', 'removed', 'changed'], message: (_o, _n, v) => `examples ${v}` }),
  text('comment-changed', 'comment', '$comment'),
  annotationRule({ id: 'default-added', class: 'minor', sentence: 'A `default` is added where there was none.', keyword: 'default', pick: (v) => v.default && { ...v.default, value: v.default.value.value }, on: ['added'], message: (_o, n) => `default ${show(n)} added` }),
  annotationRule({ id: 'default-changed', class: 'minor', sentence: 'A `default` changes value (configs that omit the field change behaviour).', keyword: 'default', pick: (v) => v.default && { ...v.default, value: v.default.value.value }, on: ['changed'], message: (o, n) => `default ${show(o)} → ${show(n)}`, warning: DEFAULT_WARNING }),
  annotationRule({ id: 'default-removed', class: 'minor', sentence: 'A `default` is removed (configs that omit the field change behaviour).', keyword: 'default', pick: (v) => v.default && { ...v.default, value: v.default.value.value }, on: ['removed'], message: (o) => `default ${show(o)} removed`, warning: DEFAULT_WARNING }),
  annotationRule({ id: 'deprecated-added', class: 'minor', sentence: 'A field or type is marked `deprecated`.', keyword: 'deprecated', pick: (v) => v.deprecated, on: ['added'], message: () => 'marked deprecated' }),
  annotationRule({ id: 'deprecated-removed', class: 'patch', sentence: 'A `deprecated` marker is removed.', keyword: 'deprecated', pick: (v) => v.deprecated, on: ['removed'], message: () => 'no longer deprecated' }),
  annotationRule({
    id: 'secret-added', class: 'minor', sentence: 'A value becomes secret (`format: password` or `mask`): generated types change, stored values should be migrated to a secret store.',
    keyword: '', pick: secretOf, on: ['added'], message: () => 'now a secret', warning: 'generated code now types it as a secret; migrate stored plain values',
  }),
  annotationRule({ id: 'secret-removed', class: 'major', sentence: 'A secret marker (`format: password` or `mask`) is removed: the value would be shown and logged in clear.', keyword: '', pick: secretOf, on: ['removed'], message: () => 'no longer a secret' }),
  annotationRule({
    id: 'annotation-changed', class: 'patch', sentence: '`readOnly`, `writeOnly` or `expose` added or removed.', keyword: '',
    pick: (v) => {
      const flags = { readOnly: v.readOnly?.value ?? false, writeOnly: v.writeOnly?.value ?? false, expose: v.expose?.value ?? false };
      const origin = (v.readOnly ?? v.writeOnly ?? v.expose)?.origin;
      return origin ? { value: flags, origin } : undefined;
    },
    on: ['added', 'removed', 'changed'], message: (o, n) => `flags ${show(o ?? {})} → ${show(n ?? {})}`,
  }),
];

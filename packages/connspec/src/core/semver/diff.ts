/** `diffIRs`: every connection (or, none declared, every root file) of two resolved catalogues, compared, backstopped, merged. */
import { childNodes } from '../ir/query.js';
import type { IR, SchemaFile } from '../ir/types.js';
import { runBackstop } from './backstop.js';
import { compareRoots, type Env } from './compare.js';
import { fingerprinter } from './fingerprint.js';
import type { Fixture } from './fixtures.js';
import { overlapChecker } from './overlap.js';
import { classOf, maxBump } from './profiles.js';
import { connectionChanges, mergeChanges } from './propagate.js';
import { SEMVER_RULES } from './rules/index.js';
import { createValidators, type Validators } from './schema-out.js';
import type { Change, ConnectionReport, SemverReport, SemverRule, SemverSettings, Stage } from './types.js';
import { canonicalJson } from '../util/walk.js';

export interface DiffOptions {
  readonly settings: SemverSettings;
  /** How the two sides are named in reports. */
  readonly labels?: { readonly old: string; readonly new: string };
  /** Valid fixtures of a connection in the old tree, when it has some. */
  readonly fixtures?: (connection: { path: string; serviceType: string; tag?: string }) => readonly Fixture[] | undefined;
  /** Run the backstop (default true). */
  readonly backstop?: boolean;
  /** The rules (default SEMVER_RULES); tests pass fewer to show what the backstop catches. */
  readonly rules?: readonly SemverRule[];
}

const rule = (id: string): SemverRule => {
  const found = SEMVER_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no semver rule ${id}`);
  return found;
};

function byStage(rules: readonly SemverRule[]): Map<Stage, SemverRule[]> {
  const out = new Map<Stage, SemverRule[]>();
  for (const r of rules) out.set(r.stage, [...(out.get(r.stage) ?? []), r]);
  return out;
}

/** Files some other file's schemas refer to. */
function referencedFiles(ir: IR): Set<string> {
  const out = new Set<string>();
  for (const decl of ir.declarations.values()) {
    for (const node of childNodes(decl.type)) {
      const target = node.kind === 'ref' ? ir.declarations.get(node.target)?.file : undefined;
      if (target !== undefined && target !== decl.file) out.add(target);
    }
  }
  return out;
}

/**
 * What is compared: the connections when the tree has any (the config declares them), else every
 * root file (one no other file refers to), so a tree without conventions is still gated.
 */
export function comparedFiles(ir: IR): Map<string, SchemaFile> {
  const connections = ir.files.filter((f) => f.connection !== undefined);
  if (connections.length > 0) return new Map(connections.map((f) => [f.path, f]));
  const referenced = referencedFiles(ir);
  return new Map(ir.files.filter((f) => !referenced.has(f.path)).map((f) => [f.path, f]));
}

export function diffIRs(old: IR, now: IR, options: DiffOptions): SemverReport {
  const { settings } = options;
  const validators = createValidators(settings.formatsEnforced);
  const checks: Checks = { old: validators, new: settings.defaultsApplied ? createValidators(settings.formatsEnforced, true) : validators };
  const env: Env = {
    old, new: now, settings,
    rules: byStage(options.rules ?? SEMVER_RULES),
    fp: { old: fingerprinter(old), new: fingerprinter(now) },
    overlaps: overlapChecker(old, now, validators),
  };
  const before = comparedFiles(old);
  const after = comparedFiles(now);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const perConnection = paths.map((path) => compareConnection(env, checks, options, before.get(path), after.get(path)));
  const { changes, indexOf } = mergeChanges(perConnection.map((c) => c.changes));
  const connections = perConnection.map((c): ConnectionReport => ({ ...c.report, changes: c.changes.map(indexOf).sort((x, y) => x - y) }));
  return { profile: settings.profile, old: options.labels?.old ?? 'old', new: options.labels?.new ?? 'new', changes, connections };
}

type Partial = { report: Omit<ConnectionReport, 'changes'>; changes: Change[] };
/** Validators for the old side and the new one (the new one fills in defaults with --defaults-applied). */
type Checks = { readonly old: Validators; readonly new: Validators };

function compareConnection(env: Env, checks: Checks, options: DiffOptions, o: SchemaFile | undefined, n: SchemaFile | undefined): Partial {
  const file = (n ?? o) as SchemaFile;
  const tag = n?.connection?.tag ?? o?.connection?.tag;
  const versions = { ...(o?.connection?.version ? { oldVersion: o.connection.version } : {}), ...(n?.connection?.version ? { newVersion: n.connection.version } : {}) };
  const base = { path: file.path, ...(tag ? { tag } : {}), ...versions };
  if (!o || !n) return { report: { ...base, status: o ? 'removed' : 'added' }, changes: [] };
  let changes = connectionChanges(compareRoots(env, o.root, n.root), env.settings, file.path);
  let note: string | undefined;
  if (options.backstop !== false && maxBump(changes.map((c) => c.class)) !== 'major' && !validatesAlike(env, o, n)) {
    const checked = backstopChanges(env, checks, options, o, n);
    changes = [...changes, ...checked.changes];
    note = checked.note;
  }
  if (changes.length === 0 && differs(env, o, n)) changes = [otherChange(env, o, n)];
  const required = maxBump(changes.map((c) => c.class));
  return { report: { ...base, status: required ? 'changed' : 'unchanged', ...(required ? { required } : {}), ...(note ? { backstopNote: note } : {}) }, changes };
}

/**
 * The two roots validate exactly the same instances: their validating fingerprints are equal and
 * neither went through a cycle (where equal hashes prove nothing), and no defaults are filled in
 * before validating (defaults are not part of that fingerprint). The backstop could then find nothing.
 */
function validatesAlike(env: Env, o: SchemaFile, n: SchemaFile): boolean {
  const a = env.old.declarations.get(o.root);
  const b = env.new.declarations.get(n.root);
  if (!a || !b || env.settings.defaultsApplied) return false;
  return env.fp.old.of(a.type) === env.fp.new.of(b.type) && !env.fp.old.cyclic(a.type) && !env.fp.new.cyclic(b.type);
}

function backstopChanges(env: Env, checks: Checks, options: DiffOptions, o: SchemaFile, n: SchemaFile): { changes: Change[]; note?: string } {
  const oldRoot = env.old.declarations.get(o.root);
  const newRoot = env.new.declarations.get(n.root);
  if (!oldRoot || !newRoot) return { changes: [] };
  const serviceType = o.connection?.serviceType ?? '';
  const fixtures = options.fixtures?.({ path: o.path, serviceType, ...(o.connection?.tag ? { tag: o.connection.tag } : {}) });
  const result = runBackstop({ ir: env.old, node: oldRoot.type }, { ir: env.new, node: newRoot.type }, fixtures, {
    keepDeprecated: env.settings.profile === 'STRICT',
    validators: checks,
  });
  const r = rule('backstop');
  const changes = result.failures.map((f): Change => ({
    rule: r.id, class: classOf(r, env.settings), sentence: r.sentence,
    message: `${f.name} is valid under the old schema but not the new one: ${f.error}`,
    old: { file: o.path, pointer: '', line: 1 }, new: { file: n.path, pointer: '', line: 1 },
    connections: [{ path: n.path, via: [n.root] }],
  }));
  return { changes, ...(result.note ? { note: result.note } : {}) };
}

/** Connection facts besides the version (tag, capabilities, annotations such as test-connection steps), without positions. */
function connectionFacts(file: SchemaFile): Record<string, string> {
  const { version: _v, ...facts } = file.connection ?? { version: undefined };
  return Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, JSON.stringify(v, (key, value: unknown) => (key === 'origin' ? undefined : value))]));
}

/** Names of connection facts that differ (e.g. `testConnection`). */
function factsDiffer(o: SchemaFile, n: SchemaFile): string[] {
  const a = connectionFacts(o);
  const b = connectionFacts(n);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

function differs(env: Env, o: SchemaFile, n: SchemaFile): boolean {
  const a = env.old.declarations.get(o.root);
  const b = env.new.declarations.get(n.root);
  if (!a || !b || canonicalJson(a.hints ?? {}) !== canonicalJson(b.hints ?? {}) || factsDiffer(o, n).length > 0) return true;
  return fingerprinter(env.old, true).of(a.type) !== fingerprinter(env.new, true).of(b.type);
}

function otherChange(env: Env, o: SchemaFile, n: SchemaFile): Change {
  const r = rule('other-change');
  return {
    rule: r.id, class: classOf(r, env.settings), sentence: r.sentence,
    message: factsDiffer(o, n).length ? `connection annotation(s) changed: ${factsDiffer(o, n).join(', ')}` : 'the resolved schema differs (no rule names the difference)',
    old: { file: o.path, pointer: '', line: 1 }, new: { file: n.path, pointer: '', line: 1 }, connections: [{ path: n.path, via: [n.root] }],
  };
}

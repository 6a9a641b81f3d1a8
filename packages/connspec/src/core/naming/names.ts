import type { Diagnostic } from '../diagnostics.js';
import type { DeclId, Origin } from '../ir/types.js';
import type { ReservedNames } from '../language.js';
import { collisionKey, pascalCase } from './words.js';
import { withoutJson } from '../util/schema-path.js';

/** What a declaration's name can be made from, most explicit first. */
export interface NameSource {
  readonly id: DeclId;
  readonly file: string;
  readonly origin: Origin;
  readonly source: 'root' | 'definition' | 'inline';
  /** `typeName` keyword. */
  readonly explicit?: string;
  readonly title?: string;
  /** Definition key, or the file's base name for a root. */
  readonly key?: string;
  /** Inline: the enclosing declaration, whose name prefixes this one. */
  readonly parent?: DeclId;
  readonly suffix?: string;
}

export interface Naming {
  readonly names: ReadonlyMap<DeclId, string>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Decides one PascalCase name per declaration, for every language (none reserved in any registered one). Two declarations whose names
 * differ only in case or punctuation collide; a collision is an error (or, for corpora we cannot
 * edit, `qualify` prefixes them with their file's name), never a numbered suffix.
 */
export function nameDeclarations(sources: readonly NameSource[], mode: 'error' | 'qualify', reservedNames: ReservedNames): Naming {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const names = new Map<DeclId, string>();
  const nameOf = (s: NameSource): string => {
    const known = names.get(s.id);
    if (known !== undefined) return known;
    const parent = s.parent ? byId.get(s.parent) : undefined;
    const base = s.explicit ?? (s.source !== 'inline' ? s.title ?? s.key : undefined) ?? (parent ? nameOf(parent) : '') + (s.suffix ?? '');
    const name = identifier(base);
    names.set(s.id, name);
    return name;
  };
  sources.forEach(nameOf);
  if (mode === 'qualify') qualify(sources, names, reservedNames);
  return { names, diagnostics: [...collisions(sources, names), ...reserved(sources, names, reservedNames)] };
}

function identifier(text: string): string {
  const name = pascalCase(text);
  if (name === '') return 'Type';
  return /^\p{L}/u.test(name) ? name : `Type${name}`;
}

function groups(sources: readonly NameSource[], names: ReadonlyMap<DeclId, string>): NameSource[][] {
  const byKey = new Map<string, NameSource[]>();
  for (const s of sources) {
    const key = collisionKey(names.get(s.id) ?? '');
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  return [...byKey.values()].filter((g) => g.length > 1);
}

/** Prefixes colliding or reserved names with their file's (or, for roots, folder's) name. */
function qualify(sources: readonly NameSource[], names: Map<DeclId, string>, reservedNames: ReservedNames): void {
  const clashing = [...groups(sources, names).flat(), ...sources.filter((s) => reservedNames.has((names.get(s.id) ?? '').toLowerCase()))];
  const original = new Map(names);
  for (const s of clashing) {
    const parts = withoutJson(s.file).split('/');
    const prefix = s.source === 'root' ? parts.at(-2) ?? 'Schema' : parts.at(-1) ?? '';
    names.set(s.id, identifier(`${prefix} ${names.get(s.id) ?? ''}`));
  }
  // Still clashing (two roots in one folder with one title, or same-named files in different folders):
  // spell out folder and file; a root is then named by them alone (what still clashes is reported).
  for (const s of groups(sources, names).flat()) {
    const parts = withoutJson(s.file).split('/');
    const own = s.source === 'root' ? '' : original.get(s.id) ?? '';
    names.set(s.id, identifier(`${parts.at(-2) ?? ''} ${parts.at(-1) ?? ''} ${own}`));
  }
}

function collisions(sources: readonly NameSource[], names: ReadonlyMap<DeclId, string>): Diagnostic[] {
  return groups(sources, names).flatMap(([first, ...rest]) =>
    rest.map((s): Diagnostic => ({
      severity: 'error',
      rule: 'name-collision',
      file: s.file,
      line: s.origin.line,
      column: s.origin.column,
      pointer: s.origin.pointer,
      message: `type name "${names.get(s.id)}" is also the name of ${first?.id} (${first?.origin.line}:${first?.origin.column}) as "${first ? names.get(first.id) : ''}"; every language needs one name per type`,
      hint: 'give one of them a distinct "title", or set "typeName": "<UniqueName>" on it',
    })),
  );
}

function reserved(sources: readonly NameSource[], names: ReadonlyMap<DeclId, string>, reservedNames: ReservedNames): Diagnostic[] {
  return sources.flatMap((s): Diagnostic[] => {
    const name = names.get(s.id) ?? '';
    const languages = reservedNames.get(name.toLowerCase());
    if (!languages) return [];
    return [{
      severity: 'error',
      rule: 'name-reserved',
      file: s.file,
      line: s.origin.line,
      column: s.origin.column,
      pointer: s.origin.pointer,
      message: `type name "${name}" is reserved in ${languages.join(', ')}`,
      hint: `set "typeName" (or a different "title") so the type gets another name, e.g. "${name}Config"`,
    }];
  });
}

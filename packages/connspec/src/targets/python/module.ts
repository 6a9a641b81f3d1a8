import { bannerText, type Declaration, type DeclId, type IR, type Origin, type SchemaFile } from '../../core/index.js';
import type { PyContext } from './context.js';
import { classDef, printClass, type ClassDef } from './declaration.js';
import { Imports } from './imports.js';
import { MODULE_MARKERS } from './literals.js';
import { moduleAliases, relativeImport } from './paths.js';
import { pythonMembers } from './language.js';
import type { PythonRequirement } from './requirements.js';
import { PyWriter } from './writer.js';

/** Everything a module needs to know about the package it lives in. */
export interface ModuleSetting {
  readonly ir: IR;
  /** Module path (inside the package) of every schema file. */
  readonly modules: ReadonlyMap<string, readonly string[]>;
  /** Collects a generation-time warning. */
  readonly warn: (origin: Origin, message: string) => void;
  /** Collects a package the module needs at run time. */
  readonly require: (requirement: PythonRequirement) => void;
}

/**
 * One module per schema file. Classes reference each other through string annotations
 * (`from __future__ import annotations`); classes of other modules through module aliases
 * imported at the bottom, after every class here exists, so import cycles (registry ↔
 * connection, recursion across files) resolve; `_cs.rebuild` then completes the models.
 */
export function emitModule(setting: ModuleSetting, file: SchemaFile): string {
  const here = setting.modules.get(file.path) ?? [];
  const decls = file.declarations.map((id) => setting.ir.declarations.get(id)).filter((d): d is Declaration => d !== undefined);
  const fields = fieldIdentifiers(decls);
  const imports = new Imports(new Set([...decls.map((d) => d.name), ...fields]));
  const referenced = new Set<string>();
  const pending: string[] = [];
  let runtimeUsed = false;
  const ctx: PyContext = {
    ir: setting.ir,
    imports,
    ref: (target: DeclId) => {
      const decl = setting.ir.declarations.get(target);
      if (decl === undefined) return imports.use('typing', 'Any');
      const module = setting.modules.get(decl.file) ?? [];
      if (decl.file === file.path && !fields.has(decl.name)) return decl.name;
      referenced.add(module.join('.'));
      return `${PLACEHOLDER[0]}${module.join('.')}${PLACEHOLDER[1]}.${decl.name}`;
    },
    runtimeRef: (name) => {
      runtimeUsed = true;
      return `_cs.${name}`;
    },
    warn: (origin, message) => {
      pending.push(`connspec: ${message}`);
      setting.warn(origin, message);
    },
    require: setting.require,
  };
  const classes = decls.map((decl) => {
    const def = classDef(ctx, decl, pending);
    return { def, name: decl.name, notes: pending.splice(0) };
  });
  const models = classes.filter((c) => c.def.model).map((c) => c.name);
  const runtime = runtimeUsed || models.length > 0 ? [`from ${'.'.repeat(here.length)} import _connspec as _cs`] : [];
  const aliases = moduleAliases([...referenced].map((m) => m.split('.')));
  const bottom = [...referenced].sort().map((m) => {
    const { from, name } = relativeImport(here, m.split('.'));
    return `from ${from} import ${name} as ${aliases.get(m) ?? ''}  # noqa: E402`;
  });
  const text = printModule({ banner: bannerText(file.path), imports: [imports.render(), runtime], classes, bottom, models });
  return text.replace(PLACEHOLDERS, (_, m: string) => aliases.get(m) ?? '');
}

/** What a module holds, in the order it is printed. */
interface ModuleParts {
  readonly banner: string;
  /** Import groups, a blank line between them. */
  readonly imports: readonly (readonly string[])[];
  /** Each class with the warnings (comments) written above it. */
  readonly classes: readonly { readonly def: ClassDef; readonly notes: readonly string[] }[];
  /** The imports of other modules, bound once every class here exists. */
  readonly bottom: readonly string[];
  readonly models: readonly string[];
}

/** Two blank lines between the banner, the imports, each class, the bottom imports and the rebuild (PEP 8). */
function printModule(m: ModuleParts): string {
  const w = new PyWriter().comment(m.banner);
  w.blank(2).line('from __future__ import annotations');
  for (const group of m.imports) if (group.length > 0) w.blank().lines(group);
  for (const c of m.classes) {
    w.blank(2);
    for (const note of c.notes) w.comment(note);
    printClass(w, c.def);
  }
  if (m.bottom.length > 0) w.blank(2).lines(m.bottom);
  if (m.models.length > 0) w.blank(2).line(`_cs.rebuild(${m.models.join(', ')})`);
  return w.toString();
}

/** Marks a module reference until every import of the module is known (aliases depend on all of them). */
const PLACEHOLDER = MODULE_MARKERS;
const PLACEHOLDERS = /\ue000([^\ue001]*)\ue001/g;

/** Every field identifier declared in the module's classes (they shadow module names in class bodies). */
function fieldIdentifiers(decls: readonly Declaration[]): Set<string> {
  const out = new Set<string>();
  for (const decl of decls) {
    if (decl.type.kind !== 'object') continue;
    for (const m of pythonMembers(decl.type.properties)) out.add(m.identifier);
  }
  return out;
}

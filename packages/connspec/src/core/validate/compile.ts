import type { Ajv, ValidateFunction } from 'ajv';
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { SourceFile } from '../load/source-file.js';
import { pointerToFragment } from '../pointer.js';
import type { Location } from '../resolve/resolve.js';
import { fileUrl } from '../resolve/urls.js';
import { DIALECTS, fileDialect, type Dialect } from './dialects.js';
import { strictDiagnostic } from './strict.js';
import { digestsOverClosures, NO_UNIT_CACHE, textDigest, type UnitCache } from '../cache/units.js';

export interface CompiledCatalogue {
  /** A validator for the subschema at `pointer` in `file`, or undefined when it cannot compile. */
  validatorAt(file: string, pointer: string): ValidateFunction | undefined;
}

/**
 * Compiles every file with ajv in strict mode (after meta-schema validation passed), so what ajv
 * rejects at compile time (unknown formats, strict-mode type slips, broken refs) becomes a diagnostic,
 * placed at the file and keyword that hold it (see strict.ts) and reported once however many files
 * reach it. What ajv only logs (strictTuples) becomes a warning the same way.
 */
export function compileCatalogue(ajv: Ajv, files: readonly SourceFile[], baseUrl: string, useIds = true, refs: ReadonlyMap<string, Location> = new Map(), units: UnitCache = NO_UNIT_CACHE): { compiled: CompiledCatalogue; diagnostics: Diagnostic[] } {
  const found = new Map<string, Diagnostic>();
  const byUrl = new Map(files.map((f) => [fileUrl(baseUrl, f.path), f]));
  const reach = reachability(files, refs);
  const usable = register(ajv, files, baseUrl, useIds);
  const kept = reuseVerdicts(files, usable, found, units);
  const logged: string[] = [];
  const logger = ajv.logger;
  ajv.logger = { log: () => undefined, warn: (message: unknown) => logged.push(String(message)), error: () => undefined };
  try {
    for (const file of files) {
      if (!usable.has(file.path) || kept.has(file.path)) continue;
      const scope = { file, reaches: reach(file.path), byUrl, baseUrl };
      const report = (message: string, severity: Severity): void => {
        const d = strictDiagnostic(scope, message, severity);
        found.set(diagnosticKey(d), d);
      };
      logged.length = 0;
      try {
        ajv.getSchema(fileUrl(baseUrl, file.path));
      } catch (error) {
        usable.delete(file.path);
        report(error instanceof Error ? error.message : String(error), 'error');
      }
      for (const message of logged) if (message.startsWith('strict mode:')) report(message, 'warning');
    }
  } finally {
    ajv.logger = logger;
  }
  keepVerdicts(files, usable, found, units, kept, reach);
  const validatorAt = (file: string, pointer: string): ValidateFunction | undefined => {
    if (!usable.has(file)) return undefined;
    try {
      return ajv.getSchema(fileUrl(baseUrl, file) + pointerToFragment(pointer));
    } catch {
      return undefined;
    }
  };
  return { compiled: { validatorAt }, diagnostics: [...found.values()] };
}

/** What strict compilation said about one file: whether it compiled, and every diagnostic placed in its closure. */
interface StrictVerdict {
  readonly compiled: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

const STRICT_UNIT = 'ajv-strict';

/**
 * Applies the verdicts kept for files whose closure is unchanged (they are not compiled again); the
 * paths it applied. A verdict holds every diagnostic placed anywhere in the file's closure, whichever
 * file's compilation first met it, so what a run reports does not depend on what it compiled first.
 */
function reuseVerdicts(files: readonly SourceFile[], usable: Set<string>, found: Map<string, Diagnostic>, units: UnitCache): Set<string> {
  const kept = new Set<string>();
  for (const file of files) {
    if (!usable.has(file.path)) continue;
    const verdict = units.known<StrictVerdict>(file.path, STRICT_UNIT);
    if (verdict === undefined) continue;
    kept.add(file.path);
    if (!verdict.compiled) usable.delete(file.path);
    for (const d of verdict.diagnostics) found.set(diagnosticKey(d), d);
  }
  return kept;
}

/** Keeps the verdict of each file compiled in this run. */
function keepVerdicts(files: readonly SourceFile[], usable: ReadonlySet<string>, found: ReadonlyMap<string, Diagnostic>, units: UnitCache, kept: ReadonlySet<string>, reach: (path: string) => SourceFile[]): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of found.values()) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const file of files) {
    if (kept.has(file.path)) continue;
    const closure = [file, ...reach(file.path)];
    units.keep(file.path, STRICT_UNIT, { compiled: usable.has(file.path), diagnostics: closure.flatMap((f) => byFile.get(f.path) ?? []) } satisfies StrictVerdict);
  }
}

const diagnosticKey = (d: Diagnostic): string => `${d.file}#${d.pointer} ${d.rule} ${d.message}`;

/** Adds every file to ajv under its URL; the paths it took. */
export function register(ajv: Ajv, files: readonly SourceFile[], baseUrl: string, useIds: boolean): Set<string> {
  const usable = new Set<string>();
  for (const file of files) {
    try {
      ajv.addSchema(forAjv(file, useIds), fileUrl(baseUrl, file.path));
      usable.add(file.path);
    } catch {
      // Duplicate $id: already reported by the resolve stage.
    }
  }
  return usable;
}

/** Per file, a digest over its text and the texts of every file it reaches through `$ref`: what keyed analysis work is reused by. */
export function sourceClosureDigests(files: readonly SourceFile[], refs: ReadonlyMap<string, Location>): ReadonlyMap<string, string> {
  const reach = reachability(files, refs);
  return digestsOverClosures(new Map(files.map((f) => [f.path, textDigest(f.text)])), (path) => reach(path).map((f) => f.path));
}

/** Each file's files reached through `$ref` (transitively), nearest first. */
function reachability(files: readonly SourceFile[], refs: ReadonlyMap<string, Location>): (path: string) => SourceFile[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const direct = new Map<string, Set<string>>();
  for (const [site, target] of refs) {
    const from = site.slice(0, site.indexOf('#'));
    if (from !== target.file) direct.set(from, (direct.get(from) ?? new Set()).add(target.file));
  }
  return (path) => {
    const seen = new Set([path]);
    const queue = [path];
    for (let i = 0; i < queue.length; i++) {
      for (const next of [...(direct.get(queue[i] ?? '') ?? [])].sort()) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return queue.slice(1).flatMap((p) => byPath.get(p) ?? []);
  };
}

/**
 * Compiles each dialect's files with that dialect's ajv (one ajv cannot hold two dialects). A `$ref`
 * from one dialect into another is refused earlier (`ref-dialect`), so each group is closed under refs.
 */
export function compileByDialect(ajvFor: (dialect: Dialect) => Ajv, files: readonly SourceFile[], baseUrl: string, useIds = true, refs: ReadonlyMap<string, Location> = new Map(), units: UnitCache = NO_UNIT_CACHE): { compiled: CompiledCatalogue; diagnostics: Diagnostic[] } {
  const groups = DIALECTS.map((dialect) => ({ dialect, files: files.filter((f) => fileDialect(f) === dialect) })).filter((g) => g.files.length > 0);
  const results = groups.map((g) => ({ ...g, ...compileCatalogue(ajvFor(g.dialect), g.files, baseUrl, useIds, refs, units) }));
  const owner = new Map(results.flatMap((r) => r.files.map((f) => [f.path, r.compiled] as const)));
  return {
    compiled: { validatorAt: (file, pointer) => owner.get(file)?.validatorAt(file, pointer) },
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

/** With `refBase: file`, ajv must not see `$id`s either: it would resolve refs against them. */
function forAjv(file: SourceFile, useIds: boolean): object {
  if (useIds || file.value === null || typeof file.value !== 'object' || Array.isArray(file.value)) return file.value as object;
  const { $id: _id, ...rest } = file.value;
  return rest;
}

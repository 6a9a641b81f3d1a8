import type { Ajv, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile } from '../load/source-file.js';
import { pointerToFragment } from '../pointer.js';
import { fileUrl } from '../resolve/urls.js';
import { DIALECTS, fileDialect, type Dialect } from './dialects.js';

export interface CompiledCatalogue {
  /** A validator for the subschema at `pointer` in `file`, or undefined when it cannot compile. */
  validatorAt(file: string, pointer: string): ValidateFunction | undefined;
}

/**
 * Compiles every file with ajv in strict mode (after meta-schema validation passed), so what ajv
 * rejects at compile time (unknown formats, strict-mode type slips, broken refs) becomes a diagnostic.
 */
export function compileCatalogue(ajv: Ajv, files: readonly SourceFile[], baseUrl: string, useIds = true): { compiled: CompiledCatalogue; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const usable = new Set<string>();
  const byUrl = new Map(files.map((f) => [fileUrl(baseUrl, f.path), f]));
  for (const file of files) {
    try {
      ajv.addSchema(forAjv(file, useIds), fileUrl(baseUrl, file.path));
      usable.add(file.path);
    } catch {
      // Duplicate $id: already reported by the resolve stage.
    }
  }
  for (const file of files) {
    if (!usable.has(file.path)) continue;
    try {
      ajv.getSchema(fileUrl(baseUrl, file.path));
    } catch (error) {
      usable.delete(file.path);
      diagnostics.push(compileDiagnostic(file, byUrl, error));
    }
  }
  const validatorAt = (file: string, pointer: string): ValidateFunction | undefined => {
    if (!usable.has(file)) return undefined;
    try {
      return ajv.getSchema(fileUrl(baseUrl, file) + pointerToFragment(pointer));
    } catch {
      return undefined;
    }
  };
  return { compiled: { validatorAt }, diagnostics };
}

/**
 * Compiles each dialect's files with that dialect's ajv (one ajv cannot hold two dialects). A `$ref`
 * from one dialect into another is refused earlier (`ref-dialect`), so each group is closed under refs.
 */
export function compileByDialect(ajvFor: (dialect: Dialect) => Ajv, files: readonly SourceFile[], baseUrl: string, useIds = true): { compiled: CompiledCatalogue; diagnostics: Diagnostic[] } {
  const groups = DIALECTS.map((dialect) => ({ dialect, files: files.filter((f) => fileDialect(f) === dialect) })).filter((g) => g.files.length > 0);
  const results = groups.map((g) => ({ ...g, ...compileCatalogue(ajvFor(g.dialect), g.files, baseUrl, useIds) }));
  const owner = new Map(results.flatMap((r) => r.files.map((f) => [f.path, r.compiled] as const)));
  return {
    compiled: { validatorAt: (file, pointer) => owner.get(file)?.validatorAt(file, pointer) },
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

/**
 * ajv says where in its message (`at "<url>#<pointer>"`), which may be inside another file the
 * compiled one references; the diagnostic goes there, so it points at the real problem.
 */
function compileDiagnostic(file: SourceFile, byUrl: ReadonlyMap<string, SourceFile>, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at "([^"#]*)#([^"]*)"/.exec(message);
  const named = at ? byUrl.get(at[1] ?? '') : undefined;
  // Format complaints say `at path "#/…"`, relative to the file being compiled.
  const local = /at path "#([^"]*)"/.exec(message);
  const culprit = named ?? file;
  const pointer = named ? decodeURIComponent(at?.[2] ?? '') : local ? decodeURIComponent(local[1] ?? '') : '';
  return {
    severity: 'error',
    rule: 'ajv-strict',
    file: culprit.path,
    ...culprit.locate(pointer),
    pointer,
    message: `ajv (strict mode) cannot compile ${file.path}: ${message}`,
    hint: 'make the schema explicit where strict mode asks (add the missing "type", register the format, or fix the reference)',
  };
}

/** With `refBase: file`, ajv must not see `$id`s either: it would resolve refs against them. */
function forAjv(file: SourceFile, useIds: boolean): object {
  if (useIds || file.value === null || typeof file.value !== 'object' || Array.isArray(file.value)) return file.value as object;
  const { $id: _id, ...rest } = file.value;
  return rest;
}

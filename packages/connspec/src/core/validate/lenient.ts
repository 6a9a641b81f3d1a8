import type { Ajv, ValidateFunction } from 'ajv';
import type { SourceFile } from '../load/source-file.js';
import { pointerToFragment } from '../pointer.js';
import { fileUrl } from '../resolve/urls.js';
import { register, type CompiledCatalogue } from './compile.js';
import { DIALECTS, fileDialect, type Dialect } from './dialects.js';

/**
 * Validators for the value checks (`default`, `examples`, fixtures) even where strict compilation
 * failed or did not run: a file strict mode rejects (an unknown keyword, say) still gets its defaults
 * and examples checked, by an ajv that is not strict, so one problem never hides another. A file is
 * compiled leniently only when a value in it is first checked (a clean catalogue never asks), and a
 * file whose whole schema ajv cannot compile even so gets no validator, as in strict compilation.
 */
export function withLenientFallback(
  strict: CompiledCatalogue | undefined,
  lenientAjvFor: (dialect: Dialect) => Ajv,
  files: readonly SourceFile[],
  baseUrl: string,
  useIds: boolean,
): CompiledCatalogue {
  let lenient: CompiledCatalogue | undefined;
  return {
    validatorAt: (file, pointer) => {
      const found = strict?.validatorAt(file, pointer);
      if (found) return found;
      lenient ??= lazyCatalogue(lenientAjvFor, files, baseUrl, useIds);
      return lenient.validatorAt(file, pointer);
    },
  };
}

/** Every file registered with its dialect's ajv; each compiled (its whole schema first) when first asked for. */
function lazyCatalogue(ajvFor: (dialect: Dialect) => Ajv, files: readonly SourceFile[], baseUrl: string, useIds: boolean): CompiledCatalogue {
  const owner = new Map<string, Ajv>();
  for (const dialect of DIALECTS) {
    const group = files.filter((f) => fileDialect(f) === dialect);
    if (group.length === 0) continue;
    const ajv = ajvFor(dialect);
    for (const path of register(ajv, group, baseUrl, useIds)) owner.set(path, ajv);
  }
  const compiles = new Map<string, boolean>();
  const get = (ajv: Ajv, ref: string): ValidateFunction | undefined => {
    try {
      return ajv.getSchema(ref);
    } catch {
      return undefined;
    }
  };
  return {
    validatorAt: (file, pointer) => {
      const ajv = owner.get(file);
      if (!ajv) return undefined;
      let whole = compiles.get(file);
      if (whole === undefined) compiles.set(file, (whole = get(ajv, fileUrl(baseUrl, file)) !== undefined));
      return whole ? get(ajv, fileUrl(baseUrl, file) + pointerToFragment(pointer)) : undefined;
    },
  };
}

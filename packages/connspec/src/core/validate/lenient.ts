import type { Ajv } from 'ajv';
import type { SourceFile } from '../load/source-file.js';
import { compileByDialect, type CompiledCatalogue } from './compile.js';
import type { Dialect } from './dialects.js';

/**
 * Validators for the value checks (`default`, `examples`, fixtures) even where strict compilation
 * failed or did not run: a file strict mode rejects (an unknown keyword, say) still gets its defaults
 * and examples checked, by an ajv that is not strict, so one problem never hides another. The lenient
 * catalogue is compiled only when first needed, which a clean catalogue never needs.
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
      lenient ??= compileByDialect(lenientAjvFor, files, baseUrl, useIds).compiled;
      return lenient.validatorAt(file, pointer);
    },
  };
}

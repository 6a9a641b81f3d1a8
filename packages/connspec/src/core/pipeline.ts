import type { ConnspecConfig } from './config/config.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { classifyFile } from './ir/classify.js';
import { buildIR } from './ir/build.js';
import type { IR } from './ir/types.js';
import { lint } from './lint/lint.js';
import { memberCollisions } from './naming/members.js';
import { testStepTypeNames } from './naming/test-step-names.js';
import { loadSchemas, parseAll, type LoadResult, type Source } from './load/load.js';
import { resolveRefs } from './resolve/resolve.js';
import { ajvPerDialect } from './validate/ajv.js';
import { compileByDialect } from './validate/compile.js';
import { crossDialectRefs } from './validate/dialects.js';
import { validateAgainstMetaSchema } from './validate/meta.js';

export interface Analysis {
  /** Present once every file parsed and resolution ran (possibly with diagnostics). */
  readonly ir: IR | undefined;
  /** Sorted, with the config's severity overrides applied. */
  readonly diagnostics: readonly Diagnostic[];
}

/** load → resolve → validate (meta-schema, ajv strict, lint; per file dialect) → IR. Reads each file once. */
export async function analyse(config: ConnspecConfig, sources?: readonly Source[]): Promise<Analysis> {
  const loaded: LoadResult = sources ? parseAll(sources) : await loadSchemas(config.schemaRoot);
  const { files } = loaded;
  const resolution = await resolveRefs(files, config.baseUrl, config.refBase);
  const ajvFor = ajvPerDialect();
  const meta = validateAgainstMetaSchema(ajvFor, files);
  const mixed = crossDialectRefs(files, resolution.targets);
  const early = applyOverrides([...loaded.diagnostics, ...resolution.diagnostics, ...meta, ...mixed], config.rules);
  // ajv cannot compile what does not resolve or is not a schema; its verdict would only repeat those errors.
  const compiled = hasErrors(early) ? undefined : compileByDialect(ajvFor, files, config.baseUrl, config.refBase === 'id');
  const roles = new Map(files.map((f) => [f.path, classifyFile(f.path)]));
  const byPath = new Map(files.map((f) => [f.path, f]));
  const lints = lint({ files, byPath, baseUrl: config.baseUrl, resolution, roles, compiled: compiled?.compiled }, config.rules);
  const { ir, diagnostics: naming } = buildIR({ files, resolution, baseUrl: config.baseUrl, onNameCollision: config.onNameCollision });
  // ajv stops compiling a file at its first problem; when `pattern-ecma` already pins a broken pattern
  // down in that file, ajv's verdict on it only repeats that.
  const pinned = new Set(lints.filter((d) => d.severity === 'error' && d.rule === 'pattern-ecma').map((d) => d.file));
  const strict = (compiled?.diagnostics ?? []).filter((d) => !pinned.has(d.file));
  const later = applyOverrides([...strict, ...lints, ...naming, ...memberCollisions(ir), ...testStepTypeNames(ir).diagnostics], config.rules);
  return { ir, diagnostics: sortDiagnostics([...early, ...later]) };
}

/** Applies the config's per-rule severities (`off` drops the diagnostic). */
export function applyOverrides(diagnostics: readonly Diagnostic[], rules: ConnspecConfig['rules']): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const override = rules[d.rule];
    if (override === 'off') return [];
    return override ? [{ ...d, severity: override }] : [d];
  });
}

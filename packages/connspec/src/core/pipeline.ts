import type { ConnspecConfig } from './config/config.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { createLayout, type Layout } from './ir/classify.js';
import { createVendor, type Vendor } from './vendor/vendor.js';

import { extensionKeywords, type ExtensionKeyword } from './validate/keywords.js';
import { buildIR } from './ir/build.js';
import type { IR } from './ir/types.js';
import { lint } from './lint/lint.js';
import { reservedNames, type TargetLanguage } from './language.js';
import { memberCollisions } from './naming/members.js';
import { testStepTypeNames } from './naming/test-step-names.js';
import { loadSchemas, parseAll, type LoadResult, type Source } from './load/load.js';
import { resolveRefs } from './resolve/resolve.js';
import type { Ajv } from 'ajv';
import { ajvPerDialect } from './validate/ajv.js';
import type { Dialect } from './validate/dialects.js';
import type { PatternDialect } from './regex/portability.js';
import { compileByDialect, sourceClosureDigests } from './validate/compile.js';
import { NO_UNIT_CACHE, type UnitCache } from './cache/units.js';
import { withLenientFallback } from './validate/lenient.js';
import { crossDialectRefs } from './validate/dialects.js';
import { validateAgainstMetaSchema } from './validate/meta.js';

export interface Analysis {
  /** Present once every file parsed and resolution ran (possibly with diagnostics). */
  readonly ir: IR | undefined;
  /** Sorted, with the config's severity overrides applied. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The config's conventions and vendor keywords, compiled once per run. */
export interface Conventions {
  readonly layout: Layout;
  readonly vendor: Vendor;
  /** Every keyword beyond JSON Schema's the run accepts (connspec's, the version keyword, the vendor's). */
  readonly keywords: readonly ExtensionKeyword[];
}

export function conventionsOf(config: Pick<ConnspecConfig, 'connections' | 'registries' | 'keywords'>): Conventions {
  const vendor = createVendor(config.keywords);
  return { layout: createLayout(config.connections, config.registries), vendor, keywords: extensionKeywords(vendor, config.connections?.version?.keyword) };
}

/**
 * How much of the validation to run: `full` (the gate's and the build's), or `structure` (load, resolve,
 * meta-schema and naming only, no ajv strict compile and no lint) for readers that need the IR of a tree
 * they do not judge, such as `diff` (two whole analyses were three quarters of its time).
 */
export type AnalysisDepth = 'full' | 'structure';

export interface AnalyseOptions {
  readonly depth?: AnalysisDepth;
  /**
   * Where work on a file whose closure (the file and every file it reaches, by content) is unchanged
   * is kept between runs: strict compilation's verdicts, value checks, ReDoS verdicts. Given the
   * files' closure digests; by default nothing is kept.
   */
  readonly units?: (digests: ReadonlyMap<string, string>) => UnitCache | undefined;
  /**
   * The languages of the targets in use (every registered one, not only those run, so names do not
   * change with `--target`): their reserved type names, member spellings, support columns and regex engines.
   * None given, no language's names or engines are checked: the library's calls (check, validate,
   * generate, diff, the scaffold) always pass the registered ones, and so must any caller that generates.
   */
  readonly languages?: readonly TargetLanguage[];
}

/** load → resolve → validate (meta-schema, ajv strict, lint; per file dialect) → IR. Reads each file once. */
export async function analyse(config: ConnspecConfig, sources?: readonly Source[], options: AnalyseOptions = {}): Promise<Analysis> {
  const depth = options.depth ?? 'full';
  const languages = options.languages ?? [];
  const reserved = reservedNames(languages);
  const loaded: LoadResult = sources ? parseAll(sources) : await loadSchemas(config.schemaRoot);
  const { files } = loaded;
  const { layout, vendor, keywords } = conventionsOf(config);
  const resolution = await resolveRefs(files, config.baseUrl, config.refBase, loaded.unparsed);
  const ajvFor = ajvPerDialect({}, keywords);
  const meta = validateAgainstMetaSchema(metaAjvFor(keywords), files, keywords);
  const mixed = crossDialectRefs(files, resolution.targets);
  const early = applyOverrides([...loaded.diagnostics, ...resolution.diagnostics, ...meta, ...mixed], config.rules);
  // ajv cannot compile what does not resolve or is not a schema; its verdict would only repeat those errors.
  const useIds = config.refBase === 'id';
  // A duplicate key still leaves a readable file (the later value wins, as with JSON.parse).
  const full = depth === 'full';
  const units = options.units?.(sourceClosureDigests(files, resolution.targets)) ?? NO_UNIT_CACHE;
  const compiled = !full || hasErrors(early.filter((d) => d.rule !== 'json-duplicate-key')) ? undefined : compileByDialect(ajvFor, files, config.baseUrl, useIds, resolution.targets, units);
  const values = withLenientFallback(compiled?.compiled, ajvPerDialect({ strict: false, logger: false }, keywords), files, config.baseUrl, useIds);
  const roles = new Map(files.map((f) => [f.path, layout.classify(f.path)]));
  const byPath = new Map(files.map((f) => [f.path, f]));
  // Kept findings assume strict compilation ran; when an earlier error stopped it, nothing is reused.
  const lints = full ? lint({ files, byPath, baseUrl: config.baseUrl, resolution, roles, layout, vendor, languages, compiled: values, units: compiled ? units : NO_UNIT_CACHE }, config.rules) : [];
  const { ir, diagnostics: naming } = buildIR({ files, resolution, baseUrl: config.baseUrl, onNameCollision: config.onNameCollision, layout, vendor, reservedNames: reserved });
  // ajv stops compiling a file at its first problem; when `pattern-ecma` already pins a broken pattern
  // down in that file, ajv's verdict on it only repeats that.
  const pinned = new Set(lints.filter((d) => d.severity === 'error' && d.rule === 'pattern-ecma').map((d) => d.file));
  const strict = (compiled?.diagnostics ?? []).filter((d) => !pinned.has(d.file));
  const later = applyOverrides([...strict, ...lints, ...naming, ...memberCollisions(ir, languages), ...testStepTypeNames(ir, reserved).diagnostics], config.rules);
  return { ir, diagnostics: sortDiagnostics([...early, ...later]) };
}

/**
 * The ajvs that check files against the meta-schemas, one set per keyword list for the whole process:
 * they hold no file of the catalogue, so runs that analyse two trees (diff, the staged gate) compile
 * the meta-schemas once.
 */
const metaAjvs = new Map<string, (dialect: Dialect) => Ajv>();
function metaAjvFor(keywords: readonly ExtensionKeyword[]): (dialect: Dialect) => Ajv {
  const key = JSON.stringify(keywords);
  let ajvFor = metaAjvs.get(key);
  if (!ajvFor) metaAjvs.set(key, (ajvFor = ajvPerDialect({}, keywords)));
  return ajvFor;
}

/** Applies the config's per-rule severities (`off` drops the diagnostic). */
export function applyOverrides(diagnostics: readonly Diagnostic[], rules: ConnspecConfig['rules']): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const override = rules[d.rule];
    if (override === 'off') return [];
    return override ? [{ ...d, severity: override }] : [d];
  });
}

/**
 * connspec's library: the whole pipeline, load → resolve → validate → IR → emit → write, as calls that
 * return data (files, diagnostics, reports). The CLI and the Nx plugin are thin shells over these.
 */
export { loadConfig, vocabulary, type ToolOptions } from './api/config.js';
export { check, selectTargets, type Checked, type CheckOptions } from './api/check.js';
export { generate, type GenerateOptions, type GenerateResult } from './api/generate.js';
export { validate, type ValidateOptions, type ValidateResult } from './api/validate.js';
export { validateStaged, type StagedOptions, type StagedResult } from './api/staged.js';
export { init, planInit, type InitOptions, type InitPlan, type InitResult } from './api/init.js';
export { diff, versionGate } from './api/semver.js';
export { packageOutputs, packagedTargets, SOURCE_DATE_EPOCH, type PackageOptions, type PackageReport, type PackageResult } from './api/package.js';
export { formatDiff, formatGate, OUTPUT_FORMATS, type SemverRequest, type SemverRun, type GateRun, type SemverReport, type OutputFormat } from './core/index.js';
export { BUILTIN_GENERATORS } from './targets/index.js';
export {
  CONFIG_FILE,
  ConfigError,
  configSchema,
  DEFAULT_PACKAGE_DIR,
  DiagnosticError,
  findConfigFile,
  formatDiagnostic,
  formatDiagnostics,
  hasErrors,
  ruleCatalogue,
  UsageError,
  type ConfigOverrides,
  type ConnspecConfig,
  type Diagnostic,
  type GeneratedFile,
  type Generator,
  type GeneratorOptions,
  type GeneratorResult,
  type IR,
  type OptionDeclaration,
  type Packager,
  type PackageInput,
  type PackagePlan,
  type RuleInfo,
  type Severity,
  type Source,
  type WriteReport,
} from './core/index.js';
// For teams validating configs with their own ajv: connspec's exact decimal multipleOf (README, Output details).
export { isMultipleOf, useExactMultipleOf } from './core/index.js';
export { VERSION } from './version.js';
export { checkPlan, planScaffold, ScaffoldError, type FileWrite, type RawScaffoldOptions, type ScaffoldPlan, type SchemaStore } from './scaffold/index.js';

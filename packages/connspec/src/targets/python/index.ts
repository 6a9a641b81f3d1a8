import { createHash } from 'node:crypto';
import { bannerText, NO_UNIT_CACHE, sortDiagnostics, unevaluatedFacets, type UnitCache, type Diagnostic, type GeneratedFile, type Generator, type GeneratorOptions, type GeneratorResult, type IR, type Origin, type RuleInfo } from '../../core/index.js';
import { packageInits, rootInit } from './barrel.js';
import { emitModule } from './module.js';
import { PYTHON_OPTIONS, pythonSettings } from './options.js';
import { moduleMap } from './paths.js';
import { runtimeFiles } from './runtime.js';
import { testStepsModule } from './test-steps.js';
import { PYTHON_LANGUAGE } from './language.js';
import { pythonPackager } from './package.js';
import { requirementsFile, runtimeRequirements, type PythonRequirement } from './requirements.js';
import { PyWriter } from './writer.js';

export { PYTHON_OPTIONS } from './options.js';
export { CHECKED_FORMATS } from './strings.js';
export { translatePattern } from './regex.js';
export { PYTHON_RUNTIME_REQUIREMENTS, type PythonRequirement } from './requirements.js';

/**
 * Pydantic v2 models: one module per schema file in one package, one class per declaration across
 * the whole tree, every schema rule enforced (by Pydantic or by the generated runtime's checks) or
 * reported here as not checked. Written here rather than with datamodel-code-generator, which
 * re-declares shared types per file and needs post-processing for secrets, regex dialects and oneOf.
 */
export const pythonGenerator: Generator = {
  target: 'python',
  language: PYTHON_LANGUAGE,
  packager: pythonPackager,
  description: 'Pydantic v2 models (one module per schema, lazy package index)',
  options: PYTHON_OPTIONS,
  rules: [
    { id: 'python-module-clash', sentence: 'No two schema files (or a file and a folder) map to one Python module: their names differ in letters or digits.', severity: 'error' },
    { id: 'python-unenforced', sentence: 'A constraint the Python models do not check (a pattern no Python engine runs, a format, a default invalid for its own schema) is reported when generating.', severity: 'warning' },
  ] satisfies RuleInfo[],
  generate: async (ir: IR, options: GeneratorOptions): Promise<GeneratorResult> => {
    const { files, warnings } = generatePython(ir, options.settings, options.units);
    return { files, diagnostics: warnings };
  },
};

const HINT = 'validate with JSON Schema (ajv) as well where this matters; the module says the same in a comment at the model';

/** The files and the generation-time warnings (rules the models cannot check), without printing. */
export function generatePython(ir: IR, settings: Readonly<Record<string, unknown>>, units: UnitCache = NO_UNIT_CACHE): { files: GeneratedFile[]; warnings: Diagnostic[] } {
  const { packageName, baseClass, secretType } = pythonSettings(settings);
  const modules = moduleMap(ir);
  const warnings = new Map<string, Diagnostic>();
  const warn = (o: Origin, message: string): void => {
    const place = { file: o.file, line: o.line, column: o.column, pointer: o.pointer };
    warnings.set(`${o.file}#${o.pointer}|${message}`, { severity: 'warning', rule: 'python-unenforced', ...place, message, hint: HINT });
  };
  // Which properties another part evaluated is known only while validating; a Pydantic model cannot ask.
  for (const u of unevaluatedFacets(ir.declarations)) warn(u.origin, `\`${u.keyword}\` beside keywords that evaluate too (allOf, $ref, …) is not checked`);
  const requires = new Set<PythonRequirement>();
  // A module depends on its file closure, the names and where every module lives: a unit a later run reuses.
  const layout = createHash('sha256').update(JSON.stringify([...modules])).digest('hex');
  const schemaModules = ir.files.map((f) => {
    const unit = units.reuse(f.path, layout, () => {
      const found: { origin: Origin; message: string }[] = [];
      const requires = new Set<PythonRequirement>();
      const contents = emitModule({ ir, modules, warn: (origin, message) => found.push({ origin, message }), require: (r) => requires.add(r) }, f);
      return { contents, found, requires: [...requires] };
    });
    for (const w of unit.found) warn(w.origin, w.message);
    for (const r of unit.requires) requires.add(r);
    return { path: `${packageName}/${(modules.get(f.path) ?? []).join('/')}.py`, contents: unit.contents };
  });
  const files = [
    { path: `${packageName}/__init__.py`, contents: rootInit(ir, modules, packageName) },
    { path: `${packageName}/py.typed`, contents: new PyWriter().line(`# ${bannerText('connspec')} (PEP 561: the package ships its types)`).toString() },
    ...runtimeFiles(packageName, { baseClass, secretType }),
    ...packageInits(modules, packageName),
    ...schemaModules,
    ...[testStepsModule(ir, modules, packageName)].filter((f) => f !== undefined),
    requirementsFile(runtimeRequirements(requires)),
  ];
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), warnings: sortDiagnostics([...warnings.values()]) };
}

import { bannerText, type GeneratedFile, type Generator, type GeneratorOptions, type IR } from '@connspec/core';
import { packageInits, rootInit } from './barrel.js';
import { emitModule } from './module.js';
import { PYTHON_OPTIONS } from './options.js';
import { moduleMap } from './paths.js';
import { runtimeFiles } from './runtime.js';
import { testStepsModule } from './test-steps.js';

export { PYTHON_OPTIONS } from './options.js';
export { CHECKED_FORMATS } from './strings.js';
export { translatePattern } from './regex.js';

/**
 * Pydantic v2 models: one module per schema file in one package, one class per declaration across
 * the whole tree, every schema rule enforced (by Pydantic or by the generated runtime's checks) or
 * reported here as not checked. Written here rather than with datamodel-code-generator, which
 * re-declares shared types per file and needs post-processing for secrets, regex dialects and oneOf.
 */
export const pythonGenerator: Generator = {
  target: 'python',
  description: 'Pydantic v2 models (one module per schema, lazy package index)',
  options: PYTHON_OPTIONS,
  generate: async (ir: IR, options: GeneratorOptions): Promise<GeneratedFile[]> => {
    const { files, warnings } = generatePython(ir, options.settings);
    for (const w of warnings) console.warn(`connspec python: ${w}`);
    return files;
  },
};

/** The files and the generation-time warnings (rules the models cannot check), without printing. */
export function generatePython(ir: IR, settings: Readonly<Record<string, unknown>>): { files: GeneratedFile[]; warnings: string[] } {
  const packageName = String(settings.packageName ?? 'connspec_models');
  const modules = moduleMap(ir);
  const warnings: string[] = [];
  const warn = (where: string, message: string): void => void warnings.push(`${where}: ${message}`);
  const schemaModules = ir.files.map((f) => ({ path: `${packageName}/${(modules.get(f.path) ?? []).join('/')}.py`, contents: emitModule({ ir, modules, warn }, f) }));
  const files = [
    { path: `${packageName}/__init__.py`, contents: rootInit(ir, modules, packageName) },
    { path: `${packageName}/py.typed`, contents: `# ${bannerText('connspec')} (PEP 561: the package ships its types)\n` },
    ...runtimeFiles(packageName, { baseClass: String(settings.baseClass ?? 'pydantic.BaseModel'), secretType: String(settings.secretType ?? 'pydantic.SecretStr') }),
    ...packageInits(modules, packageName),
    ...schemaModules,
    ...[testStepsModule(ir, modules, packageName)].filter((f) => f !== undefined),
  ];
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), warnings: [...new Set(warnings)].sort() };
}

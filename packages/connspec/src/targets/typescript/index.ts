import { bannerText, type GeneratedFile, type Generator, type GeneratorResult, type IR } from '../../core/index.js';
import { tsSpecifier } from './escape.js';
import { writeDocLines } from './jsdoc.js';
import { emitModule, HELPER_MODULE, modulePath, relativeModule } from './module.js';
import { TEST_STEPS_MODULE, testStepsModule } from './test-steps.js';
import { TYPESCRIPT_LANGUAGE } from './language.js';
import { TYPESCRIPT_OPTIONS } from './options.js';
import { typescriptPackager } from './package.js';
import { tsWriter, writeBanner } from './writer.js';

/**
 * TypeScript types: one module per schema file, `import type` between them, one declaration per
 * schema definition across the whole tree. Written here rather than with json-schema-to-typescript
 * or quicktype because both generate per input file (re-declaring every shared type in each) and
 * quicktype merges oneOf branches into one all-optional interface.
 */
export const typescriptGenerator: Generator = {
  target: 'typescript',
  language: TYPESCRIPT_LANGUAGE,
  options: TYPESCRIPT_OPTIONS,
  packager: typescriptPackager,
  description: 'TypeScript types (one module per schema, barrel index.ts)',
  generate: async (ir: IR): Promise<GeneratorResult> => {
    const modules = ir.files.map((f) => ({ path: `${modulePath(f.path)}.ts`, contents: emitModule(ir, f) }));
    const steps = testStepsModule(ir);
    return { files: [helperModule(), ...modules, ...(steps ? [steps] : []), barrel(ir, steps !== undefined)], diagnostics: [] };
  },
};

function helperModule(): GeneratedFile {
  const w = writeBanner(tsWriter(), bannerText('connspec'));
  writeDocLines(w, [
    'A secret value (`format: password`, or a vendor keyword with the secret role, in the schema): a plain string at runtime, named so that',
    'every secret field reads as one in types and editors. Mask it in UIs, never log it.',
  ]);
  w.writeLine('export type Secret = string;');
  return { path: `${HELPER_MODULE}.ts`, contents: w.toString() };
}

function barrel(ir: IR, withSteps: boolean): GeneratedFile {
  const w = writeBanner(tsWriter(), bannerText('every schema'));
  w.writeLine(`export type { Secret } from './${HELPER_MODULE}.js';`);
  for (const f of ir.files) w.writeLine(`export * from '${tsSpecifier(relativeModule('index', modulePath(f.path)))}.js';`);
  if (withSteps) w.writeLine(`export * from './${TEST_STEPS_MODULE}.js';`);
  return { path: 'index.ts', contents: w.toString() };
}

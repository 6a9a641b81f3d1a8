import { bannerText, type GeneratedFile, type Generator, type GeneratorResult, type IR } from '../../core/index.js';
import { tsSpecifier } from './escape.js';
import { writeDocLines } from './jsdoc.js';
import { emitModule, HELPER_MODULE, modulePath, relativeModule } from './module.js';
import { TEST_STEPS_MODULE, testStepsModule } from './test-steps.js';
import { TYPESCRIPT_LANGUAGE } from './language.js';
import { TYPESCRIPT_OPTIONS } from './options.js';
import { typescriptPackager } from './package.js';
import { tsWriter, writeBanner, type CodeBlockWriter } from './writer.js';

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
  writeExclusive(w.blankLine());
  return { path: `${HELPER_MODULE}.ts`, contents: w.toString() };
}

/**
 * `Exclusive<A | B>`: written once here rather than as `?: never` members at every union, which on a
 * service's union of every connection ran to thousands of characters a line.
 */
function writeExclusive(w: CodeBlockWriter): void {
  writeDocLines(w, [
    'A union whose closed branches (object types without an index signature) each forbid, as `?: never`, the keys only',
    'their sibling branches declare. TypeScript checks an object literal\'s keys against all branches of a union together,',
    'so a mix of two closed branches, which each reject it, would otherwise type-check. A key named like a member every',
    'object inherits (`toString`) keeps that member\'s type, as an object literal without the key has it.',
  ]);
  w.writeLine('export type Exclusive<U> = ExclusiveBranch<U, U>;');
  w.blankLine();
  w.writeLine('/** One branch of {@link Exclusive}: arrays, other kinds and open objects as they are. */');
  w.writeLine('type ExclusiveBranch<T, All> = T extends readonly unknown[] ? T : T extends object');
  w.indent(() => {
    w.writeLine('? string extends keyof T ? T : T & { [K in Exclude<DeclaredKey<All>, keyof T>]?: K extends keyof Object ? Object[K] : never }');
    w.writeLine(': T;');
  });
  w.blankLine();
  w.writeLine('/** The keys the object types of a union declare, without index signatures\' (none for arrays and other kinds). */');
  w.writeLine('type DeclaredKey<T> = T extends readonly unknown[] ? never : T extends object');
  w.indent(() => {
    w.writeLine('? keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: 0 }');
    w.writeLine(': never;');
  });
}

function barrel(ir: IR, withSteps: boolean): GeneratedFile {
  const w = writeBanner(tsWriter(), bannerText('every schema'));
  w.writeLine(`export type { Exclusive, Secret } from './${HELPER_MODULE}.js';`);
  for (const f of ir.files) w.writeLine(`export * from '${tsSpecifier(relativeModule('index', modulePath(f.path)))}.js';`);
  if (withSteps) w.writeLine(`export * from './${TEST_STEPS_MODULE}.js';`);
  return { path: 'index.ts', contents: w.toString() };
}

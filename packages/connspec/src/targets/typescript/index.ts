import { bannerText, type GeneratedFile, type Generator, type GeneratorResult, type IR } from '../../core/index.js';
import { tsSpecifier } from './escape.js';
import { emitModule, HELPER_MODULE, modulePath, relativeModule } from './module.js';
import { TEST_STEPS_MODULE, testStepsModule } from './test-steps.js';
import { TYPESCRIPT_LANGUAGE } from './language.js';

/**
 * TypeScript types: one module per schema file, `import type` between them, one declaration per
 * schema definition across the whole tree. Written here rather than with json-schema-to-typescript
 * or quicktype because both generate per input file (re-declaring every shared type in each) and
 * quicktype merges oneOf branches into one all-optional interface.
 */
export const typescriptGenerator: Generator = {
  target: 'typescript',
  language: TYPESCRIPT_LANGUAGE,
  description: 'TypeScript types (one module per schema, barrel index.ts)',
  generate: async (ir: IR): Promise<GeneratorResult> => {
    const modules = ir.files.map((f) => ({ path: `${modulePath(f.path)}.ts`, contents: emitModule(ir, f) }));
    const steps = testStepsModule(ir);
    return { files: [helperModule(), ...modules, ...(steps ? [steps] : []), barrel(ir, steps !== undefined)], diagnostics: [] };
  },
};

function helperModule(): GeneratedFile {
  const contents = `// ${bannerText('connspec')}

/**
 * A secret value (\`format: password\`, or a vendor keyword with the secret role, in the schema): a plain string at runtime, named so that
 * every secret field reads as one in types and editors. Mask it in UIs, never log it.
 */
export type Secret = string;
`;
  return { path: `${HELPER_MODULE}.ts`, contents };
}

function barrel(ir: IR, withSteps: boolean): GeneratedFile {
  const lines = ir.files.map((f) => `export * from '${tsSpecifier(relativeModule('index', modulePath(f.path)))}.js';`);
  if (withSteps) lines.push(`export * from './${TEST_STEPS_MODULE}.js';`);
  const contents = `// ${bannerText('every schema')}\n\nexport type { Secret } from './${HELPER_MODULE}.js';\n${lines.join('\n')}\n`;
  return { path: 'index.ts', contents };
}

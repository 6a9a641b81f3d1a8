import { bannerText, type GeneratedFile, type Generator } from '../../core/index.js';
import type { OpenAPI3 } from 'openapi-typescript';
import { openapiDocument } from './document.js';

export const OPENAPI_FILE = 'connspec.openapi.json';
export const OPENAPI_TYPES_FILE = 'connspec.openapi.ts';

/**
 * One OpenAPI 3.1 document with every declaration under `components.schemas`, plus the TypeScript
 * that openapi-typescript makes from it (a second, independent reading of our schemas: a test checks
 * it agrees with our own TypeScript generator).
 */
export const openapiGenerator: Generator = {
  target: 'openapi',
  description: 'OpenAPI 3.1 document + openapi-typescript types',
  generate: async (ir) => {
    const document = openapiDocument(ir);
    // defaultNonNullable would make every property with a default required, which the schema does not say.
    // Loaded here, not at the top: it brings the TypeScript compiler (about a second to load), which
    // every other command and target can do without.
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const ast = await openapiTS(document as unknown as OpenAPI3, { defaultNonNullable: false, alphabetize: false });
    const types = `// ${bannerText(OPENAPI_FILE)}\n\n${astToString(ast)}`;
    const files: GeneratedFile[] = [
      { path: OPENAPI_FILE, contents: `${JSON.stringify(document, null, 2)}\n` },
      { path: OPENAPI_TYPES_FILE, contents: types },
    ];
    return { files, diagnostics: [] };
  },
};

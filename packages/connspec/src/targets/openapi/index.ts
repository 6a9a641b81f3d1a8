import { bannerText, escapeInvisible, jsonText, utf16Escape, type GeneratedFile, type Generator } from '../../core/index.js';
import { createRequire } from 'node:module';
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
    // Loaded here, not at the top: it brings the TypeScript compiler, which every other command and
    // target can do without. Required, not imported: its CommonJS build loads the compiler through
    // `require`, where an ES import makes Node scan the compiler's 9 MB for export names (half the cost).
    const { default: openapiTS, astToString } = createRequire(import.meta.url)('openapi-typescript') as typeof import('openapi-typescript');
    const ast = await openapiTS(document as unknown as OpenAPI3, { defaultNonNullable: false, alphabetize: false });
    // TypeScript's printer escapes string literals, but openapi-typescript's JSDoc carries schema text
    // raw: the escape's text makes invisible characters visible there, and means the same in a literal.
    const types = `// ${bannerText(OPENAPI_FILE)}\n\n${escapeInvisible(astToString(ast), utf16Escape, '\n\t')}`;
    const files: GeneratedFile[] = [
      { path: OPENAPI_FILE, contents: jsonText(document) },
      { path: OPENAPI_TYPES_FILE, contents: types },
    ];
    return { files, diagnostics: [] };
  },
};

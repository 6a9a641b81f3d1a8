import { bannerText, escapeInvisible, jsonText, utf16Escape, type GeneratedFile, type Generator } from '../../core/index.js';
import { createRequire } from 'node:module';
import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
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
    const oas = document as unknown as OpenAPI3;
    // Loaded here, not at the top: it brings the TypeScript compiler, which every other command and
    // target can do without. Required, not imported: its CommonJS build loads the compiler through
    // `require`, where an ES import makes Node scan the compiler's 9 MB for export names (half the cost).
    const openapiTS = createRequire(import.meta.url)('openapi-typescript') as typeof import('openapi-typescript');
    const ast = openapiTS.transformSchema(oas, transformContext(openapiTS, oas));
    // TypeScript's printer escapes string literals, but openapi-typescript's JSDoc carries schema text
    // raw: the escape's text makes invisible characters visible there, and means the same in a literal.
    const types = `// ${bannerText(OPENAPI_FILE)}\n\n${escapeInvisible(openapiTS.astToString(ast), utf16Escape, '\n\t')}`;
    const files: GeneratedFile[] = [
      { path: OPENAPI_FILE, contents: jsonText(document) },
      { path: OPENAPI_TYPES_FILE, contents: types },
    ];
    return { files, diagnostics: [] };
  },
};

/**
 * The context `openapiTS` builds, with its options as we set them, for calling its transform directly.
 * `openapiTS` first runs Redocly's lint-and-bundle over the document, whose resolver looks property
 * names up in plain objects: a property named `valueOf` or `constructor` finds Object.prototype's and
 * crashes it. Our document is already bundled (internal `$ref`s only), so that step has nothing to do.
 */
function transformContext(openapiTS: typeof import('openapi-typescript'), document: OpenAPI3): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // true would make every property with a default required, which the schema does not say.
    defaultNonNullable: false,
    discriminators: openapiTS.scanDiscriminators(document, {}),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by the lint-and-bundle step skipped here.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: false,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => openapiTS.resolveRef(document, $ref, { silent: false }),
  };
}

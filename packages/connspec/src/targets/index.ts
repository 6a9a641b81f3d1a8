import type { Generator } from '../core/index.js';
import { fixturesGenerator } from './fixtures/index.js';
import { javaGenerator } from './java/index.js';
import { openapiGenerator } from './openapi/index.js';
import { pythonGenerator } from './python/index.js';
import { testConnectionsGenerator } from './test-connections/index.js';
import { typescriptGenerator } from './typescript/index.js';
import { uiFormsGenerator } from './ui-forms/index.js';

/** The targets connspec ships, in the order `connspec --help` lists them; the library takes any list. */
export const BUILTIN_GENERATORS: readonly Generator[] = [typescriptGenerator, uiFormsGenerator, openapiGenerator, pythonGenerator, javaGenerator, testConnectionsGenerator, fixturesGenerator];

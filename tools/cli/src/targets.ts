import type { Generator } from '@connspec/core';
import { fixturesGenerator } from '@connspec/generator-fixtures';
import { javaGenerator } from '@connspec/generator-java';
import { openapiGenerator } from '@connspec/generator-openapi';
import { pythonGenerator } from '@connspec/generator-python';
import { testConnectionsGenerator } from '@connspec/generator-test-connections';
import { typescriptGenerator } from '@connspec/generator-typescript';
import { uiFormsGenerator } from '@connspec/generator-ui-forms';

/** Every generator, by target name; `connspec generate` runs them all from one IR. */
export const GENERATORS: ReadonlyMap<string, Generator> = new Map(
  [typescriptGenerator, uiFormsGenerator, openapiGenerator, pythonGenerator, javaGenerator, testConnectionsGenerator, fixturesGenerator].map((g) => [g.target, g]),
);

import type { Generator } from '@connspec/core';
import { javaGenerator } from '@connspec/generator-java';
import { openapiGenerator } from '@connspec/generator-openapi';
import { pythonGenerator } from '@connspec/generator-python';
import { typescriptGenerator } from '@connspec/generator-typescript';
import { uiFormsGenerator } from '@connspec/generator-ui-forms';

/** Every generator, by target name; `connspec generate` runs them all from one IR. */
export const GENERATORS: ReadonlyMap<string, Generator> = new Map(
  [typescriptGenerator, uiFormsGenerator, openapiGenerator, pythonGenerator, javaGenerator].map((g) => [g.target, g]),
);

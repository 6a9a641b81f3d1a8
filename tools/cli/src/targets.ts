import type { Generator } from '@connspec/core';
import { openapiGenerator } from '@connspec/generator-openapi';
import { typescriptGenerator } from '@connspec/generator-typescript';
import { uiFormsGenerator } from '@connspec/generator-ui-forms';

/** Every generator, by target name; `connspec generate` runs them all from one IR. */
export const GENERATORS: ReadonlyMap<string, Generator> = new Map(
  [typescriptGenerator, uiFormsGenerator, openapiGenerator].map((g) => [g.target, g]),
);

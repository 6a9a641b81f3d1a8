import { joinPointer } from '../../pointer.js';
import { fileDialect, type Dialect } from '../../validate/dialects.js';
import type { Finding, LintRule } from '../rule.js';
import { eachSchema } from './structure.js';

interface Unsupported {
  readonly dialects: readonly Dialect[];
  readonly why: string;
  readonly fix: string;
}

/** Keywords of 2019-09/2020-12 the IR has no home for (in draft-07 the meta-schema already calls them unknown). */
const UNSUPPORTED: Readonly<Record<string, Unsupported>> = {
  $dynamicRef: { dialects: ['2020-12'], why: 'is resolved at validation time against the dynamic scope, which generated types cannot follow', fix: 'replace "$dynamicRef" with "$ref" to the schema it should mean (for recursion, a $ref to the enclosing definition or "#")' },
  $recursiveRef: { dialects: ['2019-09'], why: 'is resolved at validation time against the dynamic scope, which generated types cannot follow', fix: 'replace "$recursiveRef" with "$ref" to the schema it should mean (for recursion, a $ref to the enclosing definition or "#")' },
  minContains: { dialects: ['2019-09', '2020-12'], why: 'has no equivalent in the generated models', fix: 'remove "minContains" (plain "contains" means at least one), or validate with JSON Schema (ajv) where it matters' },
  maxContains: { dialects: ['2019-09', '2020-12'], why: 'has no equivalent in the generated models', fix: 'remove "maxContains", or validate with JSON Schema (ajv) where it matters' },
};

/**
 * A 2019-09/2020-12 keyword connspec cannot turn into types is an error at its place, rather than
 * a guess or a keyword silently dropped.
 */
export const dialectKeyword: LintRule = {
  id: 'dialect-keyword',
  sentence: 'No schema uses a 2019-09/2020-12 keyword connspec cannot generate from: `$dynamicRef`, `$recursiveRef` (generated types need one static `$ref` target), `minContains`, `maxContains`.',
  severity: 'error',
  check: (ctx) => {
    const dialects = new Map(ctx.files.map((f) => [f.path, fileDialect(f)]));
    return eachSchema(ctx, (schema, pointer, file) =>
      Object.entries(UNSUPPORTED).flatMap(([keyword, u]): Finding[] =>
        keyword in schema && u.dialects.includes(dialects.get(file) ?? 'draft-07')
          ? [{ file, pointer: joinPointer(pointer, keyword), message: `\`${keyword}\` ${u.why}; connspec does not support it`, hint: u.fix }]
          : [],
      ),
    );
  },
};

import { keywordSupport, keywordUses, VALIDATING_LANGUAGES, type SupportLanguage } from '../../support.js';
import type { Finding, LintRule } from '../rule.js';

const LANGUAGE_NAMES: Readonly<Record<SupportLanguage, string>> = { typescript: 'TypeScript', python: 'Python (Pydantic)', java: 'Java (Bean Validation)' };

/** Already an error of its own rule (`ref-remote`). */
const ELSEWHERE = new Set(['$ref (remote)']);

/**
 * Warns where a schema uses a keyword that a generated model checking values at runtime (Python,
 * Java) does not enforce at all, naming the language; the levels are the data in `support.ts`.
 * TypeScript types are compile-time only and enforce no value keyword, by design, so they are not named.
 */
export const unsupportedKeyword: LintRule = {
  id: 'unsupported-keyword',
  sentence: 'A schema uses no keyword that the generated Python or Java models cannot enforce (the warning names the language; see the support matrix).',
  severity: 'warning',
  check: (ctx) =>
    ctx.files.flatMap((f) =>
      keywordUses(f.value, ctx.baseUrl).flatMap((use): Finding[] => {
        const support = ELSEWHERE.has(use.keyword) ? undefined : keywordSupport(use.keyword);
        const missing = support ? VALIDATING_LANGUAGES.filter((l) => support[l] === 'none') : [];
        if (!support || missing.length === 0) return [];
        const names = missing.map((l) => LANGUAGE_NAMES[l]).join(' and ');
        return [{
          file: f.path,
          pointer: use.pointer,
          message: `\`${use.keyword}\` is not enforced by the ${names} models${support.note ? ` (${support.note})` : ''}`,
          hint: 'express the rule with keywords every language enforces (see the support matrix in README), or validate with JSON Schema (ajv) as well where it matters',
        }];
      }),
    ),
};

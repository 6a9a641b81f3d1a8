import { keywordSupport, keywordUses } from '../../keyword-support.js';
import type { Finding, LintRule } from '../rule.js';

/** Already an error of its own rule (`ref-remote`). */
const ELSEWHERE = new Set(['$ref (remote)']);

/**
 * Warns where a schema uses a keyword that a registered language whose models check values at run
 * time does not enforce at all, naming the language; the levels are each language's column of the
 * support matrix. Languages that check no values (TypeScript types are compile-time only) are not named.
 */
export const unsupportedKeyword: LintRule = {
  id: 'unsupported-keyword',
  sentence: 'A schema uses no keyword that a generated model checking values at run time cannot enforce (the warning names the language; see the support matrix).',
  severity: 'warning',
  check: (ctx) => {
    const validating = ctx.languages.filter((l) => l.validates);
    return ctx.files.flatMap((f) =>
      keywordUses(f.value, ctx.baseUrl).flatMap((use): Finding[] => {
        const row = ELSEWHERE.has(use.keyword) ? undefined : keywordSupport(use.keyword, validating);
        const missing = row ? validating.filter((l) => row.cells[l.id]?.level === 'none') : [];
        if (!row || missing.length === 0) return [];
        const names = missing.map((l) => l.label).join(' and ');
        const notes = [row.note, ...missing.map((l) => row.cells[l.id]?.note)].filter((n) => n !== undefined);
        return [{
          file: f.path,
          pointer: use.pointer,
          message: `\`${use.keyword}\` is not enforced by the ${names} models${notes.length ? ` (${notes.join(' ')})` : ''}`,
          hint: 'express the rule with keywords every language enforces (see the support matrix in README), or validate with JSON Schema (ajv) as well where it matters',
        }];
      }),
    );
  },
};

import type { Diagnostic, Severity } from '../diagnostics.js';
import type { LintContext } from './rule.js';
import { LINT_RULES } from './rules/index.js';

/** Runs every rule; `overrides` may change a rule's severity or turn it `off`. */
export function lint(ctx: LintContext, overrides: Readonly<Record<string, Severity | 'off'>>): Diagnostic[] {
  return LINT_RULES.flatMap((rule) => {
    const severity = overrides[rule.id] ?? rule.severity;
    if (severity === 'off') return [];
    return rule.check(ctx).map((f): Diagnostic => {
      const source = ctx.byPath.get(f.file);
      const at = source ? source.locate(f.pointer) : { line: 1, column: 1 };
      return { severity, rule: rule.id, file: f.file, ...at, pointer: f.pointer, message: f.message, hint: f.hint };
    });
  });
}

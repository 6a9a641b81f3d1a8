import type { SemverRule } from '../types.js';

/** Findings the diff itself makes (not the walker): no detector of their own. */
export const REPORT_RULES: readonly SemverRule[] = [
  {
    id: 'backstop', class: 'major',
    sentence: "A valid fixture of the old schema (generated, or synthesised from the old schema) fails the new one, though no rule made the change major.",
    stage: 'report', detect: () => [],
  },
  {
    id: 'other-change', class: 'patch',
    sentence: 'The resolved schema or its connection annotations changed in a way no other rule names (for example `javaType`, `javaEnums` or test-connection steps).',
    stage: 'report', detect: () => [],
  },
];

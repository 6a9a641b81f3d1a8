import type { TypeNode } from '../../ir/types.js';
import type { SemverRule } from '../types.js';
import { keywordHit } from './keyword-hit.js';

const pattern = (n: TypeNode): string | undefined => (n.kind === 'string' ? n.pattern : undefined);
/** `password` is the secret marker (secret-added / secret-removed), not a format here. */
const format = (n: TypeNode): string | undefined => (n.kind === 'string' && n.format !== 'password' ? n.format : undefined);

export const STRING_RULES: readonly SemverRule[] = [
  {
    id: 'pattern-added', class: 'major', sentence: 'A `pattern` is added.', stage: 'facets',
    detect: (o, n) => (pattern(o) === undefined && pattern(n) !== undefined ? [keywordHit(o, n, 'pattern', { old: false, new: true }, `pattern ${JSON.stringify(pattern(n))} added`)] : []),
  },
  {
    id: 'pattern-changed', class: 'major', sentence: 'A `pattern` is changed.', stage: 'facets',
    detect: (o, n) => {
      const before = pattern(o);
      const after = pattern(n);
      return before !== undefined && after !== undefined && before !== after ? [{ message: `pattern ${JSON.stringify(before)} → ${JSON.stringify(after)}`, suffix: '/pattern' }] : [];
    },
  },
  {
    id: 'pattern-removed', class: 'minor', sentence: 'A `pattern` is removed.', stage: 'facets',
    detect: (o, n) => (pattern(o) !== undefined && pattern(n) === undefined ? [keywordHit(o, n, 'pattern', { old: true, new: false }, `pattern ${JSON.stringify(pattern(o))} removed`)] : []),
  },
  {
    id: 'format-added', class: 'patch', whenFormatsEnforced: 'major', sentence: 'A `format` is added (major when formats are enforced).', stage: 'facets',
    detect: (o, n) => (format(o) === undefined && format(n) !== undefined ? [keywordHit(o, n, 'format', { old: o.kind === 'string' && o.format !== undefined, new: true }, `format "${format(n)}" added`)] : []),
  },
  {
    id: 'format-changed', class: 'patch', whenFormatsEnforced: 'major', sentence: 'A `format` is changed (major when formats are enforced).', stage: 'facets',
    detect: (o, n) => {
      const before = format(o);
      const after = format(n);
      return before !== undefined && after !== undefined && before !== after ? [{ message: `format "${before}" → "${after}"`, suffix: '/format' }] : [];
    },
  },
  {
    id: 'format-removed', class: 'minor', sentence: 'A `format` is removed.', stage: 'facets',
    detect: (o, n) => (format(o) !== undefined && format(n) === undefined ? [keywordHit(o, n, 'format', { old: true, new: n.kind === 'string' && n.format !== undefined }, `format "${format(o)}" removed`)] : []),
  },
];

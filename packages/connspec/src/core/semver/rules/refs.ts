import type { IR, TypeNode } from '../../ir/types.js';
import { refChain } from '../annotation-view.js';
import type { SemverRule } from '../types.js';

/** The named declarations a site goes through ('inline' when none): its reference structure. */
function identity(ir: IR, node: TypeNode): string {
  const named = refChain(ir.declarations, node).declarations.filter((id) => ir.declarations.get(id)?.source !== 'inline');
  return named.length ? named.join(' → ') : 'inline';
}

export const REF_RULES: readonly SemverRule[] = [
  {
    id: 'ref-retargeted',
    class: 'patch',
    sentence: 'A `$ref` points elsewhere, or an inline schema moves behind a `$ref` (or back), and the schema it names validates the same.',
    stage: 'ref',
    detect: (o, n, ctx) => {
      const from = identity(ctx.old, o);
      const to = identity(ctx.new, n);
      if (from === to || ctx.fingerprint('old', o) !== ctx.fingerprint('new', n)) return [];
      return [{ message: `${from === 'inline' ? 'inline schema' : `$ref to ${from}`} → ${to === 'inline' ? 'inline schema' : `$ref to ${to}`} (equivalent)` }];
    },
  },
];

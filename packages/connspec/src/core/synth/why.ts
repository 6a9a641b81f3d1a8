import type { TypeNode } from '../ir/types.js';
import { parsePattern } from '../regex/parse.js';
import { usesConstruct, type PatternConstruct } from '../regex/portability.js';

/** Pattern features the value generator (randexp) cannot produce, as readers would name them. */
const HARD_PATTERN: readonly (readonly [PatternConstruct, string])[] = [
  ['look-behind', 'look-behind'],
  ['look-ahead', 'look-ahead'],
  ['property-escape', 'Unicode property escapes (\\p{…})'],
  ['backreference', 'back-references'],
];

function hardFeatures(pattern: string): string[] {
  const parsed = parsePattern(pattern);
  return parsed.ok ? HARD_PATTERN.filter(([construct]) => usesConstruct(parsed.ast, construct)).map(([, name]) => name) : [];
}

/** Why no candidate value fits `node`: its pattern's hard features, else the constraints it has. */
export function whyNone(node: TypeNode, tried: number): string {
  if (node.kind === 'string' && node.pattern !== undefined) {
    const hard = hardFeatures(node.pattern);
    if (hard.length > 0) return `the pattern ${node.pattern} uses ${hard.join(' and ')}, which the value generator cannot produce, and no example or default matches it`;
    return `none of ${tried} generated value(s) matches the pattern ${node.pattern}${lengths(node)}`;
  }
  if (node.kind === 'string' && node.format !== undefined) return `none of ${tried} candidate value(s) is a valid ${node.format}${lengths(node)}`;
  return `none of ${tried} candidate value(s) (examples, default, generated) satisfies the schema here`;
}

function lengths(node: TypeNode): string {
  if (node.kind !== 'string') return '';
  const parts = [node.minLength !== undefined ? `minLength ${node.minLength}` : '', node.maxLength !== undefined ? `maxLength ${node.maxLength}` : ''].filter(Boolean);
  return parts.length > 0 ? ` within ${parts.join(' and ')}` : '';
}

import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * A JSON Schema pattern parsed once: the ECMA-262 AST every target's printer walks and the lint
 * rules ask, or why the pattern is not one. Patterns are ECMA-262 with the `u` flag, as ajv compiles
 * them (`new RegExp(pattern, 'u')`); validity is that engine's verdict, so a pattern is valid here
 * exactly when ajv can run it.
 */
export type ParsedPattern =
  | { readonly ok: true; readonly ast: AST.Pattern }
  | { readonly ok: false; readonly problem: string };

// ES2024 syntax: ES2025's group modifiers and duplicate group names are not ECMA-262 to Node 20's V8
// (what ajv runs on); a newer Node that accepts them gets "not a valid pattern" rather than a guess.
const parser = new RegExpParser({ ecmaVersion: 2024 });
const parsed = new Map<string, ParsedPattern>();

/** The pattern's AST, parsed once per process (a catalogue repeats its patterns, and lint and every target read them). */
export function parsePattern(source: string): ParsedPattern {
  let result = parsed.get(source);
  if (!result) {
    result = parse(source);
    parsed.set(source, result);
  }
  return result;
}

function parse(source: string): ParsedPattern {
  try {
    new RegExp(source, 'u');
    return { ok: true, ast: parser.parsePattern(source, 0, source.length, { unicode: true }) };
  } catch (error) {
    return { ok: false, problem: `not a valid ECMA-262 pattern (${(error as Error).message})` };
  }
}

/** Whether `node` or anything inside it satisfies `test` (a look-around's body and a class's members included). */
export function someNode(node: AST.Node, test: (node: AST.Node) => boolean): boolean {
  return test(node) || children(node).some((child) => someNode(child, test));
}

function children(node: AST.Node): readonly AST.Node[] {
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
    case 'Group':
      return node.alternatives;
    case 'Assertion':
      return node.kind === 'lookahead' || node.kind === 'lookbehind' ? node.alternatives : [];
    case 'Alternative':
      return node.elements;
    case 'Quantifier':
      return [node.element];
    case 'CharacterClass':
      return node.elements;
    case 'CharacterClassRange':
      return [node.min, node.max];
    default:
      return [];
  }
}

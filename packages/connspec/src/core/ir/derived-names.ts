import type { JsonValue } from '../load/source-file.js';
import { pascalCase } from '../naming/words.js';
import { splitPointer } from '../pointer.js';
import { isObject } from '../util/walk.js';

/** Words each schema keyword adds to a hoisted child's name, after its enclosing declaration's name. */
const KEYWORD_WORDS: Readonly<Record<string, string>> = {
  items: 'Item',
  additionalItems: 'AdditionalItem',
  contains: 'Contained',
  additionalProperties: 'Value',
  propertyNames: 'PropertyName',
  // Lowered onto `additionalProperties` (see convert-2020.ts), so named alike.
  unevaluatedProperties: 'Value',
  not: 'Not',
  if: 'If',
  then: 'Then',
  else: 'Else',
};

/**
 * The part of an inline declaration's name that comes after its parent's: the path from the parent
 * to it, in words (`/properties/sslConfig/properties/mode` under the root → `SslConfigMode`). A oneOf
 * branch is named by its own `title`, else by its position (`Option2`).
 */
export function derivedSuffix(root: JsonValue, parentPointer: string, pointer: string): string {
  const tokens = splitPointer(pointer);
  let value: JsonValue | undefined = root;
  const words: string[] = [];
  const skip = splitPointer(parentPointer).length;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    const container: JsonValue | undefined = isObject(value) ? value[token] : undefined;
    const inside = (key: string | undefined): JsonValue | undefined => (key !== undefined && (isObject(container) || Array.isArray(container)) ? (container as Record<string, JsonValue>)[key] : undefined);
    const counts = i >= skip;
    if (['properties', 'definitions', '$defs', 'patternProperties', 'dependencies', 'dependentSchemas'].includes(token)) {
      if (counts) words.push(token === 'patternProperties' ? 'PatternValue' : pascalCase(next ?? '') + (token === 'dependencies' || token === 'dependentSchemas' ? 'Dependency' : ''));
      value = inside(next);
      i++;
    } else if (['oneOf', 'anyOf', 'allOf', 'prefixItems'].includes(token) || (token === 'items' && Array.isArray(container))) {
      const branch = inside(next);
      if (counts) words.push(branchWord(token === 'prefixItems' ? 'items' : token, branch, Number(next)));
      value = branch;
      i++;
    } else {
      if (counts) words.push(itemsWord(value, token) ?? KEYWORD_WORDS[token] ?? pascalCase(token));
      value = container;
    }
  }
  return words.join('');
}

/** The rest after a tuple (2020-12 `items` beside `prefixItems`, or a plain `unevaluatedItems`) is named as `additionalItems` is. */
function itemsWord(parent: JsonValue | undefined, token: string): string | undefined {
  if (token !== 'items' && token !== 'unevaluatedItems') return undefined;
  const tuple = isObject(parent) && (Array.isArray(parent.prefixItems) || Array.isArray(parent.items));
  return tuple ? 'AdditionalItem' : 'Item';
}

function branchWord(keyword: string, branch: JsonValue | undefined, index: number): string {
  if (isObject(branch) && typeof branch.typeName === 'string') return branch.typeName;
  if (keyword !== 'allOf' && isObject(branch) && typeof branch.title === 'string') return pascalCase(branch.title);
  if (keyword === 'allOf') return `Part${index + 1}`;
  if (keyword === 'items') return `Item${index + 1}`;
  return `Option${index + 1}`;
}

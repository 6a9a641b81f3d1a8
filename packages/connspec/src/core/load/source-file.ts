import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import { escapePointerToken } from '../pointer.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** One parsed schema file that can say where any JSON pointer in it starts. */
export interface SourceFile {
  /** Path relative to the schema root, `/`-separated. */
  readonly path: string;
  readonly text: string;
  readonly value: JsonValue;
  locate(pointer: string): SourcePosition;
}

export type ParseResult = { ok: true; file: SourceFile } | { ok: false; diagnostic: Diagnostic };

export function parseSourceFile(path: string, text: string): ParseResult {
  const lines = lineStarts(text);
  const position = (offset: number): SourcePosition => offsetToPosition(lines, offset);
  if (text.trim() === '') {
    return fail(path, position(0), 'empty-file', 'the file is empty', 'write a JSON Schema object into it, or delete the file');
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const at = position(first?.offset ?? 0);
    const what = first ? printParseErrorCode(first.error) : 'no JSON value';
    return fail(path, at, 'json-syntax', `malformed JSON (${what})`, 'fix the JSON syntax at this position (a missing comma, quote or bracket is the usual cause)');
  }
  const offsets = new Map<string, number>();
  const value = toValue(tree, '', offsets);
  const file: SourceFile = {
    path,
    text,
    value,
    locate: (pointer) => position(nearestOffset(offsets, pointer)),
  };
  return { ok: true, file };
}

function fail(path: string, at: SourcePosition, rule: string, message: string, hint: string): ParseResult {
  return { ok: false, diagnostic: { severity: 'error', rule, file: path, ...at, pointer: '', message, hint } };
}

/** Builds the plain value and records the offset of every pointer (keys point at the property name). */
function toValue(node: Node, pointer: string, offsets: Map<string, number>): JsonValue {
  offsets.set(pointer, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  switch (node.type) {
    case 'object': {
      const out: JsonObject = {};
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (keyNode === undefined || valueNode === undefined) continue;
        const key = String(keyNode.value);
        // defineProperty, not assignment: a key named `__proto__` must stay a key (JSON.parse agrees).
        Object.defineProperty(out, key, { value: toValue(valueNode, `${pointer}/${escapePointerToken(key)}`, offsets), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => toValue(child, `${pointer}/${i}`, offsets));
    default:
      return node.value as JsonValue;
  }
}

/** Falls back to the closest known ancestor so a pointer into a missing key still gets a position. */
function nearestOffset(offsets: Map<string, number>, pointer: string): number {
  let p = pointer;
  for (;;) {
    const hit = offsets.get(p);
    if (hit !== undefined) return hit;
    if (p === '') return 0;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function offsetToPosition(starts: number[], offset: number): SourcePosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

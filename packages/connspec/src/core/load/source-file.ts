import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import { escapePointerToken } from '../pointer.js';
import { inexactText } from '../ir/exact.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** One parsed schema file that can say where any JSON pointer in it starts. */
export interface SourceFile {
  /** Path relative to the schema root, `/`-separated. */
  readonly path: string;
  readonly text: string;
  readonly value: JsonValue;
  locate(pointer: string): SourcePosition;
  /** The source text of the number at `pointer` when its JavaScript value is not the number written (beyond 2^53, 17+ digits). */
  exactNumber(pointer: string): string | undefined;
}

/** A file that parsed may still carry diagnostics (duplicate keys): it is read as JSON.parse would read it. */
export type ParseResult = { ok: true; file: SourceFile; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

export function parseSourceFile(path: string, text: string): ParseResult {
  const lines = lineStarts(text);
  const position = (offset: number): SourcePosition => offsetToPosition(lines, offset);
  if (text.trim() === '') {
    return fail(path, position(0), 'empty-file', 'the file is empty', 'write a JSON Schema object into it, or delete the file');
  }
  // An error, not a warning: JSON (RFC 8259) forbids emitting a BOM, and JSON.parse, Python's json and
  // most tools reading these schemas reject the file, so accepting it here would only move the failure.
  if (text.startsWith('\uFEFF')) {
    return fail(path, position(0), 'json-bom', 'the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow', 'save the file as UTF-8 without a byte order mark (BOM)');
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
  const duplicates: Duplicate[] = [];
  const numbers = new Map<string, string>();
  const value = toValue(tree, '', { offsets, duplicates, numbers, text });
  const file: SourceFile = {
    path,
    text,
    value,
    locate: (pointer) => position(nearestOffset(offsets, pointer)),
    exactNumber: (pointer) => numbers.get(pointer),
  };
  return { ok: true, file, diagnostics: duplicates.map((d) => duplicateKey(path, d, position)) };
}

/** A key that appears twice in one object: where each sits and the pointer both share. */
interface Duplicate {
  readonly key: string;
  readonly pointer: string;
  readonly first: number;
  readonly second: number;
}

interface Walk {
  readonly offsets: Map<string, number>;
  readonly duplicates: Duplicate[];
  /** Numbers a double cannot hold, by pointer (see ir/exact.ts). */
  readonly numbers: Map<string, string>;
  readonly text: string;
}

function duplicateKey(path: string, d: Duplicate, position: (offset: number) => SourcePosition): Diagnostic {
  const first = position(d.first);
  return {
    severity: 'error',
    rule: 'json-duplicate-key',
    file: path,
    ...position(d.second),
    pointer: d.pointer,
    message: `key "${d.key}" appears twice in this object (first at ${first.line}:${first.column}); JSON parsers keep only this later value and drop the first silently`,
    hint: `delete one of the two "${d.key}" entries (merge what the first held into the one you keep), or rename one if both are meant`,
  };
}

function fail(path: string, at: SourcePosition, rule: string, message: string, hint: string): ParseResult {
  return { ok: false, diagnostic: { severity: 'error', rule, file: path, ...at, pointer: '', message, hint } };
}

/** Builds the plain value and records the offset of every pointer (keys point at the property name). */
function toValue(node: Node, pointer: string, walk: Walk): JsonValue {
  walk.offsets.set(pointer, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  switch (node.type) {
    case 'object': {
      const out: JsonObject = {};
      const seen = new Map<string, number>();
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (keyNode === undefined || valueNode === undefined) continue;
        const key = String(keyNode.value);
        const at = `${pointer}/${escapePointerToken(key)}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, prop.offset);
        else {
          walk.duplicates.push({ key, pointer: at, first, second: prop.offset });
          // The later value wins (as with JSON.parse): forget where the dropped one's insides were.
          for (const p of [...walk.offsets.keys()]) if (p.startsWith(`${at}/`)) walk.offsets.delete(p);
          for (const p of [...walk.numbers.keys()]) if (p === at || p.startsWith(`${at}/`)) walk.numbers.delete(p);
        }
        // defineProperty, not assignment: a key named `__proto__` must stay a key (JSON.parse agrees).
        Object.defineProperty(out, key, { value: toValue(valueNode, at, walk), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => toValue(child, `${pointer}/${i}`, walk));
    case 'number': {
      const exact = inexactText(walk.text.slice(node.offset, node.offset + node.length), node.value as number);
      if (exact !== undefined) walk.numbers.set(pointer, exact);
      return node.value as number;
    }
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

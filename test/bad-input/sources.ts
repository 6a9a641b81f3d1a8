import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect } from 'vitest';
import { escapeInvisible, formatDiagnostic, utf16Escape, type Diagnostic } from '@connspec/core';
import { BASE_URL, SCHEMAS } from '../support/workspace.js';

/** One in-memory schema file, path relative to the schema root. */
export interface Source {
  readonly path: string;
  readonly text: string;
}

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * A schema file whose first three lines are always `{`, `$schema`, `$id`; so body line k is
 * file line 3 + k, and every position a case asserts can be counted from the literal it wrote.
 */
export function schema(path: string, ...body: string[]): Source {
  const text = ['{', `  "$schema": "${DRAFT_07}",`, `  "$id": "${BASE_URL}${path}",`, ...body, '}', ''].join('\n');
  return { path, text };
}

/** A minimal connection schema (type tag + schemaVersion) with extra body lines. */
export function connection(path: string, tag: string, ...extra: string[]): Source {
  return schema(
    path,
    '  "type": "object",',
    '  "schemaVersion": "1.0.0",',
    '  "properties": {',
    `    "type": { "type": "string", "enum": ["${tag}"], "default": "${tag}" }${extra.length ? ',' : ''}`,
    ...extra,
    '  },',
    '  "additionalProperties": false',
  );
}

/** Every shipped schema file, read fresh, sorted by path. */
export function shippedSources(root = SCHEMAS): Source[] {
  const out: Source[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** What one diagnostic must be: exact place and rule; message holds every `says` fragment; hint matches. */
export interface Expected {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
  readonly says: readonly string[];
  readonly hint: RegExp;
  readonly severity?: 'error' | 'warning';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Asserts the full list of diagnostics, in the core's sorted order, and the rendered shape of each. */
export function expectDiagnostics(actual: readonly Diagnostic[], expected: readonly Expected[]): void {
  expect(actual.map(({ severity, rule, file, line, column, pointer, message, hint }) => ({ severity, rule, file, line, column, pointer, message, hint }))).toEqual(
    expected.map((e) => ({
      severity: e.severity ?? 'error',
      rule: e.rule,
      file: e.file,
      line: e.line,
      column: e.column,
      pointer: e.pointer,
      message: expect.stringMatching(new RegExp(e.says.map((s) => `(?=[\\s\\S]*${escape(s)})`).join(''))),
      hint: expect.stringMatching(e.hint),
    })),
  );
  for (const d of actual) {
    expect(d.hint.trim().length, `hint of ${d.rule}`).toBeGreaterThan(10);
    const at = d.pointer === '' ? '#' : `#${d.pointer}`;
    const shown = (text: string): string => escapeInvisible(text, utf16Escape, '\n');
    expect(formatDiagnostic(d)).toBe(`${shown(d.file)}:${d.line}:${d.column} ${d.severity} [${d.rule}] at ${shown(at)}: ${shown(d.message)}\n  fix: ${shown(d.hint)}`);
  }
}

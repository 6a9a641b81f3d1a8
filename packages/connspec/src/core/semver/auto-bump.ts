/** `--auto-bump`: writes the minimal passing version into the version keyword, touching nothing else in the file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import type { GateEntry, GateResult } from './gate.js';

/** The file's text with the version keyword set (replaced in place, or inserted with the file's indentation). */
export function setSchemaVersion(text: string, version: string, keyword = 'schemaVersion'): string {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const edits = modify(text, [keyword], version, {
    formattingOptions: { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' },
  });
  return applyEdits(text, edits);
}

/** Bumps every failing connection that has a suggestion; returns the gate result with them passing, and what it wrote. */
export function autoBump(result: GateResult, schemaRoot: string, keyword = 'schemaVersion'): { result: GateResult; written: { path: string; from?: string; to: string }[] } {
  const written: { path: string; from?: string; to: string }[] = [];
  const entries = result.entries.map((e): GateEntry => {
    if (e.ok || e.suggested === undefined) return e;
    const file = join(schemaRoot, e.path);
    writeFileSync(file, setSchemaVersion(readFileSync(file, 'utf8'), e.suggested, keyword));
    written.push({ path: e.path, ...(e.newVersion ? { from: e.newVersion } : {}), to: e.suggested });
    return { ...e, ok: true, newVersion: e.suggested, line: `${e.path}: auto-bumped ${e.newVersion ?? '-'} → ${e.suggested} (${e.line.slice(e.path.length + 2)})` };
  });
  return { result: { ok: entries.every((e) => e.ok), entries }, written };
}

import { escapeInvisible, utf16Escape } from './emit/invisible.js';
/** A diagnostic points at a place in a schema file and says what rule broke and how to fix it. */
export type Severity = 'error' | 'warning';

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly severity: Severity;
  /** Rule id, e.g. `required-exists` or `ref-unresolvable`. */
  readonly rule: string;
  /** Path relative to the schema root (or as given when outside it). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON pointer inside the file, `""` for the document. */
  readonly pointer: string;
  readonly message: string;
  readonly hint: string;
}

/** A rule any stage may report: its id (what `rules` in the config names) and the sentence it enforces. */
export interface RuleInfo {
  readonly id: string;
  readonly sentence: string;
  /** Its severity unless the config says otherwise. */
  readonly severity: Severity;
}

/** Thrown when a run must stop; carries every diagnostic found so far. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(formatDiagnostics(diagnostics));
    this.name = 'DiagnosticError';
  }
}

/**
 * The caller asked for something that cannot be done as asked (an unknown target, a missing path, a
 * flag out of place). The CLI prints the message and exits 2; it is never a connspec bug.
 */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Schema text quoted in a diagnostic reaches a terminal: a bidi override there would reorder the line. */
const shown = (text: string): string => escapeInvisible(text, utf16Escape, '\n');

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${shown(d.file)}:${d.line}:${d.column}`;
  const pointer = d.pointer === '' ? '#' : `#${d.pointer}`;
  return `${where} ${d.severity} [${d.rule}] at ${shown(pointer)}: ${shown(d.message)}\n  fix: ${shown(d.hint)}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join('\n');
}

/** Stable order: file, line, column, rule, message. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { codePointLabel, escapeInvisible, sortDiagnostics, type Diagnostic, type Origin, type RuleInfo } from '../../core/index.js';

/** The rules the Java generator reports. */
export const JAVA_RULES: readonly RuleInfo[] = [
  { id: 'java-inexpressible', sentence: 'Every constraint can be enforced by the Java models (with `generators.java.inexpressible: report`, a warning and a line in UNENFORCED.md instead).', severity: 'error' },
  { id: 'java-unenforced', sentence: 'A `format` the Java models do not check is reported when generating.', severity: 'warning' },
];

/** One schema constraint the Java output does not enforce, and where it is. */
export interface Unenforced {
  readonly origin: Origin;
  readonly what: string;
}

/**
 * Collects what Java cannot express (never dropped silently: each becomes a diagnostic, or with
 * `inexpressible: report` a Javadoc note plus a line in UNENFORCED.md) and naming errors, which
 * always stop generation.
 */
export class Reporter {
  private readonly unenforced = new Map<string, Unenforced>();
  private readonly errors: Diagnostic[] = [];
  private readonly notes = new Map<string, Diagnostic>();

  /** Records a constraint Java does not enforce; returns the sentence for the Javadoc. */
  inexpressible(origin: Origin, what: string): string {
    const key = `${origin.file}#${origin.pointer}|${what}`;
    if (!this.unenforced.has(key)) this.unenforced.set(key, { origin, what });
    return `Not enforced in Java: ${what}.`;
  }

  /** An error that stops generation whatever the settings (a name clash, an invalid `javaType`). */
  error(origin: Origin, rule: string, message: string, hint: string): void {
    this.errors.push({ severity: 'error', rule, ...place(origin), message, hint });
  }

  /** Something worth saying at generation time that is not a constraint Java drops (an unknown `format`). */
  warn(origin: Origin, message: string): void {
    const key = `${origin.file}#${origin.pointer}|${message}`;
    if (!this.notes.has(key)) this.notes.set(key, { severity: 'warning', rule: 'java-unenforced', ...place(origin), message, hint: 'validate with JSON Schema (ajv) as well where this matters, or remove the keyword' });
  }

  /** Warnings: unchecked formats, and (when not fatal) every unenforced constraint. */
  warnings(inexpressibleIsError: boolean): Diagnostic[] {
    const unenforced = inexpressibleIsError ? [] : this.list().map((u) => ({ ...toDiagnostic(u), severity: 'warning' as const }));
    return sortDiagnostics([...this.notes.values(), ...unenforced]);
  }

  list(): Unenforced[] {
    return [...this.unenforced.values()].sort((a, b) => (a.origin.file < b.origin.file ? -1 : a.origin.file > b.origin.file ? 1 : a.origin.line - b.origin.line || a.origin.column - b.origin.column || (a.what < b.what ? -1 : a.what > b.what ? 1 : 0)));
  }

  /** Diagnostics that must stop the run: errors always, unenforced constraints when they are errors too. */
  fatal(inexpressibleIsError: boolean): Diagnostic[] {
    const unenforced = inexpressibleIsError ? this.list().map((u) => toDiagnostic(u)) : [];
    return [...this.errors, ...unenforced];
  }
}

/** One call a Reporter received, as data (what a reused unit replays). */
export type ReporterCall =
  | { readonly kind: 'inexpressible'; readonly origin: Origin; readonly what: string }
  | { readonly kind: 'error'; readonly origin: Origin; readonly rule: string; readonly message: string; readonly hint: string }
  | { readonly kind: 'warn'; readonly origin: Origin; readonly message: string };

/** A Reporter that also keeps every call it receives, so they can be replayed into another. */
export class RecordingReporter extends Reporter {
  readonly calls: ReporterCall[] = [];

  override inexpressible(origin: Origin, what: string): string {
    this.calls.push({ kind: 'inexpressible', origin, what });
    return super.inexpressible(origin, what);
  }

  override error(origin: Origin, rule: string, message: string, hint: string): void {
    this.calls.push({ kind: 'error', origin, rule, message, hint });
    super.error(origin, rule, message, hint);
  }

  override warn(origin: Origin, message: string): void {
    this.calls.push({ kind: 'warn', origin, message });
    super.warn(origin, message);
  }
}

/** Makes `reporter` receive the calls another received. */
export function replayCalls(reporter: Reporter, calls: readonly ReporterCall[]): void {
  for (const c of calls) {
    if (c.kind === 'inexpressible') reporter.inexpressible(c.origin, c.what);
    else if (c.kind === 'error') reporter.error(c.origin, c.rule, c.message, c.hint);
    else reporter.warn(c.origin, c.message);
  }
}

const place = (origin: Origin) => ({ file: origin.file, line: origin.line, column: origin.column, pointer: origin.pointer });

function toDiagnostic({ origin, what }: Unenforced): Diagnostic {
  return {
    severity: 'error',
    rule: 'java-inexpressible',
    ...place(origin),
    message: `the Java output cannot enforce this: ${what}`,
    hint: 'rewrite the schema so Java can enforce it (the message says what is missing), or set generators.java.inexpressible to "report" to generate anyway with it listed in UNENFORCED.md',
  };
}

/** UNENFORCED.md: every constraint the Java output leaves unchecked, by schema location (invisible characters named, `U+202E`). */
export function unenforcedReport(items: readonly Unenforced[]): string {
  const lines = items.map((u) => escapeInvisible(`- \`${u.origin.file}#${u.origin.pointer}\` (line ${u.origin.line}): ${u.what.replace(/\r?\n/g, ' ')}`, codePointLabel, '\t'));
  return `# Constraints the Java models do not enforce\n\nGenerated by connspec (\`generators.java.inexpressible: "report"\`). Validate with JSON Schema as well where these matter.\n\n${lines.join('\n')}\n`;
}

import { parseArgs } from 'node:util';
import { UsageError } from '../core/diagnostics.js';
import { closest } from '../core/util/suggest.js';

/** Where a command writes and what it runs in: the process's, or a test's. */
export interface Io {
  readonly cwd: string;
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
}

/** One flag, as data: parseArgs reads `type`/`multiple`/`short`; help prints `value` and `description`. */
export interface Flag {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's placeholder in help (`<dir>`). */
  readonly value?: string;
  readonly description: string;
}

export type Flags = Readonly<Record<string, Flag>>;
export type Values = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** A subcommand: its name, a line for `connspec --help`, its arguments and flags, and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The arguments after the name, as help shows them (`<old> <new>`). */
  readonly args: string;
  readonly flags: Flags;
  /** Paragraphs after the flags in `connspec <name> --help`; a function is called only when help is shown. */
  readonly details: readonly (string | (() => Promise<string>))[];
  /** Positional arguments allowed: [min, max]. */
  readonly arity: readonly [number, number];
  run(values: Values, positionals: readonly string[], io: Io): Promise<number>;
}

export const HELP_FLAG: Flag = { type: 'boolean', short: 'h', description: 'Show this help.' };

/** The command's help text, built from its data. */
export async function commandHelp(command: Command): Promise<string> {
  const flags = Object.entries({ ...command.flags, help: HELP_FLAG }).map(([name, f]) => {
    const left = `${f.short ? `-${f.short}, ` : '    '}--${name}${f.value ? ` ${f.value}` : ''}${f.multiple ? ' (repeatable)' : ''}`;
    return `  ${left.padEnd(34)} ${f.description}`;
  });
  const details = await Promise.all(command.details.map((d) => (typeof d === 'string' ? d : d())));
  return [`usage: connspec ${command.name}${command.args ? ` ${command.args}` : ''} [options]`, '', command.summary, '', 'options:', ...flags, ...details.flatMap((d) => ['', d])].join('\n');
}

/** Parses a command's arguments; an unknown flag, a missing value or a wrong count is a UsageError. */
export function parseCommandArgs(command: Command, argv: readonly string[]): { values: Values; positionals: string[] } {
  const options = Object.fromEntries(Object.entries({ ...command.flags, help: HELP_FLAG }).map(([k, f]) => [k, { type: f.type, ...(f.multiple ? { multiple: true } : {}), ...(f.short ? { short: f.short } : {}) }]));
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] };
  } catch (error) {
    // node:util says e.g. "Unknown option '--tagret'. To specify a positional argument starting with a '-'…"
    const message = error instanceof Error ? error.message.split('. ')[0] ?? error.message : String(error);
    const unknown = /^Unknown option '--?([^']*)'$/.exec(message)?.[1];
    const near = unknown === undefined ? undefined : closest(unknown, Object.keys(options));
    throw new UsageError(`${message.replace(/^Option '(\S+?)(?: <value>)?' argument missing$/, '$1 needs a value')}${near ? `; did you mean "--${near}"?` : ''}`);
  }
  if (parsed.values.help) return parsed;
  const [min, max] = command.arity;
  const n = parsed.positionals.length;
  if (n < min || n > max) {
    const want = min === max ? `exactly ${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new UsageError(`takes ${want} argument(s)${command.args ? ` (${command.args})` : ''}, got ${n}${n > 0 ? `: ${parsed.positionals.join(' ')}` : ''}`);
  }
  return parsed;
}

/** A flag whose value is one of a list (`--format human|json`); anything else is a UsageError with a did-you-mean. */
export function choice<T extends string>(values: Values, flag: string, allowed: readonly T[], fallback: T): T {
  const given = values[flag];
  if (given === undefined) return fallback;
  if (typeof given === 'string' && (allowed as readonly string[]).includes(given)) return given as T;
  const near = typeof given === 'string' ? closest(given, allowed) : undefined;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got "${String(given)}"${near ? `; did you mean "${near}"?` : ''}`);
}

/** A repeatable list flag (`-t python -t java`), each value also a comma-separated list (`-t python,java`, as connspec's own hints write it). */
export function listFlag(values: Values, flag: string): string[] | undefined {
  return (values[flag] as readonly string[] | undefined)?.flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== '');
}

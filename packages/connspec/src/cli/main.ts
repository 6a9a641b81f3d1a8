import { DiagnosticError, formatDiagnostics, UsageError } from '../core/diagnostics.js';
import { closest } from '../core/util/suggest.js';
import { VERSION } from '../version.js';
import { commandHelp, parseCommandArgs, type Command, type Io } from './command.js';
import { diffCommand, versionGateCommand } from './commands/diff.js';
import { generateCommand } from './commands/generate.js';
import { initCommand } from './commands/init.js';
import { packageCommand } from './commands/package.js';
import { scaffoldCommand } from './commands/scaffold.js';
import { validateCommand } from './commands/validate.js';

/** Every subcommand, in the order `connspec --help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand, generateCommand, validateCommand, diffCommand, versionGateCommand, packageCommand, scaffoldCommand];

export function mainHelp(): string {
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`);
  return [
    `connspec ${VERSION}: schema-first code generation for connector connection JSON Schemas`,
    '',
    'usage: connspec <command> [options]',
    '',
    'commands:',
    ...rows,
    '',
    'Run "connspec <command> --help" for a command\'s options. "connspec --version" prints the version.',
    'The config is the nearest .connspec.json in the current folder or above (or --config <file>).',
    'exit codes: 0 ok, 1 diagnostics with errors, 2 usage or configuration error',
  ].join('\n');
}

/** Says what went wrong for a mistake the user can fix, with its exit code; rethrows anything else. */
function explain(error: unknown, command: Command | undefined, io: Io): number {
  const name = command ? `connspec ${command.name}` : 'connspec';
  if (error instanceof DiagnosticError && error.name === 'ConfigError') {
    io.err(`${formatDiagnostics(error.diagnostics)}\n${name}: the config is not valid (${error.diagnostics.length} problem(s)); nothing was done\n`);
    return 2;
  }
  if (error instanceof DiagnosticError) {
    io.err(`${formatDiagnostics(error.diagnostics)}\n${name}: ${error.diagnostics.length} error(s)\n`);
    return 1;
  }
  if (error instanceof UsageError) {
    io.err(`${name}: ${error.message}\nrun "${name} --help" for usage\n`);
    return 2;
  }
  throw error;
}

/** The CLI: parse, call the library, print, return the exit code. Internal errors propagate to the bin. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io[first === undefined ? 'err' : 'out'](`${mainHelp()}\n`);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const name = first === 'help' ? rest[0] : first;
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (command === undefined) throw new UsageError(unknownCommand(name ?? ''));
    const { values, positionals } = first === 'help' ? { values: { help: true }, positionals: [] } : parseCommandArgs(command, rest);
    if (!values.help) return await command.run(values, positionals, io);
    io.out(`${await commandHelp(command)}\n`);
    return 0;
  } catch (error) {
    return explain(error, command, io);
  }
}

function unknownCommand(name: string): string {
  const near = closest(name, COMMANDS.map((c) => c.name));
  return `unknown command "${name}"${near ? `; did you mean "${near}"?` : ''} (commands: ${COMMANDS.map((c) => c.name).join(', ')})`;
}

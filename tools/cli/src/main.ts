import { parseArgs } from 'node:util';
import { DiagnosticError, formatDiagnostics, loadConfig, type ConfigOverrides } from '@connspec/core';
import { generate } from './generate.js';
import { SCAFFOLD_USAGE, scaffoldCommand } from './scaffold.js';
import { SEMVER_USAGE, semverCommand } from './semver.js';
import { GENERATORS } from './targets.js';
import { validate } from './validate.js';

const USAGE = `usage:
  connspec generate [--target <name>]... [common options]
  connspec validate [files...] [--format human|json] [common options]
${SEMVER_USAGE}
${SCAFFOLD_USAGE}
common options: --workspace <dir> --schemas <dir> --out <dir> --base-url <url>
targets: ${[...GENERATORS.keys()].join(', ')}
exit codes: 0 ok, 1 diagnostics with errors, 2 usage or internal error`;

/** Thin CLI over the library: parse flags, call, print, exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'diff' || argv[0] === 'version-gate') return semverCommand(argv);
  if (argv[0] === 'scaffold') return scaffoldCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      target: { type: 'string', multiple: true },
      format: { type: 'string', default: 'human' },
      workspace: { type: 'string', default: process.cwd() },
      schemas: { type: 'string' },
      out: { type: 'string' },
      'base-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) return print(USAGE, command === undefined && !values.help ? 2 : 0);
  const overrides: ConfigOverrides = {
    ...(values.schemas ? { schemaRoot: values.schemas } : {}),
    ...(values.out ? { outDir: values.out } : {}),
    ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
  };
  const config = loadConfig(values.workspace, overrides);
  if (command === 'validate') {
    const diagnostics = await validate(config, rest);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (values.format === 'json') process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
    else if (diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(diagnostics)}\n`);
    if (values.format !== 'json') process.stderr.write(`connspec validate: ${errors} error(s), ${diagnostics.length - errors} warning(s)\n`);
    return errors > 0 ? 1 : 0;
  }
  if (command === 'generate') {
    try {
      const reports = await generate(config, values.target ?? [...GENERATORS.keys()]);
      for (const r of reports) process.stdout.write(`${r.target}: ${r.written} file(s)${r.changed ? '' : ' (unchanged)'}${r.removed.length ? `, removed ${r.removed.length} stale` : ''}\n`);
      return 0;
    } catch (error) {
      if (error instanceof DiagnosticError) return print(`${error.message}\nconnspec generate: nothing written (${error.diagnostics.length} error(s))`, 1);
      throw error;
    }
  }
  return print(`unknown command "${command}"\n${USAGE}`, 2);
}

function print(text: string, code: number): number {
  (code === 0 ? process.stdout : process.stderr).write(`${text}\n`);
  return code;
}

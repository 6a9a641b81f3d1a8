import { formatDiagnostics } from '../../core/diagnostics.js';
import { choice, type Command } from '../command.js';
import { CONFIG_FLAGS, configFromFlags } from '../config-flags.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Run every check generate runs (syntax, refs, meta-schema, ajv strict, lint rules, naming, and each target, without writing) and report on the files named, or all.',
  args: '[files or folders...]',
  arity: [0, Infinity],
  flags: {
    format: { type: 'string', value: 'human|json', description: 'Output format (json: the diagnostics as a JSON array on stdout).' },
    ...CONFIG_FLAGS,
  },
  details: [
    'The whole catalogue is always loaded (refs need every file); diagnostics are shown for the paths named. A path that does not exist or is not under the schema root is a usage error.',
    'exit codes: 0 no errors, 1 errors, 2 usage or configuration error',
  ],
  run: async (values, positionals, io) => {
    const format = choice(values, 'format', ['human', 'json'], 'human');
    const config = await configFromFlags(values, io);
    const { validate } = await import('../../api/validate.js');
    const { ok, diagnostics } = await validate(config, positionals, { cwd: io.cwd });
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (format === 'json') io.out(`${JSON.stringify(diagnostics, null, 2)}\n`);
    else {
      if (diagnostics.length > 0) io.err(`${formatDiagnostics(diagnostics)}\n`);
      io.err(`connspec validate: ${errors} error(s), ${diagnostics.length - errors} warning(s)\n`);
    }
    return ok ? 0 : 1;
  },
};

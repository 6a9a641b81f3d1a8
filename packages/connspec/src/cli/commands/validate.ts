import { formatDiagnostics, UsageError, type Diagnostic } from '../../core/diagnostics.js';
import { choice, type Command, type Io, type Values } from '../command.js';
import { cacheOf } from '../cache.js';
import { CONFIG_FLAGS, configFromFlags, configLocation } from '../config-flags.js';

/** `--staged`: the git index as a whole, with the index's config; undefined diagnostics when the index changes nothing connspec reads. */
async function validateIndex(values: Values, io: Io): Promise<{ ok: boolean; diagnostics: readonly Diagnostic[] | undefined; root: string }> {
  const { file, overrides } = await configLocation(values, io, false);
  const [{ validateStaged }, { displayPath }] = await Promise.all([import('../../api/staged.js'), import('../../core/config/load.js')]);
  const { ok, diagnostics, checked, config } = await validateStaged(file, { cwd: io.cwd, overrides, ...(await cacheOf(values, io)) });
  return { ok, diagnostics: checked ? diagnostics : undefined, root: displayPath(config.schemaRoot, io.cwd) };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Run every check generate runs (syntax, refs, meta-schema, ajv strict, lint rules, naming, and each target, without writing) and report on the files named, or all.',
  args: '[files or folders...]',
  arity: [0, Infinity],
  flags: {
    format: { type: 'string', value: 'human|json', description: 'Output format (json: the diagnostics as a JSON array on stdout).' },
    'no-cache': { type: 'boolean', description: 'Do all the generators\' work afresh (by default, per-file work of earlier runs whose file closure is unchanged is reused, as generate does), and keep none.' },
    staged: { type: 'boolean', description: 'Check the git index as the next commit holds it (its config and every schema under its schemaRoot), reporting every error: the pre-commit gate.' },
    ...CONFIG_FLAGS,
  },
  details: [
    'The whole catalogue is always loaded (refs need every file); diagnostics are shown for the paths named. A path that does not exist or is not under the schema root is a usage error.',
    '--staged reads the config (which must be in the index: git add it) and the schemas from the git index, not the work tree, and reports errors anywhere in the staged tree; when the index changes nothing under the schema root nor the config, it checks nothing and exits 0.',
    'exit codes: 0 no errors, 1 errors, 2 usage or configuration error',
  ],
  run: async (values, positionals, io) => {
    const format = choice(values, 'format', ['human', 'json'], 'human');
    if (values.staged === true && positionals.length > 0) throw new UsageError(`--staged validates the whole git index and takes no files (got ${positionals.join(' ')}); drop the files or --staged`);
    const staged = values.staged === true ? await validateIndex(values, io) : undefined;
    if (staged !== undefined && staged.diagnostics === undefined) {
      if (format === 'json') io.out('[]\n');
      else io.err(`connspec validate: the git index changes nothing under ${staged.root} nor the config; nothing to check\n`);
      return 0;
    }
    const { ok, diagnostics = [] } = staged ?? (await validateFiles(values, positionals, io));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (format === 'json') io.out(`${JSON.stringify(diagnostics, null, 2)}\n`);
    else {
      if (diagnostics.length > 0) io.err(`${formatDiagnostics(diagnostics)}\n`);
      io.err(`connspec validate${staged ? ' --staged' : ''}: ${errors} error(s), ${diagnostics.length - errors} warning(s)\n`);
    }
    return ok ? 0 : 1;
  },
};

async function validateFiles(values: Values, positionals: readonly string[], io: Io): Promise<{ ok: boolean; diagnostics: readonly Diagnostic[] }> {
  const config = await configFromFlags(values, io);
  const { validate } = await import('../../api/validate.js');
  return validate(config, positionals, { cwd: io.cwd, ...(await cacheOf(values, io)) });
}

import { resolve } from 'node:path';
import { CONFIG_FILE } from '../../core/config/config.js';
import { formatDiagnostics } from '../../core/diagnostics.js';
import type { Command } from '../command.js';

export const initCommand: Command = {
  name: 'init',
  summary: `Write a ${CONFIG_FILE} for a schema tree (found by looking for JSON Schemas), validate the tree, and say what was found.`,
  args: '[dir]',
  arity: [0, 1],
  flags: {
    schemas: { type: 'string', value: '<dir>', description: 'The schema folder, relative to dir (default: the folder holding the most JSON Schemas).' },
    'base-url': { type: 'string', value: '<url>', description: 'Base URL of the $ids (default: the one the $ids share).' },
  },
  details: [`An existing ${CONFIG_FILE} is left as it is: running init again changes nothing.`, 'exit codes: 0 written (or already there), 1 the tree has errors, 2 usage error'],
  run: async (values, positionals, io) => {
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const schemas = typeof values.schemas === 'string' ? values.schemas : undefined;
    const baseUrl = typeof values['base-url'] === 'string' ? values['base-url'] : undefined;
    const [{ init }, { selectTargets }] = await Promise.all([import('../../api/init.js'), import('../../api/generate.js')]);
    const result = await init(dir, { ...(schemas ? { schemas } : {}), ...(baseUrl ? { baseUrl } : {}) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    if (result.diagnostics.length > 0) io.err(`${formatDiagnostics(result.diagnostics)}\n`);
    io.out(`${result.written ? 'wrote' : 'kept'} ${result.configFile}\n`);
    for (const note of result.notes) io.out(`  ${note}\n`);
    io.out(`found ${result.schemas} schema file(s), ${result.connections} connection(s) under ${result.schemaRoot}\n`);
    io.out(`connspec generate will write ${selectTargets(result.config, {}).map((g) => g.target).join(', ')} into ${result.config.outDir}\n`);
    io.err(`connspec init: ${errors} error(s), ${result.diagnostics.length - errors} warning(s)${errors ? '; fix them (or set their rules in the config), then run connspec generate' : ''}\n`);
    return errors > 0 ? 1 : 0;
  },
};

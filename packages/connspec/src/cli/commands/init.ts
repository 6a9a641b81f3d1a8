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
    strict: { type: 'boolean', description: 'Keep every rule an error (default: a rule the tree breaks is set to warning, its reason written into the config).' },
  },
  details: [
    'Detects the layout and dialect: OpenMetadata (preset openmetadata, or connspec when every connection declares schemaVersion), Airbyte specs in a flat folder (preset airbyte), or a plain tree (connections = the object schemas no other file refers to).',
    `An existing ${CONFIG_FILE} is left as it is: running init again changes nothing.`,
    'exit codes: 0 written (or already there), 1 the tree has errors, 2 usage error',
  ],
  run: async (values, positionals, io) => {
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const schemas = typeof values.schemas === 'string' ? values.schemas : undefined;
    const baseUrl = typeof values['base-url'] === 'string' ? values['base-url'] : undefined;
    const { init } = await import('../../api/init.js');
    const result = await init(dir, { ...(schemas ? { schemas } : {}), ...(baseUrl ? { baseUrl } : {}), ...(values.strict === true ? { strict: true } : {}) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) io.err(`${formatDiagnostics(errors)}\n`);
    io.out(`${result.written ? 'wrote' : 'kept'} ${result.configFile}${result.preset ? ` (preset ${result.preset})` : ''}\n`);
    for (const note of result.notes) io.out(`  ${note}\n`);
    io.out(`found ${result.schemas} schema file(s), ${result.connections} connection(s) under ${result.schemaRoot}\n`);
    const produced = Object.entries(result.produces);
    if (produced.length) io.out(`connspec generate will write into ${result.config.outDir}:\n${produced.map(([t, n]) => `  ${t}: ${n} file(s)\n`).join('')}`);
    if (result.relaxed.length) io.out(`relaxed to warning (the tree breaks them; the reasons are in the config's $comment):\n${result.relaxed.map((r) => `  ${r.rule}: ${r.reason}\n`).join('')}`);
    const warnings = result.diagnostics.length - errors.length;
    io.err(`connspec init: ${errors.length} error(s), ${warnings} warning(s)${warnings ? ' (connspec validate lists them)' : ''}${errors.length ? '; fix the errors, then run connspec generate' : ''}\n`);
    return errors.length > 0 ? 1 : 0;
  },
};

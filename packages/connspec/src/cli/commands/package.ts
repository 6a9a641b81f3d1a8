import { formatDiagnostics } from '../../core/diagnostics.js';
import { choice, listFlag, type Command } from '../command.js';
import { CONFIG_FLAGS, configFromFlags } from '../config-flags.js';

export const packageCommand: Command = {
  name: 'package',
  summary: 'Build the installable artifacts of the generated models: a Python wheel and sdist, a Java jar with sources and pom, an npm package.',
  args: '',
  arity: [0, 0],
  flags: {
    target: { type: 'string', multiple: true, short: 't', value: '<name>', description: 'A target to package, or a comma-separated list (default: every target with a package step).' },
    format: { type: 'string', value: 'human|json', description: 'Output format (json: the artifacts, their SHA-256 and the diagnostics on stdout).' },
    ...CONFIG_FLAGS,
  },
  details: [
    'The models are generated afresh in memory (generated/ is neither read nor written), staged in a temp folder and built there by the ecosystem\'s own builder: Python with `python -m build` (PEP 517, hatchling; $CONNSPEC_PYTHON chooses the interpreter), Java with Maven, TypeScript with tsc and `npm pack`.',
    'Builds are reproducible: the same schemas and config give byte-identical artifacts (fixed timestamps, sorted entries). The version is package.version in the config, else the highest connection version.',
    'Artifacts go to <package.outDir>/<target>/ (default dist/connspec/), replacing only what an earlier run put there. Publishing stays yours: the command for each is printed.',
    'exit codes: 0 built, 1 errors in the schemas (nothing built), 2 usage, configuration or build error',
  ],
  run: async (values, _positionals, io) => {
    const format = choice(values, 'format', ['human', 'json'], 'human');
    const config = await configFromFlags(values, io);
    const targets = listFlag(values, 'target');
    const { packageOutputs } = await import('../../api/package.js');
    const result = await packageOutputs(config, targets ? { targets } : {});
    if (format === 'json') io.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      if (result.diagnostics.length > 0) io.err(`${formatDiagnostics(result.diagnostics)}\n`);
      for (const r of result.reports) io.out([`${r.target}:`, ...r.artifacts.map((a) => `  ${a.file}  sha256:${a.sha256}`), `  publish: ${r.publish}`].join('\n') + '\n');
    }
    io.err(result.ok ? `connspec package: ${result.reports.length} target(s) packaged at version ${result.version ?? ''}\n` : 'connspec package: nothing built (errors in the schemas)\n');
    return result.ok ? 0 : 1;
  },
};

import { formatDiagnostics, type Diagnostic } from '../../core/diagnostics.js';
import type { WriteReport } from '../../core/write/write.js';
import { choice, listFlag, type Command, type Io } from '../command.js';
import { cacheOf } from '../cache.js';
import { CONFIG_FLAGS, configFromFlags } from '../config-flags.js';

const warnings = (ds: readonly Diagnostic[]): number => ds.filter((d) => d.severity === 'warning').length;

function reportLine(r: WriteReport): string {
  return `${r.target}: ${r.written} file(s)${r.changed ? '' : ' (unchanged)'}${r.removed.length ? `, removed ${r.removed.length} stale` : ''}`;
}

/** `; 86 of 87 connections' work reused` — what incremental regeneration saved. */
const unitsNote = (u: { reused: number; computed: number } | undefined): string => (u && u.reused > 0 ? `; work of ${u.reused} of ${u.reused + u.computed} file(s) reused` : '');

function print(io: Io, json: boolean, data: { ok: boolean; diagnostics: readonly Diagnostic[]; reports: readonly WriteReport[]; cache: string; units: Readonly<Record<string, { reused: number; computed: number }>> }): void {
  if (json) return io.out(`${JSON.stringify(data, null, 2)}\n`);
  if (data.diagnostics.length > 0) io.err(`${formatDiagnostics(data.diagnostics)}\n`);
  for (const r of data.reports) io.out(`${reportLine(r)}${unitsNote(data.units[r.target])}\n`);
  const errors = data.diagnostics.length - warnings(data.diagnostics);
  const changed = data.reports.filter((r) => r.changed).length;
  const replayed = data.cache === 'hit' ? ' (inputs and outputs as the last run left them: replayed)' : '';
  io.err(data.ok ? `connspec generate: ${data.reports.length} target(s), ${changed} changed, ${warnings(data.diagnostics)} warning(s)${replayed}\n` : `connspec generate: nothing written (${errors} error(s), ${warnings(data.diagnostics)} warning(s))\n`);
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Generate every target (or those named) from the schema catalogue into the output folder, atomically.',
  args: '',
  arity: [0, 0],
  flags: {
    target: { type: 'string', multiple: true, short: 't', value: '<name>', description: 'A target to generate, or a comma-separated list (default: the config\'s targets, else all; listed below).' },
    format: { type: 'string', value: 'human|json', description: 'Output format (json: diagnostics, write reports and the cache verdict as JSON on stdout).' },
    'no-cache': { type: 'boolean', description: 'Run in full even when the schemas, config, connspec and outputs are as the last successful run left them (which is otherwise replayed), and record nothing.' },
    ...CONFIG_FLAGS,
  },
  details: [
    async () => {
      const { BUILTIN_GENERATORS } = await import('../../targets/index.js');
      return ['targets:', ...BUILTIN_GENERATORS.map((g) => `  ${g.target.padEnd(18)} ${g.description}`)].join('\n');
    },
    `A run whose inputs (connspec itself, the config, the targets, every schema file's bytes) and outputs are as the last successful run left them is replayed from its record in the cache folder ($CONNSPEC_CACHE, else $XDG_CACHE_HOME/connspec or ~/.cache/connspec): same diagnostics, nothing rewritten. --no-cache runs in full.`,
    'Nothing is written unless every stage succeeds: a schema error or a generator error leaves the output folder exactly as it was. A run killed mid-write is rolled forward or back by the next one; a second concurrent run is refused. Only files connspec wrote (its .connspec-manifest.json) are ever removed.',
    'exit codes: 0 written, 1 errors in the schemas (nothing written), 2 usage or configuration error',
  ],
  run: async (values, _positionals, io) => {
    const format = choice(values, 'format', ['human', 'json'], 'human');
    const config = await configFromFlags(values, io);
    const targets = listFlag(values, 'target');
    const { generate } = await import('../../api/generate.js');
    const result = await generate(config, { ...(targets ? { targets } : {}), ...(await cacheOf(values, io)) });
    print(io, format === 'json', { ok: result.ok, diagnostics: result.diagnostics, reports: result.reports, cache: result.cache, units: result.units });
    return result.ok ? 0 : 1;
  },
};

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiff, formatGate, loadConfig, OUTPUT_FORMATS, runSemverDiff, runVersionGate, type ConfigOverrides, type OutputFormat, type Profile, type SemverSettings } from '@connspec/core';

export const SEMVER_USAGE = `  connspec diff <old> <new> [semver options]            old/new: a directory or a git ref
  connspec version-gate --base <ref> [--head <ref>] [--auto-bump] [semver options]
semver options: --format human|json|markdown|github --profile VALIDATION|CONTRACT|STRICT
  --defaults-applied --formats-enforced --no-backstop --fixtures <dir> --config <file>`;

const OPTIONS = {
  format: { type: 'string', default: 'human' },
  profile: { type: 'string' },
  'defaults-applied': { type: 'boolean' },
  'formats-enforced': { type: 'boolean' },
  'no-backstop': { type: 'boolean' },
  fixtures: { type: 'string' },
  config: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  'auto-bump': { type: 'boolean' },
  workspace: { type: 'string', default: process.cwd() },
  schemas: { type: 'string' },
  'base-url': { type: 'string' },
} as const;

/** `--config <file>`: settings from another JSON file (say tools/openmetadata/corpus.config.json), over `.connspec.json`. */
function overrides(values: { config?: string; schemas?: string; 'base-url'?: string }): ConfigOverrides {
  const fromFile = values.config ? (JSON.parse(readFileSync(resolve(values.config), 'utf8')) as ConfigOverrides & { $comment?: unknown }) : {};
  const { $comment: _c, ...settings } = fromFile as ConfigOverrides & { $comment?: unknown };
  return { ...settings, ...(values.schemas ? { schemaRoot: values.schemas } : {}), ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}) };
}

function flags(values: { profile?: string; 'defaults-applied'?: boolean; 'formats-enforced'?: boolean }): Partial<SemverSettings> {
  return {
    ...(values.profile ? { profile: values.profile.toUpperCase() as Profile } : {}),
    ...(values['defaults-applied'] ? { defaultsApplied: true } : {}),
    ...(values['formats-enforced'] ? { formatsEnforced: true } : {}),
  };
}

/** `connspec diff` and `connspec version-gate`: parse, call the library, print, exit code (2 on a usage error). */
export async function semverCommand(argv: readonly string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    // Bad flags, a side that is neither a directory nor a ref, an unknown profile: say so, exit 2.
    if (error instanceof Error && !(error instanceof RangeError)) return usage(error.message);
    throw error;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  const [command, ...rest] = positionals;
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) return usage(`--format must be one of ${OUTPUT_FORMATS.join(', ')}`);
  const config = loadConfig(values.workspace, overrides(values));
  const request = { flags: flags(values), backstop: !values['no-backstop'], ...(values.fixtures ? { fixturesDir: resolve(values.fixtures) } : {}) };
  const color = format === 'human' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  if (command === 'diff') {
    const [old, now] = rest;
    if (old === undefined || now === undefined || rest.length > 2) return usage('connspec diff needs exactly two arguments: <old> <new>');
    const run = await runSemverDiff(config, old, now, request);
    for (const note of run.notes) process.stderr.write(`connspec diff: ${note}\n`);
    process.stdout.write(`${formatDiff(run.report, format, { ...run.format, color })}\n`);
    return 0;
  }
  if (values.base === undefined) return usage('connspec version-gate needs --base <ref> (in CI: the merge base of the pull request)');
  const run = await runVersionGate(config, values.base, { ...request, ...(values.head ? { head: values.head } : {}), autoBump: values['auto-bump'] === true });
  for (const note of run.notes) process.stderr.write(`connspec version-gate: ${note}\n`);
  for (const w of run.written) process.stderr.write(`connspec version-gate: wrote schemaVersion ${w.to} into ${w.path}${w.from ? ` (was ${w.from})` : ''}\n`);
  process.stdout.write(`${formatGate(run.result, run.report, format, { ...run.format, color })}\n`);
  return run.result.ok ? 0 : 1;
}

function usage(message: string): number {
  process.stderr.write(`${message}\nusage:\n${SEMVER_USAGE}\n`);
  return 2;
}

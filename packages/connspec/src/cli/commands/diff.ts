import { resolve } from 'node:path';
import { UsageError } from '../../core/diagnostics.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../core/semver/format/index.js';
import { PROFILES_LIST, type Profile, type SemverSettings } from '../../core/semver/types.js';
import type { SemverRequest } from '../../core/semver/run.js';
import { choice, type Command, type Flags, type Io, type Values } from '../command.js';
import { CONFIG_FLAGS, configFromFlags } from '../config-flags.js';

const SEMVER_FLAGS: Flags = {
  format: { type: 'string', value: OUTPUT_FORMATS.join('|'), description: 'Report format (github: workflow annotations).' },
  profile: { type: 'string', value: PROFILES_LIST.join('|'), description: 'What counts as breaking (default: the config\'s, else CONTRACT).' },
  'defaults-applied': { type: 'boolean', description: 'Consumers fill in defaults (a new required property with a default is then minor).' },
  'formats-enforced': { type: 'boolean', description: 'Validators enforce format (adding or changing one is then major).' },
  'no-backstop': { type: 'boolean', description: 'Skip the backstop (old valid fixtures checked against the new schema).' },
  fixtures: { type: 'string', value: '<dir>', description: 'Fixtures folder of the old side when it is a directory (git sides read <outDir>/fixtures at their ref).' },
  ...CONFIG_FLAGS,
};

function request(values: Values, io: Io): SemverRequest {
  // Profiles are upper-case names; `--profile strict` means the same.
  const profile = typeof values.profile === 'string' ? choice({ profile: values.profile.toUpperCase() }, 'profile', PROFILES_LIST, 'CONTRACT') : undefined;
  const flags: Partial<SemverSettings> = {
    ...(profile ? { profile: profile as Profile } : {}),
    ...(values['defaults-applied'] ? { defaultsApplied: true } : {}),
    ...(values['formats-enforced'] ? { formatsEnforced: true } : {}),
  };
  return { flags, backstop: !values['no-backstop'], cwd: io.cwd, ...(typeof values.fixtures === 'string' ? { fixturesDir: resolve(io.cwd, values.fixtures) } : {}) };
}

const colored = (format: OutputFormat, io: Io): boolean => format === 'human' && io.isTTY && !io.env.NO_COLOR;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Classify every change between two versions of the catalogue (major, minor, patch), by rule.',
  args: '<old> <new>',
  arity: [2, 2],
  flags: SEMVER_FLAGS,
  details: ['Each side is a directory or a git ref (read with git, never checked out).', 'exit codes: 0 compared, 2 usage or configuration error'],
  run: async (values, [old = '', now = ''], io) => {
    const format = choice(values, 'format', OUTPUT_FORMATS, 'human');
    const config = await configFromFlags(values, io);
    const { formatDiff } = await import('../../core/index.js');
    const { diff } = await import('../../api/semver.js');
    const run = await diff(config, old, now, request(values, io));
    for (const note of run.notes) io.err(`connspec diff: ${note}\n`);
    io.out(`${formatDiff(run.report, format, { ...run.format, color: colored(format, io) })}\n`);
    return 0;
  },
};

export const versionGateCommand: Command = {
  name: 'version-gate',
  summary: 'Fail when a connection schema\'s schemaVersion is not bumped as far as its changes require (CI gate).',
  args: '',
  arity: [0, 0],
  flags: {
    base: { type: 'string', value: '<ref>', description: 'The git ref to compare against (in CI: the merge base of the pull request). Required.' },
    head: { type: 'string', value: '<ref>', description: 'Compare this ref instead of the working tree.' },
    'auto-bump': { type: 'boolean', description: 'Write the smallest sufficient schemaVersion into each file that needs one.' },
    ...SEMVER_FLAGS,
  },
  details: ['exit codes: 0 every version is sufficient, 1 a schemaVersion is too low, 2 usage or configuration error'],
  run: async (values, _positionals, io) => {
    const format = choice(values, 'format', OUTPUT_FORMATS, 'human');
    if (typeof values.base !== 'string') throw new UsageError('needs --base <ref> (in CI: the merge base of the pull request)');
    const config = await configFromFlags(values, io);
    const { formatGate } = await import('../../core/index.js');
    const { versionGate } = await import('../../api/semver.js');
    const head = typeof values.head === 'string' ? { head: values.head } : {};
    const run = await versionGate(config, values.base, { ...request(values, io), ...head, autoBump: values['auto-bump'] === true });
    for (const note of run.notes) io.err(`connspec version-gate: ${note}\n`);
    for (const w of run.written) io.err(`connspec version-gate: wrote schemaVersion ${w.to} into ${w.path}${w.from ? ` (was ${w.from})` : ''}\n`);
    io.out(`${formatGate(run.result, run.report, format, { ...run.format, color: colored(format, io) })}\n`);
    return run.result.ok ? 0 : 1;
  },
};

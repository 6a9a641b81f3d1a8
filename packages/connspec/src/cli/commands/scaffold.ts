import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { formatDiagnostics, UsageError } from '../../core/diagnostics.js';
import { AUTH_TYPES, CAPABILITIES, CONNECTION_TYPES, SERVICE_TYPES, type RawScaffoldOptions } from '../../scaffold/options.js';
import type { Command, Values } from '../command.js';
import { configFromFlags } from '../config-flags.js';

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: Values[string]): string[] | undefined => (Array.isArray(v) ? [...(v as string[])] : undefined);

/** The flags as the scaffold library takes them (lists stay lists; it also splits on commas). */
function scaffoldOptions(values: Values, cwd: string): RawScaffoldOptions {
  const fromOpenapi = str(values['from-openapi']);
  const entries: [keyof RawScaffoldOptions, unknown][] = [
    ['name', str(values.name)],
    ['serviceType', str(values.serviceType)],
    ['connectionType', str(values.connectionType)],
    ['authTypes', list(values.authTypes)],
    ['capabilities', list(values.capabilities)],
    ['defaultPort', str(values.defaultPort)],
    ['docsUrl', str(values.docsUrl)],
    ['testConnection', str(values.testConnection)],
    ['force', values.force === true ? true : undefined],
    ['fromOpenapi', fromOpenapi === undefined ? undefined : resolve(cwd, fromOpenapi)],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as RawScaffoldOptions;
}

export const scaffoldCommand: Command = {
  name: 'scaffold',
  summary: 'Write a new connector\'s connection schema by the catalogue\'s conventions and register it in its service registry.',
  args: '',
  arity: [0, 0],
  flags: {
    name: { type: 'string', value: '<name>', description: 'Connector name (letters and digits; words joined by -, _ or space), e.g. acme-cloud.' },
    serviceType: { type: 'string', value: '<type>', description: `Service type: ${SERVICE_TYPES.join(', ')}.` },
    connectionType: { type: 'string', value: '<type>', description: `Connection type: ${CONNECTION_TYPES.join(', ')}.` },
    authTypes: { type: 'string', multiple: true, value: '<a,b>', description: `Auth choices: ${AUTH_TYPES.join(', ')}.` },
    capabilities: { type: 'string', multiple: true, value: '<a,b>', description: `Capabilities: ${CAPABILITIES.join(', ')}.` },
    defaultPort: { type: 'string', value: '<n>', description: 'Default port of hostPort.' },
    docsUrl: { type: 'string', value: '<url>', description: 'Documentation URL, written into the description.' },
    'from-openapi': { type: 'string', value: '<file>', description: 'Build the connection from an OpenAPI 3.x document (JSON or YAML): base URL and security schemes.' },
    testConnection: { type: 'string', value: '<json>', description: 'A testConnection annotation, e.g. {"remove":["GetCharts"]}.' },
    force: { type: 'boolean', description: 'Overwrite an existing connector of that name.' },
    config: { type: 'string', value: '<file>', description: 'Config file (default: the nearest .connspec.json in this folder or above).' },
  },
  details: ['Without flags on a terminal, it asks for each option. The result is validated before anything is written.', 'exit codes: 0 written, 1 the new connector does not validate (nothing written), 2 usage error'],
  run: async (values, _positionals, io) => {
    const given = Object.keys(values).some((k) => k !== 'config' && values[k] !== undefined);
    if (!given && !io.isTTY) throw new UsageError('no options given and stdin is not a terminal; pass at least --name');
    const { checkPlan, diskStore, planScaffold, promptOptions, writeToDisk } = await import('../../scaffold/index.js');
    const options = given ? scaffoldOptions(values, io.cwd) : await promptOptions();
    const config = await configFromFlags(values, io);
    const store = diskStore(config.schemaRoot);
    const plan = planScaffold(store, options, config.baseUrl, (file) => readFileSync(file, 'utf8'));
    const check = await checkPlan(config, store, plan.writes);
    if (check.diagnostics.length > 0) io.err(`${formatDiagnostics(check.diagnostics)}\n`);
    if (!check.ok) {
      io.err(`connspec scaffold: the ${plan.options.tag} connector does not validate; nothing written\n`);
      return 1;
    }
    writeToDisk(config.schemaRoot, plan.writes);
    for (const w of plan.writes) io.out(`wrote ${relative(io.cwd, join(config.schemaRoot, w.path)).split(sep).join('/')}\n`);
    return 0;
  },
};

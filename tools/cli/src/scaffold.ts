import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostics, loadConfig } from '@connspec/core';
import { checkPlan, diskStore, planScaffold, promptOptions, ScaffoldError, writeToDisk, type RawScaffoldOptions } from '../../scaffold/src/index.js';

export const SCAFFOLD_USAGE = `  connspec scaffold --name <name> [--serviceType <type>] [--connectionType sqlalchemy|rest_api|sdk_client]
                   [--authTypes a,b] [--capabilities a,b] [--defaultPort <n>] [--docsUrl <url>]
                   [--from-openapi <file>] [--testConnection <json>] [--force]   (no flags on a terminal: prompts)`;

const OPTIONS = {
  name: { type: 'string' },
  serviceType: { type: 'string' },
  connectionType: { type: 'string' },
  authTypes: { type: 'string', multiple: true },
  capabilities: { type: 'string', multiple: true },
  defaultPort: { type: 'string' },
  docsUrl: { type: 'string' },
  'from-openapi': { type: 'string' },
  testConnection: { type: 'string' },
  force: { type: 'boolean' },
  workspace: { type: 'string' },
} as const;

/** Reads flags; with none at all on a TTY, asks. Off a TTY without flags it is a usage error (never hangs). */
async function readOptions(args: readonly string[], interactive: boolean): Promise<{ options: RawScaffoldOptions; workspace: string } | undefined> {
  const { values } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: false });
  const workspace = values.workspace ?? process.cwd();
  const given = Object.keys(values).some((k) => k !== 'workspace');
  if (!given) return interactive ? { options: await promptOptions(), workspace } : undefined;
  const { 'from-openapi': fromOpenapi, workspace: _w, ...rest } = values;
  return { options: { ...rest, ...(fromOpenapi ? { fromOpenapi: resolve(fromOpenapi) } : {}) }, workspace };
}

/** `connspec scaffold`: the same plan, check and refusals as the Nx generator, written to disk. */
export async function scaffoldCommand(args: readonly string[], interactive = process.stdin.isTTY === true): Promise<number> {
  try {
    const read = await readOptions(args, interactive);
    if (read === undefined) {
      process.stderr.write(`connspec scaffold: no options given and stdin is not a terminal\nusage:\n${SCAFFOLD_USAGE}\n`);
      return 2;
    }
    const config = loadConfig(read.workspace);
    const store = diskStore(config.schemaRoot);
    const plan = planScaffold(store, read.options, config.baseUrl, (file) => readFileSync(file, 'utf8'));
    const check = await checkPlan(config, store, plan.writes);
    if (check.diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(check.diagnostics)}\n`);
    if (!check.ok) {
      process.stderr.write(`connspec scaffold: the ${plan.options.tag} connector does not validate; nothing written\n`);
      return 1;
    }
    writeToDisk(config.schemaRoot, plan.writes);
    for (const w of plan.writes) process.stdout.write(`wrote schemas/${w.path}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError || (error instanceof TypeError && 'code' in error)) {
      process.stderr.write(`connspec scaffold: ${error.message}; nothing written\n`);
      return 2;
    }
    throw error;
  }
}

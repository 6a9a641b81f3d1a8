import { logger, readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import { join } from 'node:path';
import { loadConnspec } from '../../connspec';

export interface InitGeneratorOptions {
  readonly directory?: string;
  readonly schemas?: string;
  readonly baseUrl?: string;
}

const PLUGIN = '@connspec/nx';

/** Adds the plugin to nx.json once (as a name or as `{ plugin }`); leaves a configured entry as it is. */
function registerPlugin(tree: Tree): boolean {
  const nxJson = readNxJson(tree) ?? {};
  const plugins = nxJson.plugins ?? [];
  if (plugins.some((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN)) return false;
  updateNxJson(tree, { ...nxJson, plugins: [...plugins, PLUGIN] });
  return true;
}

/** `nx g @connspec/nx:init` (and `nx add @connspec/nx`): the plugin in nx.json, a config for the schema tree. */
export async function initGenerator(tree: Tree, options: InitGeneratorOptions = {}): Promise<void> {
  const connspec = await loadConnspec(tree.root);
  const directory = options.directory ?? '.';
  if (registerPlugin(tree)) logger.info(`connspec: added ${PLUGIN} to nx.json plugins`);
  const path = join(directory, connspec.CONFIG_FILE);
  if (tree.exists(path)) return logger.info(`connspec: ${path} already exists; left as it is`);
  const plan = connspec.planInit(join(tree.root, directory), { ...(options.schemas ? { schemas: options.schemas } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  if (plan.text === undefined) return;
  tree.write(path, plan.text);
  logger.info(`connspec: wrote ${path} (${plan.notes.join('; ')})`);
}

export default initGenerator;

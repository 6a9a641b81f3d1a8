import { logger, type Tree } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawScaffoldOptions, SchemaStore } from 'connspec';
import { loadConnspec } from '../../connspec';

export interface ConnectorGeneratorOptions extends RawScaffoldOptions {
  /** The config whose schema tree gets the connector, relative to the workspace root. */
  readonly config?: string;
}

function listJson(tree: Tree, dir: string, prefix: string, out: string[]): void {
  for (const child of tree.children(dir)) {
    const full = `${dir}/${child}`;
    const rel = prefix === '' ? child : `${prefix}/${child}`;
    if (tree.isFile(full)) {
      if (child.endsWith('.json')) out.push(rel);
    } else listJson(tree, full, rel, out);
  }
}

/** A schema store over the Nx tree (sees earlier generator changes, writes nothing itself). */
export function treeStore(tree: Tree, schemaDir: string): SchemaStore {
  return {
    read: (path) => tree.read(`${schemaDir}/${path}`, 'utf-8') ?? undefined,
    list: () => {
      const out: string[] = [];
      listJson(tree, schemaDir, '', out);
      return out.sort();
    },
  };
}

/** `nx g @connspec/nx:connector`: plans, validates the result in memory, and only then writes into the tree. */
export async function connectorGenerator(tree: Tree, options: ConnectorGeneratorOptions): Promise<void> {
  const connspec = await loadConnspec(tree.root);
  const { config: configPath = '.connspec.json', ...scaffold } = options;
  const file = join(tree.root, configPath);
  // Without a config, the scaffold's own conventions (the connspec preset: OpenMetadata's layout, schemaVersion) apply.
  const config = existsSync(file) ? connspec.loadConfig(file) : connspec.loadConfig(tree.root, { preset: 'connspec' });
  const schemaDir = relative(tree.root, config.schemaRoot).split('\\').join('/');
  const store = treeStore(tree, schemaDir);
  const plan = connspec.planScaffold(store, scaffold, config.baseUrl, (f) => tree.read(f, 'utf-8') ?? readFileSync(join(tree.root, f), 'utf8'));
  const check = await connspec.checkPlan(config, store, plan.writes);
  if (check.diagnostics.length > 0) logger.warn(connspec.formatDiagnostics(check.diagnostics));
  if (!check.ok) throw new Error(`connspec: the scaffolded ${plan.options.tag} connector does not validate; nothing written`);
  for (const w of plan.writes) tree.write(`${schemaDir}/${w.path}`, w.text);
  logger.info(`connspec: ${plan.options.tag} (${plan.options.serviceType}) scaffolded and registered; validator: ${check.diagnostics.length} warning(s)`);
}

export default connectorGenerator;

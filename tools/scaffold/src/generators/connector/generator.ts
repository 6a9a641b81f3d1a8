import { logger, type Tree } from '@nx/devkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostics, loadConfig, type ConfigOverrides, type ConnspecConfig } from '@connspec/core';
import type { RawScaffoldOptions } from '../../options.js';
import { checkPlan, planScaffold, type SchemaStore } from '../../scaffold.js';

function treeConfig(tree: Tree): { config: ConnspecConfig; schemaDir: string } {
  const text = tree.read('.connspec.json', 'utf-8');
  const fromTree = (text ? JSON.parse(text) : {}) as ConfigOverrides;
  const schemaDir = fromTree.schemaRoot ?? 'schemas';
  return { config: loadConfig(tree.root, { ...fromTree, schemaRoot: join(tree.root, schemaDir) }), schemaDir };
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

function readFromTreeOrDisk(tree: Tree): (file: string) => string {
  return (file) => tree.read(file, 'utf-8') ?? readFileSync(join(tree.root, file), 'utf8');
}

/** `nx g @connspec/scaffold:connector`: plans, validates the result in memory, and only then writes into the tree. */
export async function connectorGenerator(tree: Tree, options: RawScaffoldOptions): Promise<void> {
  const { config, schemaDir } = treeConfig(tree);
  const store = treeStore(tree, schemaDir);
  const plan = planScaffold(store, options, config.baseUrl, readFromTreeOrDisk(tree));
  const check = await checkPlan(config, store, plan.writes);
  if (check.diagnostics.length > 0) logger.warn(formatDiagnostics(check.diagnostics));
  if (!check.ok) throw new Error(`connspec: the scaffolded ${plan.options.tag} connector does not validate; nothing written`);
  for (const w of plan.writes) tree.write(`${schemaDir}/${w.path}`, w.text);
  logger.info(`connspec: ${plan.options.tag} (${plan.options.serviceType}) scaffolded and registered; validator: ${check.diagnostics.length} warning(s)`);
}

export default connectorGenerator;

import { createNodesFromFiles, type CreateNodesV2 } from '@nx/devkit';
import { nodesForConfig, type ConnspecPluginOptions } from './nodes';

export type { ConnspecPluginOptions } from './nodes';

/**
 * Every `.connspec.json` becomes (or joins) a project with two inferred targets: `generate` writes
 * every output the config declares in one process (the analysis is shared by all outputs, so one
 * task is cheaper than one per output, and any schema edit changes them all anyway) and `validate`.
 * Both are cached on exact inputs: the config, the schema files it covers, and connspec itself.
 */
export const createNodesV2: CreateNodesV2<ConnspecPluginOptions> = [
  '**/.connspec.json',
  (configFiles, options, context) => createNodesFromFiles((file, opts, ctx) => nodesForConfig(file, opts ?? {}, ctx), configFiles, options ?? {}, context),
];

/** Nx 22 reads `createNodes` first; it is the same function. */
export const createNodes = createNodesV2;

export const name = '@connspec/nx';

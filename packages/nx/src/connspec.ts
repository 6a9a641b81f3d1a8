import { pathToFileURL } from 'node:url';

/** The part of connspec's library the plugin uses (connspec is ESM; this package is CommonJS for Nx). */
export type Connspec = typeof import('connspec');

/**
 * connspec as the workspace installed it (a peer dependency: the workspace chooses its version).
 * Loaded with import(): Nx loads plugins and generators with require(), connspec is an ES module.
 */
export async function loadConnspec(workspaceRoot: string): Promise<Connspec> {
  let entry: string;
  try {
    entry = require.resolve('connspec', { paths: [workspaceRoot, __dirname] });
  } catch {
    throw new Error('@connspec/nx needs the connspec package: npm install --save-dev connspec (in a workspace that builds connspec itself: npm run build)');
  }
  return (await import(pathToFileURL(entry).href)) as Connspec;
}

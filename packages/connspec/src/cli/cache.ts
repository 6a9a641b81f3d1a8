import type { Io, Values } from './command.js';

/** The cache folder a run uses: none with `--no-cache`, else connspec's (which the environment may move). */
export async function cacheOf(values: Values, io: Io): Promise<{ cacheDir?: string }> {
  if (values['no-cache'] === true) return {};
  const { defaultCacheRoot } = await import('../core/cache/store.js');
  return { cacheDir: defaultCacheRoot(io.env) };
}

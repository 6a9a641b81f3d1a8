import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, readConfig, ruleCatalogue, type ConfigOverrides, type ConfigVocabulary, type ConnspecConfig, type Generator } from '../core/index.js';
import { BUILTIN_GENERATORS } from '../targets/index.js';

/** What every library call may be given: the generators (targets) it knows. Default: connspec's own. */
export interface ToolOptions {
  readonly generators?: readonly Generator[];
}

export const generatorsOf = (options: ToolOptions = {}): readonly Generator[] => options.generators ?? BUILTIN_GENERATORS;

/** The names a config may use with these generators: rule ids, targets and their options. */
export function vocabulary(options: ToolOptions = {}): ConfigVocabulary {
  const generators = generatorsOf(options);
  return { rules: ruleCatalogue(generators), generators };
}

/**
 * The run's config. `path` is a config file, or a folder: its `.connspec.json` when there is one,
 * else the defaults with paths relative to that folder. Overrides (command-line flags) win.
 * Throws ConfigError (every problem at its line and key) when the file is not a valid config.
 */
export function loadConfig(path: string = process.cwd(), overrides: ConfigOverrides = {}, options: ToolOptions = {}): ConnspecConfig {
  const isFile = existsSync(path) && statSync(path).isFile();
  const folder = isFile ? join(path, '..') : path;
  const file = isFile ? path : existsSync(join(path, CONFIG_FILE)) ? join(path, CONFIG_FILE) : undefined;
  return readConfig(file, folder, vocabulary(options), overrides);
}

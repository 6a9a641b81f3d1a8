import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE, type ConfigOverrides, type ConnspecConfig } from '../core/config/config.js';
import { UsageError } from '../core/diagnostics.js';
import type { Flags, Io, Values } from './command.js';

/** The flags every command that reads the catalogue takes. */
export const CONFIG_FLAGS: Flags = {
  config: { type: 'string', value: '<file>', description: `Config file (default: the nearest ${CONFIG_FILE} in this folder or above).` },
  schemas: { type: 'string', value: '<dir>', description: 'Schema root, overriding the config\'s schemaRoot.' },
  out: { type: 'string', value: '<dir>', description: 'Output folder, overriding the config\'s outDir.' },
  'base-url': { type: 'string', value: '<url>', description: 'Base URL of the $ids, overriding the config\'s baseUrl.' },
};

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);

/** The overrides the flags give (`--schemas`, `--out`, `--base-url`), paths resolved against the working directory. */
function overridesFromFlags(values: Values, io: Io): ConfigOverrides {
  const at = (flag: string): string | undefined => {
    const v = str(values[flag]);
    return v === undefined ? undefined : resolve(io.cwd, v);
  };
  const baseUrl = str(values['base-url']);
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new UsageError(`--base-url ${baseUrl}: not an absolute URL (e.g. https://example.com/schema/)`);
  return {
    ...(at('schemas') ? { schemaRoot: at('schemas') } : {}),
    ...(at('out') ? { outDir: at('out') } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  };
}

/**
 * Where the config is: `--config` (which must exist unless `onDisk` is false: `--staged` reads it
 * from the git index), else the nearest `.connspec.json` upward; and the flags' overrides.
 */
export async function configLocation(values: Values, io: Io, onDisk = true): Promise<{ file: string; overrides: ConfigOverrides }> {
  const overrides = overridesFromFlags(values, io);
  const given = str(values.config);
  const at = given === undefined ? undefined : resolve(io.cwd, given);
  if (at !== undefined && onDisk && !existsSync(at)) throw new UsageError(`--config ${given}: no such file`);
  const { findConfigFile } = await import('../core/config/load.js');
  const file = at ?? findConfigFile(io.cwd);
  if (file === undefined) throw new UsageError(`no ${CONFIG_FILE} in ${io.cwd} or any folder above it; run "connspec init" to write one, or pass --config <file>`);
  return { file, overrides };
}

/** The config a command runs with: `--config`, else the nearest `.connspec.json` upward; flags win. */
export async function configFromFlags(values: Values, io: Io): Promise<ConnspecConfig> {
  const { file, overrides } = await configLocation(values, io);
  const { loadConfig } = await import('../api/config.js');
  return loadConfig(file, overrides);
}

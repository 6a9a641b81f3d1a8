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

/** The config a command runs with: `--config`, else the nearest `.connspec.json` upward; flags win. */
export async function configFromFlags(values: Values, io: Io): Promise<ConnspecConfig> {
  const at = (flag: string): string | undefined => {
    const v = str(values[flag]);
    return v === undefined ? undefined : resolve(io.cwd, v);
  };
  const baseUrl = str(values['base-url']);
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new UsageError(`--base-url ${baseUrl}: not an absolute URL (e.g. https://example.com/schema/)`);
  const overrides: ConfigOverrides = {
    ...(at('schemas') ? { schemaRoot: at('schemas') } : {}),
    ...(at('out') ? { outDir: at('out') } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  };
  const given = at('config');
  if (given !== undefined && !existsSync(given)) throw new UsageError(`--config ${str(values.config)}: no such file`);
  const { findConfigFile } = await import('../core/config/load.js');
  const file = given ?? findConfigFile(io.cwd);
  if (file === undefined) throw new UsageError(`no ${CONFIG_FILE} in ${io.cwd} or any folder above it; run "connspec init" to write one, or pass --config <file>`);
  const { loadConfig } = await import('../api/config.js');
  return loadConfig(file, overrides);
}

import { join } from 'node:path';
import { DiagnosticError, type Diagnostic } from '../diagnostics.js';
import { CONFIG_FILE, type ConnspecConfig } from './config.js';
import { displayPath, parseConfigFile } from './load.js';

/** The file name config diagnostics carry (the config file, or the one `connspec init` would write). */
export function configDisplayFile(config: Pick<ConnspecConfig, 'configFile' | 'workspace'>): string {
  return displayPath(config.configFile ?? join(config.workspace, CONFIG_FILE));
}

/**
 * A problem with what the config declares (no connections, no version keyword), placed in the config
 * file at `pointer` (or the nearest key that exists). Without a config file it names the file to create.
 */
export function configDiagnostic(config: Pick<ConnspecConfig, 'configFile' | 'configText' | 'workspace'>, pointer: string, rule: string, message: string, hint: string): Diagnostic {
  if (config.configFile === undefined) {
    return { severity: 'error', rule, file: configDisplayFile(config), line: 1, column: 1, pointer: '', message: `${message} (there is no ${CONFIG_FILE}; run connspec init to write one)`, hint };
  }
  const parsed = parseConfigFile(config.configFile, config.configText);
  return { severity: 'error', rule, file: parsed.path, ...parsed.locate(pointer), pointer, message, hint };
}

export function conventionError(config: Pick<ConnspecConfig, 'configFile' | 'configText' | 'workspace'>, pointer: string, message: string, hint: string, rule = 'no-connections'): DiagnosticError {
  return new DiagnosticError([configDiagnostic(config, pointer, rule, message, hint)]);
}

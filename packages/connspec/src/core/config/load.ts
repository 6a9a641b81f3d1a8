import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DiagnosticError, UsageError, type Diagnostic } from '../diagnostics.js';
import { parseSourceFile, type SourceFile } from '../load/source-file.js';
import { checkConfigFile } from './check.js';
import { CONFIG_DEFAULTS, CONFIG_FILE, type ConfigOverrides, type ConfigSettings, type ConnspecConfig } from './config.js';
import type { ConfigVocabulary } from './schema.js';
import { PRESET_IDS, presetById } from './presets.js';

/** Keys whose object values merge key by key over the preset's (a file adds a keyword without restating the preset's). */
const MERGED_KEYS = ['connections', 'keywords', 'rules', 'generators', 'semver', 'package'] as const;

/** `over` on top of `base`: plain keys replace, MERGED_KEYS merge one level deep (null clears). */
export function mergeSettings(base: ConfigSettings, over: ConfigOverrides): ConfigSettings {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const prior = out[key];
    const mergeable = (MERGED_KEYS as readonly string[]).includes(key) && isPlain(prior) && isPlain(value);
    out[key] = mergeable ? { ...prior, ...value } : value;
  }
  return out as unknown as ConfigSettings;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The config file is broken: every problem, each at its line and key. */
export class ConfigError extends DiagnosticError {
  override readonly name = 'ConfigError';
}

/** The nearest `.connspec.json` in `from` or a folder above it (as git and Nx find theirs), or undefined. */
export function findConfigFile(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    if (existsSync(file) && statSync(file).isFile()) return file;
    if (dirname(dir) === dir) return undefined;
  }
}

/** How a config file is named in messages: relative to the working directory when below it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
}

/** Parses the config file at `file`, or `text` when given (a config read from the git index) as if it were there. */
export function parseConfigFile(file: string, text?: string): SourceFile {
  if (text === undefined) text = readDisk(file);
  const parsed = parseSourceFile(displayPath(file), text);
  if (!parsed.ok) throw new ConfigError([{ ...parsed.diagnostic, rule: 'config-syntax' }]);
  if (parsed.diagnostics.length > 0) throw new ConfigError(parsed.diagnostics.map((d) => ({ ...d, rule: 'config-duplicate-key' })));
  return parsed.file;
}

function readDisk(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Reads and checks a config file (`file` undefined: defaults only), applies overrides, and resolves
 * paths against `workspace`. `text` stands in for the file's content (`validate --staged`: the index's).
 * Throws ConfigError with every problem the file has.
 */
export function readConfig(file: string | undefined, workspace: string, vocabulary: ConfigVocabulary, overrides: ConfigOverrides = {}, text?: string): ConnspecConfig {
  let fromFile: ConfigOverrides = {};
  if (file !== undefined) {
    const parsed = parseConfigFile(file, text);
    const problems = checkConfigFile(parsed, vocabulary);
    if (problems.length > 0) throw new ConfigError(problems);
    const { $schema: _s, $comment: _c, ...settings } = parsed.value as ConfigOverrides & { $schema?: unknown; $comment?: unknown };
    fromFile = settings;
  }
  const presetId = overrides.preset ?? fromFile.preset;
  const preset = presetId === undefined ? undefined : presetById(presetId);
  if (presetId !== undefined && preset === undefined) throw new UsageError(`unknown preset "${presetId}" (presets: ${PRESET_IDS.join(', ')})`);
  const merged = [preset?.settings ?? {}, fromFile, overrides].reduce<ConfigSettings>(mergeSettings, CONFIG_DEFAULTS);
  if (merged.connections !== null && !Array.isArray(merged.connections.paths)) {
    const problem = { rule: 'config-invalid', message: 'connections has no paths (neither this file nor a preset gives them)', hint: 'add "paths": ["<folder>/{name}.json"], or a "preset" that declares the layout' };
    if (file === undefined) throw new UsageError(`${problem.message}; ${problem.hint}`);
    const parsed = parseConfigFile(file, text);
    throw new ConfigError([{ severity: 'error', ...problem, file: parsed.path, ...parsed.locate('/connections'), pointer: '/connections' }]);
  }
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(workspace, p));
  const baseUrl = merged.baseUrl.endsWith('/') ? merged.baseUrl : `${merged.baseUrl}/`;
  return { ...merged, workspace: resolve(workspace), configFile: file === undefined ? undefined : resolve(file), ...(text === undefined ? {} : { configText: text }), baseUrl, schemaRoot: abs(merged.schemaRoot), outDir: abs(merged.outDir) };
}

const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Problems with the folders a run reads and writes: a missing schema root, outputs mixed into the schemas. */
function pathProblems(config: ConnspecConfig): { key: 'schemaRoot' | 'outDir'; message: string; hint: string }[] {
  const out: { key: 'schemaRoot' | 'outDir'; message: string; hint: string }[] = [];
  if (!existsSync(config.schemaRoot)) out.push({ key: 'schemaRoot', message: `the schema root ${config.schemaRoot} does not exist`, hint: 'set schemaRoot to the folder that holds your JSON Schemas (relative to the config file)' });
  else if (!statSync(config.schemaRoot).isDirectory()) out.push({ key: 'schemaRoot', message: `the schema root ${config.schemaRoot} is not a folder`, hint: 'set schemaRoot to the folder that holds your JSON Schemas, not to one file' });
  if (inside(config.outDir, config.schemaRoot)) out.push({ key: 'outDir', message: `the output folder ${config.outDir} is inside the schema root ${config.schemaRoot}`, hint: 'put outDir beside the schemas (e.g. "generated"): generated JSON would otherwise be read as schemas' });
  else if (inside(config.schemaRoot, config.outDir)) out.push({ key: 'outDir', message: `the schema root ${config.schemaRoot} is inside the output folder ${config.outDir}`, hint: 'put outDir beside the schemas (e.g. "generated")' });
  return out;
}

/**
 * Checks the folders a disk run needs. A problem with a path the config file set is a ConfigError at
 * that key; one with a path given by a flag or a caller is a UsageError.
 */
export function checkConfigPaths(config: ConnspecConfig): void {
  const problems = pathProblems(config);
  if (problems.length === 0) return;
  const parsed = config.configFile ? parseConfigFile(config.configFile, config.configText) : undefined;
  const value = (parsed?.value ?? {}) as Record<string, unknown>;
  const located = problems.filter((p) => parsed !== undefined && resolve(config.workspace, String(value[p.key] ?? CONFIG_DEFAULTS[p.key])) === config[p.key]);
  if (located.length === 0 || parsed === undefined) throw new UsageError(problems.map((p) => `${p.message}; ${p.hint}`).join('\n'));
  const diagnostics = located.map((p): Diagnostic => {
    const pointer = p.key in value ? `/${p.key}` : '';
    return { severity: 'error', rule: 'config-path', file: parsed.path, ...parsed.locate(pointer), pointer, message: p.message, hint: p.hint };
  });
  throw new ConfigError(diagnostics);
}

import { DiagnosticError, withoutJson, type Diagnostic, type IR } from '../../core/index.js';
import { PYTHON_LANGUAGE } from './language.js';
import { identifierWords } from './names.js';

/** Runtime modules the generator writes into the package root, next to the schema tree. */
export const RUNTIME_MODULES = ['_connspec', '_checks', '_rules', '_formats'] as const;

/**
 * One path segment as a Python identifier, deterministically: NFKC (as Python normalises
 * identifiers), snake_case by words (`validateSSLClientConfig` → `validate_ssl_client_config`), a
 * `schema_` prefix before a leading digit, and a trailing `_` on a keyword.
 */
export function moduleSegment(text: string): string {
  const words = identifierWords(text).map((w) => w.toLowerCase());
  let name = words.join('_') || 'schema';
  if (/^\p{N}/u.test(name) || !/^[\p{ID_Start}_]/u.test(name)) name = `schema_${name}`;
  return PYTHON_LANGUAGE.keywords.has(name) ? `${name}_` : name;
}

/** `entity/services/mysqlConnection.json` → `['entity', 'services', 'mysql_connection']` (inside the package). */
export function moduleParts(schemaPath: string): string[] {
  return withoutJson(schemaPath).split('/').map(moduleSegment);
}

/**
 * The module of every schema file, checked so that no two files (or a file and a folder) share a
 * module: a clash is an error naming both files, never a numbered suffix.
 */
export function moduleMap(ir: IR): ReadonlyMap<string, readonly string[]> {
  const modules = new Map<string, readonly string[]>();
  const owners = new Map<string, string>();
  const clashes: Diagnostic[] = [];
  const claim = (key: string, owner: string, schema: string): void => {
    const other = owners.get(key);
    if (other !== undefined && other !== owner) clashes.push(moduleClash(key, other, owner, schema));
    owners.set(key, owner);
  };
  for (const file of ir.files) {
    const parts = moduleParts(file.path);
    const folders = file.path.split('/').slice(0, -1);
    for (let i = 1; i < parts.length; i++) claim(parts.slice(0, i).join('.'), `${folders.slice(0, i).join('/')}/`, file.path);
    claim(parts.join('.'), file.path, file.path);
    modules.set(file.path, parts);
  }
  if (clashes.length > 0) throw new DiagnosticError(clashes);
  return modules;
}

/** `from ..x import y`: the relative import of module `to` from inside module `from`. */
export function relativeImport(from: readonly string[], to: readonly string[]): { from: string; name: string } {
  const here = from.slice(0, -1);
  let common = 0;
  while (common < here.length && common < to.length - 1 && here[common] === to[common]) common++;
  const dots = '.'.repeat(here.length - common + 1);
  return { from: `${dots}${to.slice(common, -1).join('.')}`, name: to[to.length - 1] ?? '' };
}

/**
 * Aliases for the modules one module imports: `_m_` plus the shortest tail of the module path that
 * no other import of that module shares (segments never contain `__`, so tails cannot collide).
 */
export function moduleAliases(modules: readonly (readonly string[])[]): Map<string, string> {
  const out = new Map<string, string>();
  const keys = [...new Set(modules.map((m) => m.join('.')))];
  for (const key of keys) {
    const parts = key.split('.');
    for (let n = 1; n <= parts.length; n++) {
      const tail = parts.slice(-n).join('__');
      const shared = keys.some((k) => k !== key && k.split('.').slice(-n).join('__') === tail);
      if (!shared) {
        out.set(key, `_m_${tail}`);
        break;
      }
    }
  }
  return out;
}

/** Two schema files (or a file and a folder) whose names differ only where Python module names cannot. */
function moduleClash(key: string, other: string, owner: string, schema: string): Diagnostic {
  return {
    severity: 'error',
    rule: 'python-module-clash',
    file: schema,
    line: 1,
    column: 1,
    pointer: '',
    message: `${owner} and ${other} map to the same Python module or package "${key}"`,
    hint: 'rename one of them so their names differ in letters or digits (Python module names keep only those, lower-cased)',
  };
}

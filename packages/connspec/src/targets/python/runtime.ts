import { readFileSync } from 'node:fs';
import { bannerText, type GeneratedFile } from '../../core/index.js';
import { RUNTIME_MODULES } from './paths.js';
import { PyWriter } from './writer.js';

/** Settings the runtime module binds: the base class and the secret type, as `module.Name`. */
export interface RuntimeSettings {
  readonly baseClass: string;
  readonly secretType: string;
}

/**
 * The runtime modules, copied from `runtime/*.py` (real Python, type-checked with the output).
 * `_connspec.py` starts with the configured imports.
 */
export function runtimeFiles(packageDir: string, settings: RuntimeSettings): GeneratedFile[] {
  return RUNTIME_MODULES.map((name) => {
    const body = readFileSync(new URL(`../../../runtime/python/${name}.py`, import.meta.url), 'utf8');
    const head = new PyWriter().line(`# ${bannerText(`connspec runtime/python/${name}.py`)}`).blank();
    if (name === '_connspec') head.lines([importAs(settings.baseClass, '_Base'), importAs(settings.secretType, '_SecretType')]).blank();
    return { path: `${packageDir}/${name}.py`, contents: `${head.toString()}${body}` };
  });
}

function importAs(dotted: string, alias: string): string {
  const at = dotted.lastIndexOf('.');
  return `from ${dotted.slice(0, at)} import ${dotted.slice(at + 1)} as ${alias}`;
}

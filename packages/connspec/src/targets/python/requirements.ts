import { bannerText, type GeneratedFile } from '../../core/index.js';
import { PyWriter } from './writer.js';

/**
 * The Python packages generated models import at run time, as pip requirement specifiers: Pydantic
 * always (`validate_by_name`/`validate_by_alias` came with 2.11), the `regex` package only when a
 * pattern needs it (see regex.ts). The versions are the ranges the output is written for; the repo's
 * venv pins one version of each (tools/python/requirements.txt).
 */
export const PYTHON_RUNTIME_REQUIREMENTS = {
  pydantic: { specifier: 'pydantic>=2.11,<3', why: 'the models and their validation' },
  regex: { specifier: 'regex>=2025.11.3', why: "patterns Python's re cannot run: a look-behind of variable width, \\p{…} property escapes" },
} as const;

export type PythonRequirement = keyof typeof PYTHON_RUNTIME_REQUIREMENTS;

/** What a generated package needs at run time: Pydantic, then what the modules asked for, in a fixed order. */
export function runtimeRequirements(used: Iterable<PythonRequirement>): PythonRequirement[] {
  const asked = new Set(used);
  return (Object.keys(PYTHON_RUNTIME_REQUIREMENTS) as PythonRequirement[]).filter((r) => r === 'pydantic' || asked.has(r));
}

/** `requirements.txt` beside the package: one specifier a line, each with why it is there. */
export function requirementsFile(requirements: readonly PythonRequirement[]): GeneratedFile {
  const w = new PyWriter().comment(bannerText('connspec')).comment('The packages the generated models need at run time: pip install -r requirements.txt');
  for (const r of requirements) w.line(`${PYTHON_RUNTIME_REQUIREMENTS[r].specifier}  # ${PYTHON_RUNTIME_REQUIREMENTS[r].why}`);
  return { path: 'requirements.txt', contents: w.toString() };
}

/** The specifiers a `requirements.txt` written by requirementsFile lists (what the package step declares). */
export function requirementsIn(file: GeneratedFile | undefined): string[] {
  return (file?.contents ?? '').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.replace(/\s+#.*$/, '').trim());
}

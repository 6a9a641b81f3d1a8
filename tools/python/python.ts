/**
 * The Python side of checking generated Pydantic models: the venv (tools/python/setup-venv.sh),
 * strict pyright (tools/python/pyrightconfig.json) and one-process model checks
 * (tools/python/check_models.py). Used by the tests and by the OpenMetadata corpus run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');

let python: string | undefined;

/** Builds the venv if its requirements changed (idempotent, fast when current) and returns its python. */
export function ensureVenv(): string {
  python ??= execFileSync('bash', [join(HERE, 'setup-venv.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').at(-1) ?? '';
  return python;
}

/**
 * Strict pyright over a folder of generated Python, resolving imports in the venv; returns its
 * report ('' when clean). Writes a pyrightconfig.json that extends tools/python/pyrightconfig.json.
 */
export function pyrightStrict(dir: string): string {
  const { status, output } = runPyright(dir);
  return status === 0 ? '' : output;
}

/**
 * Strict pyright over a folder holding several cases, once: each file's errors (with the lines
 * that continue them) under its path relative to `dir`, `/`-separated; a run that failed for
 * another reason (exit > 1) under ''. A file with no entry is clean, as `pyrightStrict` on it
 * alone would say.
 */
export function pyrightErrorsByFile(dir: string): Map<string, string> {
  const { status, output } = runPyright(dir);
  const out = new Map<string, string>();
  if (status !== 0 && status !== 1) return out.set('', output);
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const at = /^ {2}(\S.*?\.pyi?):\d+:\d+ - (error|warning|information): /.exec(line);
    if (at) file = at[2] === 'error' ? relative(dir, at[1] ?? '').split(sep).join('/') : undefined;
    else if (!/^ {4}/.test(line)) file = undefined;
    if (file !== undefined) out.set(file, `${out.get(file) ?? ''}${line}\n`);
  }
  // A failed run with no error at a file failed for another reason.
  return status === 1 && out.size === 0 ? out.set('', output) : out;
}

function runPyright(dir: string): { status: number | null; output: string } {
  const venvPython = ensureVenv();
  const venv = dirname(dirname(venvPython));
  const config = { extends: join(HERE, 'pyrightconfig.json'), include: ['.'], exclude: ['**/__pycache__'], venvPath: dirname(venv), venv: venv.split('/').at(-1) };
  writeFileSync(join(dir, 'pyrightconfig.json'), JSON.stringify(config, null, 2));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/pyright/index.js'), '-p', join(dir, 'pyrightconfig.json')], { encoding: 'utf8', cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` || String(r.error) };
}

export interface SampleJob {
  readonly id: string;
  readonly module: string;
  readonly class: string;
  readonly value?: unknown;
  /** The sample's JSON text, read exactly (instead of `value`). */
  readonly text?: string;
}

export interface SampleResult {
  readonly id: string;
  readonly accepted: boolean;
  readonly acceptedJson: boolean;
  readonly errors: readonly { readonly pointer: string; readonly loc: readonly (string | number)[]; readonly type: string; readonly msg: string }[];
  readonly roundTrip?: boolean;
  readonly dumped?: unknown;
  readonly dumpedFull?: unknown;
  /** `model_validate_json(text).model_dump_json()`, whether it equals the input exactly, and repr() + str(). */
  readonly written?: string;
  readonly exact?: boolean;
  readonly shown?: string;
}

export interface Described {
  readonly module: string;
  readonly class: string;
  readonly doc: string | null;
  readonly fields?: Readonly<Record<string, { readonly alias: string | null; readonly title: string | null; readonly description: string | null }>>;
  readonly members?: Readonly<Record<string, unknown>>;
}

export interface ModelCheckResult {
  readonly imports: readonly { readonly module: string; readonly ok: boolean; readonly error?: string }[];
  readonly samples: readonly SampleResult[];
  readonly describe: readonly Described[];
}

/**
 * Imports every module standalone, runs every sample through its model and describes the classes
 * asked for, in one Python process.
 */
export function checkModels(root: string, packageName: string, modules: readonly string[], samples: readonly SampleJob[], describe: readonly { module: string; class: string }[] = []): ModelCheckResult {
  const job = join(mkdtempSync(join(tmpdir(), 'connspec-py-job-')), 'job.json');
  writeFileSync(job, JSON.stringify({ root, package: packageName, modules, samples, describe }));
  const out = execFileSync(ensureVenv(), ['-X', 'utf8', join(HERE, 'check_models.py'), job], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONWARNINGS: 'error::DeprecationWarning' } });
  return JSON.parse(out) as ModelCheckResult;
}

/** Dotted module names (inside the package) of every `.py` file below `packageDir`, packages included (`''` is the root). */
export function pythonModules(packageDir: string): string[] {
  return readdirSync(packageDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.py'))
    .map((e) => relative(packageDir, join(e.parentPath, e.name)).split(sep).join('/').replace(/\.py$/, '').replace(/\/?__init__$/, ''))
    .map((m) => m.split('/').join('.'))
    .sort();
}

/**
 * For a run over a corpus (tools/openmetadata): '' when the generated package under
 * `<out>/python` imports module by module and is clean under strict pyright, else what failed.
 */
export function checkPythonOutput(out: string, packageName = 'connspec_models'): string {
  const dir = join(out, 'python');
  if (!existsSync(join(dir, packageName))) return `no python package in ${dir}`;
  const failed = checkModels(dir, packageName, pythonModules(join(dir, packageName)), []).imports.filter((i) => !i.ok);
  const typed = pyrightStrict(dir);
  const problems = [...failed.map((f) => `import ${packageName}.${f.module} failed:\n${f.error ?? ''}`), ...(typed ? [`pyright --strict failed on ${dir}:\n${typed.split('\n').slice(0, 40).join('\n')}`] : [])];
  return problems.join('\n');
}

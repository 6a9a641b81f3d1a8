/**
 * `connspec package`: every chosen target's output, generated in memory (never a stale generated/),
 * staged as its packager plans and built by the ecosystem's own builder (PEP 517 backend, Maven, tsc
 * + npm pack) in a temp folder. Builds are reproducible: every command runs with a fixed
 * SOURCE_DATE_EPOCH, and the staged files are the deterministic generated ones. The artifacts replace
 * the previous ones in `<package.outDir>/<target>/` only when every build succeeded.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_PACKAGE_DIR, packageMetadata, packageVersion, allTargetSettings, UsageError, type BuildCommand, type ConnspecConfig, type Diagnostic, type Generator, type PackagePlan } from '../core/index.js';
import { generatorsOf, type ToolOptions } from './config.js';
import { generate } from './generate.js';

/** 1980-01-01T00:00:00Z, the earliest time a zip entry (wheel, jar) can hold: every build's timestamp. */
export const SOURCE_DATE_EPOCH = '315532800';

export interface PackageOptions extends ToolOptions {
  /** Targets to package; default: every target that has a packager (of the config's targets, if it names some). */
  readonly targets?: readonly string[];
  /** Where the builders are: `python` (default $CONNSPEC_PYTHON, else python3), `mvn`, `npm`. */
  readonly commands?: Readonly<Record<string, string>>;
}

export interface PackageReport {
  readonly target: string;
  /** The artifacts, absolute paths, with their SHA-256. */
  readonly artifacts: readonly { readonly file: string; readonly sha256: string }[];
  readonly publish: string;
}

export interface PackageResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly reports: readonly PackageReport[];
  readonly version?: string;
}

/** The targets to package: the named ones (each must have a packager), else every one that has one. */
export function packagedTargets(config: ConnspecConfig, options: PackageOptions): Generator[] {
  const all = generatorsOf(options);
  const withPackager = all.filter((g) => g.packager !== undefined);
  if (options.targets === undefined) return withPackager.filter((g) => config.targets === undefined || config.targets.includes(g.target));
  return [...new Set(options.targets)].sort().map((name) => {
    const found = withPackager.find((g) => g.target === name);
    if (found) return found;
    throw new UsageError(`target "${name}" has no package step (targets that do: ${withPackager.map((g) => g.target).join(', ')})`);
  });
}

export async function packageOutputs(config: ConnspecConfig, options: PackageOptions = {}): Promise<PackageResult> {
  const chosen = packagedTargets(config, options);
  const needed = [...new Set(chosen.flatMap((g) => [g.target, ...(g.packager?.needs ?? [])]))];
  const generated = await generate(config, { ...options, targets: needed, write: false });
  if (!generated.ok || generated.ir === undefined) return { ok: false, diagnostics: generated.diagnostics, reports: [] };
  const version = packageVersion(config.package, generated.ir);
  if (version === undefined) throw new UsageError('no version to give the packages: set "package": { "version": "1.0.0" } in the config, or give the connections a version (connections.version)');
  const input = { ir: generated.ir, files: generated.files, version, metadata: packageMetadata(config.package), targetSettings: allTargetSettings(config, generatorsOf(options)) };
  const work = mkdtempSync(join(tmpdir(), 'connspec-package-'));
  try {
    const built = chosen.map((g) => ({ target: g.target, plan: g.packager!.plan(input) })).map(({ target, plan }) => ({ target, plan, files: build(target, plan, join(work, target), options) }));
    const root = resolve(config.workspace, config.package.outDir ?? DEFAULT_PACKAGE_DIR);
    const reports = built.map(({ target, plan, files }) => keep(files, join(root, target), target, plan));
    return { ok: true, diagnostics: generated.diagnostics, reports, version };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Stages the plan's files and runs its commands there; returns the artifacts' paths (each must exist). */
function build(target: string, plan: PackagePlan, stage: string, options: PackageOptions): string[] {
  for (const f of plan.files) {
    mkdirSync(dirname(join(stage, f.path)), { recursive: true });
    writeFileSync(join(stage, f.path), f.contents);
  }
  for (const step of plan.build) run(target, step, stage, options);
  const missing = plan.artifacts.filter((a) => !existsSync(join(stage, a)));
  if (missing.length) throw new UsageError(`${target}: the build finished without ${missing.join(', ')} (a builder version that names its artifacts otherwise?)`);
  return plan.artifacts.map((a) => join(stage, a));
}

function run(target: string, step: BuildCommand, cwd: string, options: PackageOptions): void {
  const [command, ...prefix] = commandLine(step.command, options);
  const args = [...prefix, ...step.args];
  const env = { ...process.env, SOURCE_DATE_EPOCH, TZ: 'UTC', LC_ALL: 'C', PYTHONHASHSEED: '0' };
  const r = spawnSync(command ?? step.command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${target}: "${command}" was not found; ${step.install}`);
  if (r.status !== 0) throw new UsageError(`${target}: \`${[step.command, ...step.args].join(' ')}\` failed (exit ${r.status ?? r.signal}):\n${`${r.stdout}${r.stderr}`.trim().split('\n').slice(-25).join('\n')}`);
}

/** The command line a logical command name runs: tsc is connspec's own TypeScript; the others are found on PATH (or configured). */
function commandLine(name: string, options: PackageOptions): string[] {
  const configured = options.commands?.[name];
  if (configured !== undefined) return [configured];
  if (name === 'tsc') return [process.execPath, createRequire(import.meta.url).resolve('typescript/bin/tsc')];
  if (name === 'python') return [process.env.CONNSPEC_PYTHON ?? 'python3'];
  return [name];
}

/** Copies the artifacts into their folder, replacing what an earlier `connspec package` put there (and only that). */
function keep(files: readonly string[], to: string, target: string, plan: PackagePlan): PackageReport {
  mkdirSync(to, { recursive: true });
  const record = join(to, '.connspec-package.json');
  const earlier = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { files: string[] }).files : [];
  for (const name of earlier) rmSync(join(to, name), { force: true });
  const names = files.map((f) => basename(f));
  files.forEach((f, i) => copyFileSync(f, join(to, names[i] ?? '')));
  writeFileSync(record, `${JSON.stringify({ target, files: names }, null, 2)}\n`);
  const artifacts = names.map((name) => ({ file: join(to, name), sha256: createHash('sha256').update(readFileSync(join(to, name))).digest('hex') }));
  return { target, artifacts, publish: plan.publish };
}

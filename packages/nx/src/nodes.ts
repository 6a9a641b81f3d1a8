import type { CreateNodesContextV2, CreateNodesResult, TargetConfiguration } from '@nx/devkit';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadConnspec } from './connspec';

/** The plugin's options in nx.json (`{ "plugin": "@connspec/nx", "options": { ... } }`), with their defaults. */
export interface ConnspecPluginOptions {
  /** Name of the inferred target that runs `connspec generate`. */
  readonly generateTargetName?: string;
  /** Name of the inferred target that runs `connspec validate`. */
  readonly validateTargetName?: string;
  /** Name of the inferred target that builds every package (`<name>-<target>` builds one). */
  readonly packageTargetName?: string;
}

type Input = NonNullable<TargetConfiguration['inputs']>[number];

const posix = (p: string): string => p.split(sep).join('/');
const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

/** `{workspaceRoot}/<path>`: Nx reads inputs and outputs relative to the workspace, never absolute. */
const fromRoot = (workspaceRoot: string, abs: string): string => `{workspaceRoot}/${posix(relative(workspaceRoot, abs)) || '.'}`;

/**
 * What identifies the connspec that runs: from npm, its version (and its dependencies', which Nx
 * hashes with it). When connspec is a package of this very workspace (connspec's own repository),
 * Nx knows it as a project, not an npm package: then its sources are the input and its build runs first.
 */
export function toolInputs(workspaceRoot: string): { inputs: Input[]; dependsOn: TargetConfiguration['dependsOn'] } {
  let dir: string;
  try {
    dir = realpathSync(dirname(require.resolve('connspec/package.json', { paths: [workspaceRoot] })));
  } catch {
    return { inputs: [{ externalDependencies: ['connspec'] }], dependsOn: [] };
  }
  if (!inside(dir, workspaceRoot) || dir.split(sep).includes('node_modules')) return { inputs: [{ externalDependencies: ['connspec'] }], dependsOn: [] };
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
  const at = fromRoot(workspaceRoot, dir);
  const files: Input[] = [`${at}/src/**/*`, `${at}/runtime/**/*`, `${at}/package.json`];
  return { inputs: [...files, { externalDependencies: Object.keys(pkg.dependencies ?? {}).sort() }], dependsOn: [{ projects: [pkg.name], target: 'build' }] };
}

const metadata = (description: string) => ({ description, technologies: ['connspec'] });

function target(command: string, inputs: Input[], outputs: string[], dependsOn: TargetConfiguration['dependsOn'], description: string): TargetConfiguration {
  return { command, options: { cwd: '{projectRoot}' }, cache: true, inputs, outputs, ...(dependsOn && dependsOn.length > 0 ? { dependsOn } : {}), metadata: metadata(description) };
}

/** Inputs and outputs as the config says; a config connspec refuses still gets targets, which then print why. */
async function plan(root: string, configFile: string) {
  const { loadConfig, selectTargets, packagedTargets, DEFAULT_PACKAGE_DIR } = await loadConnspec(root);
  try {
    const config = loadConfig(join(root, configFile));
    const outputs = selectTargets(config, {}).map((g) => fromRoot(root, join(config.outDir, g.target)));
    const packageDir = resolve(config.workspace, config.package.outDir ?? DEFAULT_PACKAGE_DIR);
    const packages = packagedTargets(config, {}).map((g) => ({ target: g.target, output: fromRoot(root, join(packageDir, g.target)) }));
    return { schemas: [`${fromRoot(root, config.schemaRoot)}/**/*.json`], outputs, packages, about: `${posix(relative(root, config.schemaRoot))} into ${posix(relative(root, config.outDir))}` };
  } catch (error) {
    if (!(error instanceof Error) || !['ConfigError', 'UsageError'].includes(error.name)) throw error;
    return { schemas: ['{projectRoot}/**/*.json'], outputs: [], packages: [], about: `(${configFile} is not a valid config: run the target to see why)` };
  }
}

/**
 * The targets one `.connspec.json` gives its project: generate (every output, cached), validate, and
 * per packaged target `package-<target>` (its artifacts, cached; after generate) with `package` running them all.
 */
export async function nodesForConfig(configFile: string, options: ConnspecPluginOptions, context: CreateNodesContextV2): Promise<CreateNodesResult> {
  const root = context.workspaceRoot;
  const projectRoot = posix(dirname(configFile));
  const file = basename(configFile);
  const { schemas, outputs, packages, about } = await plan(root, configFile);
  const tool = toolInputs(root);
  const inputs: Input[] = [`{projectRoot}/${file}`, ...schemas, ...tool.inputs];
  const generateName = options.generateTargetName ?? 'generate';
  const packageName = options.packageTargetName ?? 'package';
  const generate = target(`connspec generate --config ${file}`, inputs, outputs, tool.dependsOn, `Generate connspec's outputs from ${about}`);
  const validate = target(`connspec validate --config ${file}`, inputs, [], tool.dependsOn, `Validate the connspec schemas (${about})`);
  const afterGenerate = [...(tool.dependsOn ?? []), generateName];
  const perTarget = Object.fromEntries(packages.map((p) => [`${packageName}-${p.target}`, target(`connspec package --config ${file} --target ${p.target}`, inputs, [p.output], afterGenerate, `Build the ${p.target} package (${about})`)]));
  const all: TargetConfiguration = { executor: 'nx:noop', dependsOn: Object.keys(perTarget).sort(), metadata: metadata(`Build every package (${about})`) };
  const named = existsSync(join(root, projectRoot, 'project.json')) || existsSync(join(root, projectRoot, 'package.json'));
  const project = { root: projectRoot, ...(named ? {} : { name: projectRoot === '.' ? 'connspec-schemas' : projectRoot.replace(/\//g, '-') }) };
  const targets = { [generateName]: generate, [options.validateTargetName ?? 'validate']: validate, ...perTarget, ...(packages.length ? { [packageName]: all } : {}) };
  return { projects: { [projectRoot]: { ...project, targets } } };
}

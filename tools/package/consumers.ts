/**
 * Fresh consumers of the packages `connspec package` builds, each used the way a connector author
 * would, outside the repository: a venv with only the wheel (pip resolves what it declares), a Maven
 * project depending on the installed jar, an npm project with the tarball. Each returns its problems
 * ([] when the consumer is satisfied); the package tests run them on connspec's own schemas, the
 * OpenMetadata corpus run on OpenMetadata's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowered, schemaBaseName, type ConnspecConfig, type IR } from '@connspec/core';
import { javaSettings, javaTypeNames } from '@connspec/generator-java';
import type { PackageReport } from 'connspec';
import { pythonSettings } from '../../packages/connspec/src/targets/python/options.js';
import { typescriptSettings } from '../../packages/connspec/src/targets/typescript/options.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

/** What a consumer of one connection needs to name, in each language. */
export interface ConsumerCase {
  readonly tag: string;
  readonly typescript: { readonly packageName: string; readonly typeName: string; readonly stepsName: string; readonly step: string; readonly fixtureModule: string };
  readonly python: { readonly packageName: string };
  readonly java: { readonly model: string; readonly mapper: string; readonly groupId: string; readonly artifactId: string };
}

/** The names of connection `tag` in every language, as the generators give them. */
export function consumerCase(ir: IR, config: ConnspecConfig, tag: string): ConsumerCase {
  const file = ir.files.find((f) => f.connection?.tag === tag);
  const decl = file ? ir.declarations.get(file.root) : undefined;
  if (!file?.connection || !decl) throw new Error(`no connection with the tag ${tag}`);
  const java = javaSettings(config.generators.java ?? {});
  return {
    tag,
    typescript: {
      packageName: typescriptSettings(config.generators.typescript).packageName,
      typeName: decl.name,
      stepsName: lowered(ir).testStepNames.names.get(file.path) ?? '',
      step: lowered(ir).testConnection(file).steps[0]?.name ?? '',
      fixtureModule: `${file.connection.serviceType}/${schemaBaseName(file.path)}`,
    },
    python: { packageName: pythonSettings(config.generators.python).packageName },
    java: { model: javaTypeNames(ir, java).get(file.root) ?? '', mapper: `${java.basePackage}.ConnspecJson`, groupId: java.groupId, artifactId: java.artifactId },
  };
}

const artifact = (report: PackageReport, suffix: string): string => {
  const found = report.artifacts.find((a) => a.file.endsWith(suffix));
  if (!found) throw new Error(`${report.target}: no artifact ending in ${suffix}`);
  return found.file;
};

interface Verdicts {
  readonly accepted: number;
  readonly rejected: number;
  readonly wrong: readonly string[];
  readonly problems: readonly string[];
}

/** Every fixture's verdict right, and at least one valid and one invalid fixture seen. */
function verdictProblems(language: string, v: Verdicts): string[] {
  const none = v.accepted === 0 || v.rejected === 0 ? [`${language}: ${v.accepted} fixtures accepted, ${v.rejected} rejected (a consumer must see both)`] : [];
  return [...none, ...v.wrong.map((f) => `${language}: ${f} got the wrong verdict`), ...v.problems.map((p) => `${language}: ${p}`)];
}

export function pythonConsumer(report: PackageReport, c: ConsumerCase): string[] {
  const venv = mkdtempSync(join(tmpdir(), 'connspec-python-consumer-'));
  execFileSync('python3', ['-m', 'venv', venv], { stdio: 'pipe' });
  const python = join(venv, 'bin/python');
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', artifact(report, '.whl')], { stdio: 'pipe' });
  return verdictProblems('python', JSON.parse(execFileSync(python, [join(HERE, 'consumer.py'), c.python.packageName, c.tag], { cwd: venv, encoding: 'utf8' })) as Verdicts);
}

const mvn = (cwd: string, ...args: string[]): string => execFileSync('mvn', ['-B', '-q', '-ntp', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The consumer's pom: the installed jar, and Hibernate Validator (with its EL) as the user's choice of provider. */
function consumerPom(c: ConsumerCase, version: string): string {
  const dep = (g: string, a: string, v: string): string => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
  const deps = [dep(c.java.groupId, c.java.artifactId, version), dep('org.hibernate.validator', 'hibernate-validator', '8.0.1.Final'), dep('org.glassfish.expressly', 'expressly', '5.0.0')];
  return `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>consumer</groupId><artifactId>consumer</artifactId><version>1</version><dependencies>${deps.join('')}</dependencies></project>\n`;
}

export function javaConsumer(report: PackageReport, version: string, c: ConsumerCase): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'connspec-java-consumer-'));
  const base = `${c.java.artifactId}-${version}`;
  mvn(dir, 'org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file', `-Dfile=${artifact(report, `${base}.jar`)}`, `-DpomFile=${artifact(report, `${base}.pom`)}`, `-Dsources=${artifact(report, `${base}-sources.jar`)}`);
  writeFileSync(join(dir, 'pom.xml'), consumerPom(c, version));
  mvn(dir, 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath', '-Dmdep.outputFile=cp.txt');
  const classpath = readFileSync(join(dir, 'cp.txt'), 'utf8').trim();
  mkdirSync(join(dir, 'src'));
  copyFileSync(join(HERE, 'Consumer.java'), join(dir, 'src/Consumer.java'));
  execFileSync('javac', ['-Xlint:all', '-Werror', '-d', 'classes', '-cp', classpath, 'src/Consumer.java'], { cwd: dir, stdio: 'pipe' });
  const out = execFileSync('java', ['-cp', `classes:${classpath}`, 'consumer.Consumer', c.tag, c.java.model, c.java.mapper], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return verdictProblems('java', JSON.parse(out) as Verdicts);
}

/** A connector author's module: a type, a step constant, a shipped fixture; compiled by tsc --strict and run by node. */
function useModule(c: ConsumerCase['typescript']): string {
  return [
    `import type { ${c.typeName} } from '${c.packageName}';`,
    `import { ${c.stepsName} } from '${c.packageName}';`,
    `import { full } from '${c.packageName}/fixtures/${c.fixtureModule}';`,
    `const config: ${c.typeName} = full;`,
    `const step: ${c.stepsName} = ${c.stepsName}.${c.step};`,
    'console.log(JSON.stringify({ keys: Object.keys(config).length, step }));',
    '',
  ].join('\n');
}

function tsc(dir: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

export function typescriptConsumer(report: PackageReport, c: ConsumerCase): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'connspec-npm-consumer-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', artifact(report, '.tgz')], { cwd: dir, stdio: 'pipe' });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', outDir: 'out', types: [] }, include: ['use.ts'] }));
  writeFileSync(join(dir, 'use.ts'), useModule(c.typescript));
  const good = tsc(dir);
  if (good.status !== 0) return [`typescript: a connector author's module does not compile: ${good.output}`];
  const ran = JSON.parse(execFileSync(process.execPath, ['out/use.js'], { cwd: dir, encoding: 'utf8' })) as { keys: number; step: string };
  const problems = ran.step === c.typescript.step && ran.keys > 0 ? [] : [`typescript: the compiled module printed ${JSON.stringify(ran)}`];
  writeFileSync(join(dir, 'use.ts'), `import type { ${c.typescript.stepsName} } from '${c.typescript.packageName}';\nexport const step: ${c.typescript.stepsName} = 'NoSuchStep';\n`);
  const bad = tsc(dir);
  const refused = bad.status !== 0 && /use\.ts\(2,14\): error TS(2322|2820)/.test(bad.output);
  return [...problems, ...(refused ? [] : [`typescript: a wrong step name compiled (or failed otherwise): ${bad.output || 'no error'}`])];
}

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Maven project that declares what generated Java compiles against (Jackson, Bean Validation) and how (-Xlint:all -Werror). */
export const POM = join(ROOT, 'test/java/pom.xml');
/** The sample runner (dev.connspec.check.Runner), compiled with every tree. */
const RUNNER_SOURCES = join(ROOT, 'test/java/src/main/java');

/**
 * The pom's compiler settings (maven-compiler-plugin: release 17, UTF-8, -Xlint:all -Werror, debug
 * info), given to javac directly. The JVM flags only make the short-lived compiler start faster
 * (C1 JIT, serial GC); they change nothing javac decides.
 */
const JAVAC = ['-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC', '--release', '17', '-encoding', 'UTF-8', '-g', '-Xlint:all', '-Werror'];

export interface Built {
  readonly classpath: string;
}

/**
 * The pom's runtime dependencies as a classpath, resolved by Maven once per pom content and kept in
 * the temp dir (a Maven start costs more than compiling a catalogue; the jars stay in ~/.m2).
 */
export function dependencyClasspath(): string {
  const key = createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `connspec-java-classpath-${key}.txt`);
  const cached = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (cached && cached.split(':').every((jar) => existsSync(jar))) return cached;
  const partial = `${file}.${process.pid}`;
  try {
    execFileSync('mvn', ['-B', '-ntp', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${partial}`, '-Dmdep.includeScope=runtime'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`mvn dependency:build-classpath failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  renameSync(partial, file);
  return readFileSync(file, 'utf8').trim();
}

function javaFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.java'))
    .map((e) => join(e.parentPath, e.name));
}

export interface Extra {
  /** A second source tree compiled with the first (the fixtures loader). */
  readonly testSources?: string;
  /** A folder of fixture JSON put on the classpath under `connspec-fixtures/`, as the pom copies it. */
  readonly resources?: string;
  /** Classes compiled before (a `Built`), to compile against rather than from source. */
  readonly against?: Built;
}

/**
 * Compiles `sources` (a src/main/java tree) with the runner in one javac run, into `build`. Throws
 * with javac's output (warnings included: -Werror) when compilation fails.
 */
export function compileJava(sources: string, build: string, extra: Extra = {}): Built {
  const classes = join(build, 'classes');
  mkdirSync(classes, { recursive: true });
  const deps = extra.against?.classpath ?? dependencyClasspath();
  const files = [...new Set([sources, extra.testSources ?? sources, RUNNER_SOURCES].flatMap(javaFiles))];
  const argfile = join(build, 'sources.txt');
  writeFileSync(argfile, files.map((f) => `"${f}"`).join('\n'));
  try {
    execFileSync('javac', [...JAVAC, '-d', classes, '-cp', deps, `@${argfile}`], { encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`javac failed:\n${`${e.stdout ?? ''}${e.stderr ?? ''}`.trim()}`);
  }
  if (extra.resources) copyFixtures(extra.resources, join(classes, 'connspec-fixtures'));
  return { classpath: [classes, deps].join(':') };
}

/** The pom's resource rule: every `*.json` below `from`, but not under java/, python/ or typescript/. */
function copyFixtures(from: string, to: string): void {
  const skipped = new Set(['java', 'python', 'typescript'].map((d) => join(from, d)));
  cpSync(from, to, { recursive: true, filter: (src) => !skipped.has(src) && (src.endsWith('.json') || statSync(src).isDirectory()) });
}

export interface CaseResult {
  readonly id: string;
  readonly accepted: boolean;
  readonly errors: readonly { readonly path: string; readonly message: string; readonly source: string; readonly javaPath?: string }[];
  readonly output?: unknown;
  /** Every property as its getter reads it, defaults included (the contract's output holds only what was set). */
  readonly read?: unknown;
  readonly stable?: boolean;
  readonly toString?: string;
  /** `writeValueAsString` of the value read, and whether it equals the input file exactly (numbers by value). */
  readonly written?: string;
  readonly exact?: boolean;
  /** The exception when the model could not be run on this case (then `accepted` is no verdict). */
  readonly crashed?: string;
}

export interface Job {
  /** Class with a static newMapper() (default dev.connspec.schema.ConnspecJson). */
  readonly mapper?: string;
  readonly cases?: readonly { readonly id: string; readonly class: string; readonly file: string }[];
  readonly patterns?: readonly { readonly regex: string; readonly inputs: readonly string[] }[];
  /** Valid fixtures loaded through a generated loader class (`valid(Class, type)`). */
  readonly fixtures?: readonly { readonly loader: string; readonly class: string; readonly type: string }[];
}

/** What the Runner says about one `fixtures` job entry: how many loaded, as which classes, Bean Validation's complaints. */
export interface FixturesResult {
  readonly type: string;
  readonly count: number;
  readonly classes: readonly string[];
  readonly violations: readonly string[];
}

/** Runs dev.connspec.check.Runner on a job; one JVM for the whole job. */
export function runJob(built: Built, dir: string, job: Job): { cases: CaseResult[]; patterns: (boolean | string)[][]; fixtures: FixturesResult[] } {
  const file = join(dir, 'job.json');
  writeFileSync(file, JSON.stringify(job));
  const stdout = execFileSync('java', ['-cp', built.classpath, 'dev.connspec.check.Runner', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as { cases: CaseResult[]; patterns: (boolean | string)[][]; fixtures: FixturesResult[] };
}

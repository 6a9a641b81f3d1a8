import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/support/workspace.js';

/** The Maven project that compiles generated Java (-Xlint:all -Werror) together with the sample runner. */
export const POM = join(ROOT, 'test/java/pom.xml');

export interface Built {
  readonly classpath: string;
}

/**
 * Compiles `sources` (a src/main/java tree) with the runner, building into `build`; `extra` adds a
 * second source tree (`testSources`) and a folder of fixture JSON put on the classpath under
 * `connspec-fixtures/` (`resources`). Throws with
 * Maven's output (compiler warnings included) when compilation fails.
 */
export function mavenPackage(sources: string, build: string, extra: { readonly testSources?: string; readonly resources?: string } = {}): Built {
  mkdirSync(build, { recursive: true });
  const more = [...(extra.testSources ? [`-Dconnspec.testSources=${extra.testSources}`] : []), ...(extra.resources ? [`-Dconnspec.resources=${extra.resources}`] : [])];
  const args = ['-B', '-ntp', '-f', POM, `-Dconnspec.sources=${sources}`, `-Dconnspec.build=${build}`, ...more, 'package'];
  try {
    execFileSync('mvn', args, { encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    const lines = `${e.stdout ?? ''}${e.stderr ?? ''}`.split('\n').filter((l) => /WARNING|ERROR/.test(l));
    throw new Error(`mvn package failed:\n${lines.join('\n')}`);
  }
  const deps = readFileSync(join(build, 'classpath.txt'), 'utf8').trim();
  return { classpath: [join(build, 'classes'), deps].join(':') };
}

export interface CaseResult {
  readonly id: string;
  readonly accepted: boolean;
  readonly errors: readonly { readonly path: string; readonly message: string; readonly source: string; readonly javaPath?: string }[];
  readonly output?: unknown;
  readonly stable?: boolean;
  readonly toString?: string;
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

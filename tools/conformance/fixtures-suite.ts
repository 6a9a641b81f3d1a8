/**
 * Fixture agreement over one catalogue: generate every target into a temp dir, then run every
 * fixture through ajv (over the source catalogue), the TypeScript types (one tsc run), the Pydantic
 * models (one Python process) and the Java models (one javac run, one JVM).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, DiagnosticError, hasErrors, type ConnspecConfig, type IR } from '@connspec/core';
import { javaSettings } from '@connspec/generator-java';
import { generate } from '../../test/support/generate.js';
import { compileJava, type Built } from '../java/maven.js';
import { fixturesFromDir, fixturesFromSamples, type FixtureSource } from './fixtures.js';
import { ajvVerdicts } from './languages/ajv.js';
import { javaVerdicts } from './languages/java.js';
import { pythonVerdicts } from './languages/python.js';
import { typescriptVerdicts } from './languages/typescript.js';
import { typeLevelJudge } from './languages/typescript-judge.js';
import type { Checker, Fixture, Verdicts } from './verdicts.js';
import { LANGUAGES } from './matrix.js';

export interface CatalogueRun {
  /** `schemas` or `openmetadata`: names the suite in the report. */
  readonly name: string;
  /** The catalogue's config, writing into a temp `outDir`. */
  readonly config: ConnspecConfig;
  /** A temp folder for builds and job files. */
  readonly work: string;
  /** Hand-written samples to run as well (`test/samples`), if any. */
  readonly samplesDir?: string;
  /** Further fixtures to run beside the generated ones (the probe suite's probes). */
  readonly extra?: readonly FixtureSource[];
  /** Fixtures to use when this generation wrote none (the committed `generated/fixtures`). */
  readonly fallbackFixturesDir?: string;
  /** The IR when the caller already generated `config` into its `outDir` without errors (then it is not done again). */
  readonly generated?: IR;
  /** The generated Java when the caller already compiled it. */
  readonly built?: Built;
}

export interface SuiteResult {
  readonly name: string;
  readonly sources: readonly string[];
  readonly fixtures: readonly Fixture[];
  readonly verdicts: Readonly<Record<Checker, Verdicts>>;
  readonly ir: IR;
  /** The generated output, to break on purpose in the self-test. */
  readonly out: string;
  /** tsc --strict's report on the generated TypeScript itself (every file but the fixtures module): '' when clean. */
  readonly typescriptReport: string;
}

export async function runFixtureSuite(run: CatalogueRun): Promise<SuiteResult> {
  mkdirSync(run.work, { recursive: true });
  const ir = run.generated ?? (await analyseAndGenerate(run.config));
  const sources = fixtureSources(run, ir);
  const fixtures = sources.flatMap((s) => s.fixtures);
  const { verdicts, typescriptReport } = checkAll(run, ir, fixtures);
  return { name: run.name, sources: sources.map((s) => `${s.label}: ${s.fixtures.length} fixtures`), fixtures, verdicts, ir, out: run.config.outDir, typescriptReport };
}

async function analyseAndGenerate(config: ConnspecConfig): Promise<IR> {
  const { ir, diagnostics } = await analyse(config, undefined, { languages: LANGUAGES });
  if (ir === undefined || hasErrors(diagnostics)) throw new DiagnosticError(diagnostics.filter((d) => d.severity === 'error'));
  await generate(config);
  return ir;
}

/** The fixtures generator's output from this generation (or the committed one), plus the samples. */
export function fixtureSources(run: CatalogueRun, ir: IR): FixtureSource[] {
  const fresh = join(run.config.outDir, 'fixtures');
  const dir = existsSync(fresh) ? fresh : run.fallbackFixturesDir !== undefined && existsSync(run.fallbackFixturesDir) ? run.fallbackFixturesDir : undefined;
  const generated = dir === undefined ? [] : [fixturesFromDir(dir, dir === fresh ? 'fixtures generator, this run' : 'fixtures, committed')];
  return [...generated, ...(run.samplesDir ? [fixturesFromSamples(run.samplesDir, ir)] : []), ...(run.extra ?? [])];
}

function checkAll(run: CatalogueRun, ir: IR, fixtures: readonly Fixture[]): { verdicts: Record<Checker, Verdicts>; typescriptReport: string } {
  const out = run.config.outDir;
  const settings = javaSettings(run.config.generators.java ?? {});
  const roots = new Map(ir.files.map((f) => [f.path, f.root]));
  const decl = (f: Fixture): string => roots.get(f.connection) ?? `${f.connection}#`;
  const built = run.built ?? compileJava(join(out, 'java/src/main/java'), join(run.work, 'java-build'));
  const typescript = typescriptVerdicts(ir, join(out, 'typescript'), fixtures, typeLevelJudge(run.config));
  const verdicts = {
    ajv: ajvVerdicts(run.config, fixtures),
    typescript: typescript.verdicts,
    python: pythonChecks(run, ir, fixtures),
    java: javaVerdicts(ir, settings, built, run.work, fixtures.map((f) => ({ id: f.id, decl: decl(f), file: f.file }))),
  };
  return { verdicts, typescriptReport: typescript.outside };
}

/** The Python verdicts alone (the self-test re-runs them after breaking the Python output). */
export function pythonChecks(run: Pick<CatalogueRun, 'config'>, ir: IR, fixtures: readonly Fixture[]): Verdicts {
  const roots = new Map(ir.files.map((f) => [f.path, f.root]));
  const packageName = String(run.config.generators.python?.packageName ?? 'connspec_models');
  const cases = fixtures.map((f) => ({ id: f.id, decl: roots.get(f.connection) ?? `${f.connection}#`, value: f.value, ...(f.text === undefined ? {} : { text: f.text }) }));
  return pythonVerdicts(ir, join(run.config.outDir, 'python'), packageName, cases);
}

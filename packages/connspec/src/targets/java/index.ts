import { createHash } from 'node:crypto';
import { bannerText, DiagnosticError, NO_UNIT_CACHE, type UnitCache, type DeclId, type Diagnostic, type GeneratedFile, type Generator, type IR, unevaluatedFacets } from '../../core/index.js';
import { simpleNamesByPackage } from './context.js';
import { emitDeclarationFile } from './emit-file.js';
import { packageOf, simpleName, sourcePath } from './java-names.js';
import { javadoc, lineComment } from './literals.js';
import { JAVA_OPTIONS, javaSettings, type JavaSettings } from './options.js';
import { planTypes, SUPPORT_TYPES, type JavaPlan } from './plan.js';
import { JAVA_RULES, RecordingReporter, replayCalls, Reporter, unenforcedReport, type Unenforced } from './reporter.js';
import { supportSource } from './runtime-sources.js';
import { printJava } from './writer.js';
import { testStepsFile } from './test-steps.js';
import { JAVA_LANGUAGE } from './language.js';
import { javaPackager } from './package.js';

export { JAVA_OPTIONS, javaSettings, type JavaSettings } from './options.js';
export { translatePattern } from './regex.js';

/**
 * Java 17 models: one top-level type per file under a Maven `src/main/java` tree, Jackson 2 for JSON
 * and Jakarta Bean Validation for every constraint Java can check (the rest is an error, or with
 * `inexpressible: report` a Javadoc note and a line in UNENFORCED.md). Written here rather than with
 * jsonschema2pojo, which merges oneOf branches into one class and re-declares shared types.
 */
export const javaGenerator: Generator = {
  target: 'java',
  language: JAVA_LANGUAGE,
  packager: javaPackager,
  description: 'Java 17 models (Jackson 2, Jakarta Bean Validation), a Maven src/main/java tree',
  options: JAVA_OPTIONS,
  rules: JAVA_RULES,
  generate: async (ir, options) => {
    const { files, warnings } = generateJava(ir, javaSettings(options.settings), options.units);
    return { files, diagnostics: warnings };
  },
};

export interface JavaOutput {
  readonly files: GeneratedFile[];
  readonly plan: JavaPlan;
  readonly unenforced: readonly Unenforced[];
  /** What generation should say without stopping: formats not checked, and (with `report`) every unenforced constraint. */
  readonly warnings: readonly Diagnostic[];
}

/** The whole Java output; throws a DiagnosticError on a name clash, or on an inexpressible constraint unless told to report it. */
export function generateJava(ir: IR, settings: JavaSettings, units: UnitCache = NO_UNIT_CACHE): JavaOutput {
  const reporter = new Reporter();
  const plan = planTypes(ir, settings, reporter);
  // Which properties another part evaluated is known only while validating; a Java class cannot ask.
  for (const u of unevaluatedFacets(ir.declarations)) reporter.inexpressible(u.origin, `\`${u.keyword}\` beside keywords that evaluate too (allOf, $ref, …)`);
  const byPackage = simpleNamesByPackage(plan);
  // A type's file depends on its schema file's closure and on the plan's names and shapes: a unit a later run reuses.
  const names = createHash('sha256').update(JSON.stringify([[...plan.types].map(([id, t]) => [id, t.shape, t.fqcn ?? null]), [...plan.markers.keys()]])).digest('hex');
  const declared = [...plan.types.values()].filter((t) => t.fqcn !== undefined).map((t) => {
    const unit = units.reuse(t.decl.file, `${t.decl.id}\0${names}`, () => {
      const recorder = new RecordingReporter();
      return { file: emitDeclarationFile(plan, recorder, t, byPackage), calls: recorder.calls };
    });
    replayCalls(reporter, unit.calls);
    return unit.file;
  });
  const fatal = reporter.fatal(settings.inexpressible === 'error');
  if (fatal.length > 0) throw new DiagnosticError(fatal);
  const unenforced = reporter.list();
  const steps = testStepsFile(ir, plan);
  const files = [...declared, ...supportFiles(plan), ...markerFiles(plan), ...(steps ? [steps] : []), ...(unenforced.length ? [{ path: 'UNENFORCED.md', contents: unenforcedReport(unenforced) }] : [])];
  const warnings = reporter.warnings(settings.inexpressible === 'error');
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), plan, unenforced, warnings };
}

/** Fully qualified Java name of every declaration that has a type of its own. */
export function javaTypeNames(ir: IR, settings: JavaSettings): Map<DeclId, string> {
  const plan = planTypes(ir, settings, new Reporter());
  return new Map([...plan.types].flatMap(([id, t]) => (t.fqcn ? [[id, t.fqcn] as const] : [])));
}

function supportFiles(plan: JavaPlan): GeneratedFile[] {
  return SUPPORT_TYPES.map((name) => {
    const fqcn = plan.support(name);
    const contents = printJava((w) => w.line(lineComment(bannerText('connspec'))).blank().line(`package ${packageOf(fqcn)};`).blank().line(supportSource(name)));
    return { path: sourcePath(fqcn), contents };
  });
}

function markerFiles(plan: JavaPlan): GeneratedFile[] {
  return [...plan.markers].map(([fqcn, files]) => {
    const source = `javaInterfaces in ${files[0] ?? 'the schemas'}${files.length > 1 ? ` and ${files.length - 1} more` : ''}`;
    const doc = javadoc(['Marker interface named by javaInterfaces; connspec generates it empty because nothing else declares it.', 'Turn off generators.java.markerInterfaces to supply your own.', '', `Named in: ${files.join(', ')}`]);
    const contents = printJava((w) => w.line(lineComment(bannerText(source))).blank().line(`package ${packageOf(fqcn)};`).blank().doc(doc).block(`public interface ${simpleName(fqcn)}`));
    return { path: sourcePath(fqcn), contents };
  });
}

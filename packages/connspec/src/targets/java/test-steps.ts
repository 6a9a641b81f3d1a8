import { bannerText, DiagnosticError, lowered, type GeneratedFile, type IR, type SchemaFile } from '../../core/index.js';
import { constantName, sourcePath } from './java-names.js';
import { javadoc, javaString, lineComment } from './literals.js';
import type { JavaPlan } from './plan.js';
import { printJava, type JavaWriter } from './writer.js';

/** The class (in the base package) that nests one enum of test-connection steps per connection. */
export const TEST_STEPS_CLASS = 'TestConnectionSteps';

/**
 * `TestConnectionSteps.MysqlConnectionTestStep.CHECK_ACCESS.stepName()`: per connection, an enum of
 * its test-connection steps in the order they run, so connector code naming a step that does not
 * exist fails to compile. Undefined when the catalogue has no connection.
 */
export function testStepsFile(ir: IR, plan: JavaPlan): GeneratedFile | undefined {
  const { names, diagnostics } = lowered(ir).testStepNames;
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  if (names.size === 0) return undefined;
  const fqcn = `${plan.settings.basePackage}.${TEST_STEPS_CLASS}`;
  const clash = [...plan.types.values()].find((t) => t.fqcn?.toLowerCase() === fqcn.toLowerCase());
  if (clash) {
    const { file, line, column, pointer } = clash.decl.origin;
    throw new DiagnosticError([{ severity: 'error', rule: 'name-reserved', file, line, column, pointer, message: `the Java type ${clash.fqcn} has the name of ${fqcn}, which connspec writes with the test-connection step enums`, hint: 'give this schema another javaType or typeName' }]);
  }
  const enums = ir.files.flatMap((f) => {
    const name = names.get(f.path);
    return name ? [[f, name] as const] : [];
  });
  const contents = printJava((w) => {
    w.line(lineComment(bannerText('the test-connection steps of every connection schema'))).blank().line(`package ${plan.settings.basePackage};`).blank();
    w.doc(javadoc(['Test-connection step names per connector: one enum each, constants in the order the steps run.']));
    w.block(`public final class ${TEST_STEPS_CLASS}`, () => {
      w.blank().block(`private ${TEST_STEPS_CLASS}()`);
      for (const [file, name] of enums) stepEnum(ir, file, name, w.blank());
    });
  });
  return { path: sourcePath(fqcn), contents };
}

function stepEnum(ir: IR, file: SchemaFile, name: string, w: JavaWriter): void {
  const steps = lowered(ir).testConnection(file).steps;
  const constants = steps.map((s) => ({ constant: constantName(s.name), step: s }));
  const seen = new Map<string, string>();
  for (const { constant, step } of constants) {
    const other = seen.get(constant);
    if (other !== undefined) {
      const origin = ir.declarations.get(file.root)?.type.origin ?? { file: file.path, line: 1, column: 1, pointer: '' };
      const { line, column, pointer } = origin;
      throw new DiagnosticError([{ severity: 'error', rule: 'name-collision', file: origin.file, line, column, pointer, message: `test-connection steps "${other}" and "${step.name}" would both be the Java constant ${constant}`, hint: 'rename one of the steps (testConnection annotation) so their names differ in letters or digits' }]);
    }
    seen.set(constant, step.name);
  }
  w.doc(javadoc([`Test-connection steps of ${file.connection?.tag ?? ''}, in the order they run.`, '', `From ${file.path}.`]));
  w.block(`public enum ${name}`, () => {
    constants.forEach(({ constant, step }, i) => w.doc(javadoc([step.description])).line(`${constant}(${javaString(step.name)})${i < constants.length - 1 ? ',' : ';'}`));
    w.blank().line('private final String stepName;').blank();
    w.block(`${name}(String stepName)`, () => w.line('this.stepName = stepName;'));
    w.blank().line('/** The step name as the test-connection definition spells it. */').block('public String stepName()', () => w.line('return this.stepName;'));
    w.blank().line('@Override').block('public String toString()', () => w.line('return this.stepName;'));
  });
}

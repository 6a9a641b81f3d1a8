import { bannerText, DiagnosticError, testConnectionSteps, testStepTypeNames, type GeneratedFile, type IR, type SchemaFile } from '../../core/index.js';
import { constantName, sourcePath } from './java-names.js';
import { javadoc, javaString, lineComment } from './literals.js';
import type { JavaPlan } from './plan.js';

/** The class (in the base package) that nests one enum of test-connection steps per connection. */
export const TEST_STEPS_CLASS = 'TestConnectionSteps';

/**
 * `TestConnectionSteps.MysqlConnectionTestStep.CHECK_ACCESS.stepName()`: per connection, an enum of
 * its test-connection steps in the order they run, so connector code naming a step that does not
 * exist fails to compile. Undefined when the catalogue has no connection.
 */
export function testStepsFile(ir: IR, plan: JavaPlan): GeneratedFile | undefined {
  const { names, diagnostics } = testStepTypeNames(ir);
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
    return name ? [stepEnum(ir, f, name)] : [];
  });
  const doc = javadoc(['Test-connection step names per connector: one enum each, constants in the order the steps run.']);
  const contents = `${lineComment(bannerText('the test-connection steps of every connection schema'))}\n\npackage ${plan.settings.basePackage};\n\n${doc}public final class ${TEST_STEPS_CLASS} {\n\n    private ${TEST_STEPS_CLASS}() {\n    }\n\n${enums.join('\n')}}\n`;
  return { path: sourcePath(fqcn), contents };
}

function stepEnum(ir: IR, file: SchemaFile, name: string): string {
  const steps = testConnectionSteps(ir, file);
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
  const body = constants.map(({ constant, step }) => `${javadoc([step.description], [], '        ')}        ${constant}(${javaString(step.name)})`).join(',\n');
  return [
    javadoc([`Test-connection steps of ${file.connection?.tag ?? ''}, in the order they run.`, '', `From ${file.path}.`], [], '    ').trimEnd(),
    `    public enum ${name} {`,
    `${body};`,
    '',
    '        private final String stepName;',
    '',
    `        ${name}(String stepName) {`,
    '            this.stepName = stepName;',
    '        }',
    '',
    '        /** The step name as the test-connection definition spells it. */',
    '        public String stepName() {',
    '            return this.stepName;',
    '        }',
    '',
    '        @Override',
    '        public String toString() {',
    '            return this.stepName;',
    '        }',
    '    }',
    '',
  ].join('\n');
}

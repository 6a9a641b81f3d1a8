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
  if (clash) throw new Error(`Java type ${clash.fqcn} (${clash.decl.id}) has the name of the generated ${fqcn}, which holds the test-connection step enums; give it another javaType or typeName`);
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
    if (other !== undefined) throw new Error(`${file.path}: test-connection steps "${other}" and "${step.name}" would both be the Java constant ${constant}; rename one of them`);
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

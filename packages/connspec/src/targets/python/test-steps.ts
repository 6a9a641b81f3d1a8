import { bannerText, DiagnosticError, testConnectionSteps, testStepTypeNames, type GeneratedFile, type IR, type SchemaFile } from '../../core/index.js';
import { docstring, pyString, textLines } from './literals.js';

/** The module of the test-connection step enums, in the package root. */
export const TEST_STEPS_MODULE = 'test_connection_steps';

/**
 * Per connection, its test-connection step names as a `str` Enum (`MysqlConnectionTestStep.CheckAccess`),
 * members in the order the steps run, so pyright rejects a step name that does not exist.
 * Undefined when the catalogue has no connection.
 */
export function testStepsModule(ir: IR, modules: ReadonlyMap<string, readonly string[]>, packageName: string): GeneratedFile | undefined {
  const { names, diagnostics } = testStepTypeNames(ir);
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  if (names.size === 0) return undefined;
  const clash = [...modules].find(([, parts]) => parts[0] === TEST_STEPS_MODULE);
  if (clash) throw new DiagnosticError([{ severity: 'error', rule: 'name-reserved', file: clash[0], line: 1, column: 1, pointer: '', message: `this schema maps to the Python module ${packageName}.${TEST_STEPS_MODULE}, which connspec writes with the test-connection step enums`, hint: 'rename the schema file (or its top folder)' }]);
  const classes = ir.files.flatMap((f) => {
    const name = names.get(f.path);
    return name ? [stepEnum(ir, f, name)] : [];
  });
  const doc = docstring(['Test-connection step names per connector: one `str` Enum each, members in the order the steps run.'], '');
  const contents = [`# ${bannerText('the test-connection steps of every connection schema')}`, '', doc.trimEnd(), '', 'from enum import Enum', '', '', classes.join('\n\n')].join('\n');
  return { path: `${packageName}/${TEST_STEPS_MODULE}.py`, contents };
}

function stepEnum(ir: IR, file: SchemaFile, name: string): string {
  const tag = file.connection?.tag ?? '';
  const members = testConnectionSteps(ir, file).flatMap((s) => [`    ${s.name} = ${pyString(s.name)}`, docstring(textLines(s.description), '    ').trimEnd()]);
  const doc = docstring([`Test-connection steps of ${tag}, in the order they run.`, '', `From ${file.path}.`], '    ');
  return [`class ${name}(str, Enum):`, doc.trimEnd(), '', ...members, ''].join('\n');
}

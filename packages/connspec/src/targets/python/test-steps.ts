import { bannerText, DiagnosticError, lowered, type GeneratedFile, type IR, type SchemaFile } from '../../core/index.js';
import { pyString, textLines } from './literals.js';
import { PYTHON_LANGUAGE } from './language.js';
import { PyWriter } from './writer.js';

/** The module of the test-connection step enums, in the package root. */
export const TEST_STEPS_MODULE = 'test_connection_steps';

/**
 * Per connection, its test-connection step names as a `str` Enum (`MysqlConnectionTestStep.CheckAccess`),
 * members in the order the steps run, so pyright rejects a step name that does not exist.
 * Undefined when the catalogue has no connection.
 */
export function testStepsModule(ir: IR, modules: ReadonlyMap<string, readonly string[]>, packageName: string): GeneratedFile | undefined {
  const { names, diagnostics } = lowered(ir).testStepNames;
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  if (names.size === 0) return undefined;
  const clash = [...modules].find(([, parts]) => parts[0] === TEST_STEPS_MODULE);
  if (clash) throw new DiagnosticError([{ severity: 'error', rule: 'name-reserved', file: clash[0], line: 1, column: 1, pointer: '', message: `this schema maps to the Python module ${packageName}.${TEST_STEPS_MODULE}, which connspec writes with the test-connection step enums`, hint: 'rename the schema file (or its top folder)' }]);
  const w = new PyWriter().line(`# ${bannerText('the test-connection steps of every connection schema')}`).blank();
  w.docstring(['Test-connection step names per connector: one `str` Enum each, members in the order the steps run.']);
  w.blank().line('from enum import Enum');
  for (const f of ir.files) {
    const name = names.get(f.path);
    if (name) stepEnum(w.blank(2), ir, f, name);
  }
  return { path: `${packageName}/${TEST_STEPS_MODULE}.py`, contents: w.toString() };
}

/** Members in the order the steps run, each with its description as its docstring. */
function stepEnum(w: PyWriter, ir: IR, file: SchemaFile, name: string): void {
  const tag = file.connection?.tag ?? '';
  const steps = lowered(ir).testConnection(file).steps;
  // The lint rule refuses these first; this stands when it is turned off, so the module still imports.
  const keyword = steps.find((s) => PYTHON_LANGUAGE.keywords.has(s.name));
  if (keyword) {
    const at = file.connection?.testConnection?.origin ?? { line: 1, column: 1 };
    throw new DiagnosticError([{ severity: 'error', rule: 'test-connection-steps', file: file.path, line: at.line, column: at.column, pointer: '/testConnection', message: `step name "${keyword.name}" is a Python keyword, so it cannot be a step constant`, hint: `name the step after what it checks, e.g. "Get${keyword.name}"` }]);
  }
  w.block(`class ${name}(str, Enum)`, () => {
    w.docstring([`Test-connection steps of ${tag}, in the order they run.`, '', `From ${file.path}.`]).blank();
    for (const s of steps) w.line(`${s.name} = ${pyString(s.name)}`).docstring(textLines(s.description));
  });
}

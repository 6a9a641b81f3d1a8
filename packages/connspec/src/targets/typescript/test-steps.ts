import { bannerText, DiagnosticError, lowered, type GeneratedFile, type IR, type SchemaFile } from '../../core/index.js';
import { tsLiteral } from './escape.js';
import { writeJsDoc } from './jsdoc.js';
import { modulePath } from './module.js';
import { tsWriter, writeBanner, type CodeBlockWriter } from './writer.js';

/** The module of the test-connection step constants, next to the barrel. */
export const TEST_STEPS_MODULE = 'testConnectionSteps';

/**
 * Per connection, its test-connection step names as a const object and a type of its values
 * (`MysqlConnectionTestStep.CheckAccess`, `Record<MysqlConnectionTestStep, () => Promise<void>>`),
 * so connector code that names a step that does not exist fails to compile. Undefined when the
 * catalogue has no connection.
 */
export function testStepsModule(ir: IR): GeneratedFile | undefined {
  const { names, diagnostics } = lowered(ir).testStepNames;
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  if (names.size === 0) return undefined;
  const clash = ir.files.find((f) => modulePath(f.path).toLowerCase() === TEST_STEPS_MODULE.toLowerCase());
  if (clash) throw new DiagnosticError([{ severity: 'error', rule: 'name-reserved', file: clash.path, line: 1, column: 1, pointer: '', message: `this schema maps to the TypeScript module ${TEST_STEPS_MODULE}.ts, which connspec writes with the test-connection step constants`, hint: 'rename the schema file' }]);
  const w = writeBanner(tsWriter(), bannerText('the test-connection steps of every connection schema'));
  ir.files.flatMap((f) => {
    const name = names.get(f.path);
    return name ? [{ file: f, name }] : [];
  }).forEach(({ file, name }, i) => {
    if (i > 0) w.blankLine();
    writeStepBlock(w, ir, file, name);
  });
  return { path: `${TEST_STEPS_MODULE}.ts`, contents: w.toString() };
}

function writeStepBlock(w: CodeBlockWriter, ir: IR, file: SchemaFile, name: string): void {
  const tag = file.connection?.tag ?? '';
  writeJsDoc(w, { description: `Test-connection steps of ${tag}, in the order they run.` }, [`@see ${file.path}`]);
  w.writeLine(`export const ${name} = {`).indent(() => {
    for (const step of lowered(ir).testConnection(file).steps) {
      writeJsDoc(w, { description: step.description });
      w.writeLine(`${step.name}: ${tsLiteral(step.name)},`);
    }
  });
  w.writeLine('} as const;');
  writeJsDoc(w, { description: `The name of one ${tag} test-connection step.` });
  w.writeLine(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`);
}

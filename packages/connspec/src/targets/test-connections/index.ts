import { bannerText, jsonText, DiagnosticError, testConnectionDefinition, type Diagnostic, type GeneratedFile, type Generator, type IR, type SchemaFile, type TestConnectionDefinition, type TestStep } from '../../core/index.js';
import { definitionCheck } from './check.js';

export { BUILT_IN_DEFINITION_SCHEMA, DEFINITION_SCHEMA, definitionCheck } from './check.js';

/**
 * Test-connection definitions: per connection, `<serviceType>/<tag>.json` with the ordered steps
 * "Test connection" runs (derived in the core from the service type and capability flags, adjusted
 * by the schema's `testConnection` annotation), each checked against the catalogue's definition
 * schema before anything is written. The definitions stay exactly that shape (it is closed), so the
 * banner lives in `index.json`, which lists them all.
 */
export const testConnectionsGenerator: Generator = {
  target: 'test-connections',
  perConnection: true,
  description: 'Test-connection definitions (ordered steps) per connection, checked against the definition schema',
  generate: async (ir: IR) => ({ files: generateTestConnections(ir), diagnostics: [] }),
};

/** Every definition plus `index.json`; throws naming the file on an invalid definition or a path clash. */
export function generateTestConnections(ir: IR): GeneratedFile[] {
  const check = definitionCheck(ir);
  const connections = ir.files.filter((f) => f.connection !== undefined);
  const { definitions, diagnostics } = derive(ir, connections);
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  const owners = new Map<string, string>();
  const files = definitions.map(({ file, definition }) => {
    const path = definitionPath(file);
    const other = owners.get(path.toLowerCase());
    if (other !== undefined) throw new Error(`test-connections: ${file.path} and ${other} would both write ${path}; give the connectors distinct type tags`);
    owners.set(path.toLowerCase(), file.path);
    const body = definitionJson(definition);
    const problem = check.check(body);
    if (problem) throw new Error(`test-connections: ${path} (from ${file.path}) is not valid against ${check.source}: ${problem}`);
    return { path, contents: jsonText(body) };
  });
  return [...files, indexFile(definitions, check.source)].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

interface Derived {
  readonly file: SchemaFile;
  readonly definition: TestConnectionDefinition;
}

/** Every connection's definition, collecting the annotation problems of all of them. */
function derive(ir: IR, connections: readonly SchemaFile[]): { definitions: Derived[]; diagnostics: Diagnostic[] } {
  const definitions: Derived[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of connections) {
    try {
      definitions.push({ file, definition: testConnectionDefinition(ir, file) });
    } catch (error) {
      if (!(error instanceof DiagnosticError)) throw error;
      diagnostics.push(...error.diagnostics);
    }
  }
  return { definitions, diagnostics };
}

/** `database/Mysql.json`: the service type's folder and the connector's tag. */
export function definitionPath(file: SchemaFile): string {
  const { serviceType, tag } = file.connection ?? { serviceType: 'other', tag: '' };
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(tag)) throw new Error(`test-connections: ${file.path} has type tag "${tag}", which cannot be a file name; use letters, digits, "_", "." or "-"`);
  return `${serviceType}/${tag}.json`;
}

/** The definition in the schema's shape and key order; `shortCircuit` only when true (it defaults to false). */
export function definitionJson(d: TestConnectionDefinition): object {
  return { name: d.name, displayName: d.displayName, description: d.description, steps: d.steps.map(stepJson) };
}

function stepJson(s: TestStep): object {
  return {
    name: s.name,
    description: s.description,
    ...(s.errorMessage !== undefined ? { errorMessage: s.errorMessage } : {}),
    mandatory: s.mandatory,
    ...(s.shortCircuit ? { shortCircuit: true } : {}),
  };
}

function indexFile(definitions: readonly Derived[], schema: string): GeneratedFile {
  const entries = definitions.map(({ file, definition }) => ({
    name: definition.name,
    serviceType: file.connection?.serviceType ?? '',
    source: file.path,
    definition: definitionPath(file),
    steps: definition.steps.map((s) => s.name),
  }));
  return { path: 'index.json', contents: jsonText({ $comment: bannerText('every connection schema'), validatedAgainst: schema, definitions: entries }) };
}

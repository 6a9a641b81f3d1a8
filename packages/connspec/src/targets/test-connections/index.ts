import { bannerText, CONNECTOR_TAG, jsonText, DiagnosticError, lowered, type Diagnostic, type GeneratedFile, type Generator, type IR, type RuleInfo, type SchemaFile, type TestConnectionDefinition, type TestStep } from '../../core/index.js';
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
  rules: [{ id: 'test-connections-path', sentence: 'Every connection gets its own definition file: a tag that names a file, distinct within its service type (letter case aside).', severity: 'error' }] satisfies RuleInfo[],
  generate: async (ir: IR) => ({ files: generateTestConnections(ir), diagnostics: [] }),
};

/** Every definition plus `index.json`; throws naming the file on an invalid definition or a path clash. */
export function generateTestConnections(ir: IR): GeneratedFile[] {
  const check = definitionCheck(ir);
  const connections = ir.files.filter((f) => f.connection !== undefined);
  const { definitions, diagnostics } = derive(ir, connections);
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  const clashes = pathClashes(ir, definitions.map((d) => d.file));
  if (clashes.length > 0) throw new DiagnosticError(clashes);
  const files = definitions.map(({ file, definition }) => {
    const path = definitionPath(file);
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
      definitions.push({ file, definition: lowered(ir).testConnection(file) });
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
  return `${serviceType}/${tag}.json`;
}

/**
 * Tags that cannot name a file, or two connections writing one path: `connection-tag-unique` reports
 * them before any generator runs; when a config turns that rule down, this target still cannot write
 * them, under its own rule.
 */
function pathClashes(ir: IR, files: readonly SchemaFile[]): Diagnostic[] {
  const owners = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const file of files) {
    const path = definitionPath(file);
    const other = owners.get(path.toLowerCase());
    const problem = !CONNECTOR_TAG.test(file.connection?.tag ?? '') ? `its tag "${file.connection?.tag ?? ''}" cannot name a file` : other !== undefined ? `${other} writes ${path} too` : undefined;
    owners.set(path.toLowerCase(), file.path);
    if (problem === undefined) continue;
    const origin = ir.declarations.get(file.root)?.type.origin;
    const place = origin ? { file: origin.file, line: origin.line, column: origin.column, pointer: origin.pointer } : { file: file.path, line: 1, column: 1, pointer: '' };
    out.push({ severity: 'error', rule: 'test-connections-path', ...place, message: `no test-connection definition can be written for this connection: ${problem}`, hint: 'give the connector a tag of letters, digits, "_", "." or "-", distinct within its service type' });
  }
  return out;
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

/**
 * Test-connection definitions: the ordered steps "Test connection" runs for a connector, derived
 * from its service type and capability flags (the table below) and adjusted by the schema's
 * `testConnection` annotation (see `test-steps-annotation.ts`). Target-neutral: the JSON
 * definitions and the TypeScript/Python/Java step constants all come from here.
 */
import { DiagnosticError, type Diagnostic } from '../diagnostics.js';
import type { JsonValue } from '../load/source-file.js';
import { applyTestConnection, CHECK_ACCESS, type KeywordIn, type StepProblem } from './test-steps-annotation.js';
import type { ConnectionInfo, IR, SchemaFile } from './types.js';

export { CHECK_ACCESS, type StepProblem } from './test-steps-annotation.js';

/** One step, as the test-connection definition schema spells it. */
export interface TestStep {
  readonly name: string;
  readonly description: string;
  readonly errorMessage?: string;
  readonly mandatory: boolean;
  readonly shortCircuit: boolean;
}

export interface TestConnectionDefinition {
  /** The connector's tag (its `type` value), e.g. `Mysql`. */
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly steps: readonly TestStep[];
}

/** A row of the default step table. `{connector}` in the texts becomes the connector's tag. */
export interface DefaultStepRule {
  readonly name: string;
  readonly description: string;
  readonly errorMessage?: string;
  /** Service types that get the step; `every` for all of them. */
  readonly serviceTypes: readonly string[] | 'every';
  readonly mandatory: boolean;
  readonly shortCircuit: boolean;
  /** When set, the step is added only if the connector declares one of these flags with default `true`. */
  readonly whenCapability?: readonly string[];
}


/** A step name: PascalCase letters and digits, so it is an identifier in every target language. */
export const STEP_NAME_PATTERN = '^[A-Z][A-Za-z0-9]*$';

const step = (name: string, serviceTypes: DefaultStepRule['serviceTypes'], mandatory: boolean, description: string, more: Partial<DefaultStepRule> = {}): DefaultStepRule => ({
  name,
  serviceTypes,
  mandatory,
  shortCircuit: false,
  description,
  ...more,
});

/** The default steps, in the order they run within a service type. */
export const DEFAULT_TEST_STEPS: readonly DefaultStepRule[] = [
  step(CHECK_ACCESS, 'every', true, 'Reach {connector} and authenticate with the given credentials.', {
    shortCircuit: true,
    errorMessage: 'Failed to connect to {connector}, please validate the credentials',
  }),
  step('GetSchemas', ['database'], true, 'List the schemas (or databases) the user can see.'),
  step('GetTables', ['database'], true, 'List the tables of at least one schema.'),
  step('GetViews', ['database'], false, 'List the views of at least one schema.'),
  step('GetQueries', ['database'], false, 'Read the query history that usage and lineage extraction need.', {
    whenCapability: ['supportsUsageExtraction', 'supportsLineageExtraction'],
  }),
  step('GetDashboards', ['dashboard'], true, 'List the dashboards the user can see.'),
  step('GetCharts', ['dashboard'], false, 'List the charts of at least one dashboard.'),
  step('GetPipelines', ['pipeline'], true, 'List the pipelines the user can see.'),
  step('GetPipelineStatus', ['pipeline'], false, 'Read the run status of at least one pipeline.'),
  step('GetTopics', ['messaging'], true, 'List the topics the user can see.'),
  step('GetModels', ['mlmodel'], true, 'List the ML models the user can see.'),
  step('GetContainers', ['storage'], true, 'List the containers (buckets) the user can see.'),
  step('GetSearchIndexes', ['search'], true, 'List the search indexes the user can see.'),
  step('GetCollections', ['api'], true, 'List the API collections the user can see.'),
];

/** What a definition says about itself, per service type. */
export const SERVICE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  database: 'Validates access to the database and basic metadata extraction.',
  dashboard: 'Validates access to the dashboard service and listing its dashboards and charts.',
  pipeline: 'Validates access to the pipeline service and reading its pipelines and their status.',
  messaging: 'Validates access to the messaging service and listing its topics.',
  mlmodel: 'Validates access to the ML model registry and listing its models.',
  storage: 'Validates access to the storage service and listing its containers.',
  search: 'Validates access to the search service and listing its indexes.',
  api: 'Validates access to the API service and listing its collections.',
};

/** What the derivation needs to know about a connector (a `ConnectionInfo` is one). */
export type ConnectionFacts = Pick<ConnectionInfo, 'serviceType' | 'tag' | 'capabilities'> & { readonly annotation?: JsonValue };

/** Every capability flag some default step depends on. */
export const STEP_CAPABILITIES: readonly string[] = [...new Set(DEFAULT_TEST_STEPS.flatMap((r) => r.whenCapability ?? []))].sort();

/** The table's rows for a service type (whatever the capability flags), texts filled in for the connector. */
export function tableSteps(serviceType: string, tag: string): Map<string, { rule: DefaultStepRule; step: TestStep }> {
  const fill = (text: string): string => text.replaceAll('{connector}', tag);
  const rows = DEFAULT_TEST_STEPS.filter((r) => r.serviceTypes === 'every' || r.serviceTypes.includes(serviceType));
  return new Map(
    rows.map((rule) => {
      const base = { name: rule.name, description: fill(rule.description), mandatory: rule.mandatory, shortCircuit: rule.shortCircuit };
      return [rule.name, { rule, step: rule.errorMessage === undefined ? base : { ...base, errorMessage: fill(rule.errorMessage) } }];
    }),
  );
}

/** The default steps of a connector: its service type's rows whose capability condition holds. */
export function defaultTestSteps(facts: ConnectionFacts): TestStep[] {
  const on = new Set(facts.capabilities.filter((c) => c.default === true).map((c) => c.name));
  return [...tableSteps(facts.serviceType, facts.tag).values()].filter(({ rule }) => rule.whenCapability === undefined || rule.whenCapability.some((c) => on.has(c))).map((r) => r.step);
}

/** The full definition and every problem with the annotation (pointers are into the connection file). */
export function deriveTestConnection(facts: ConnectionFacts, keywordIn: KeywordIn = () => []): { definition: TestConnectionDefinition; problems: StepProblem[] } {
  const known = new Map([...tableSteps(facts.serviceType, facts.tag)].map(([name, r]) => [name, r.step]));
  const applied = applyTestConnection({ defaults: defaultTestSteps(facts), known, keywordIn }, facts.annotation);
  const definition: TestConnectionDefinition = {
    name: facts.tag,
    displayName: applied.displayName ?? `${facts.tag} Test Connection`,
    description: applied.description ?? SERVICE_DESCRIPTIONS[facts.serviceType] ?? 'Validates access to the service.',
    steps: applied.steps,
  };
  return { definition, problems: applied.problems };
}

function factsOf(file: SchemaFile): ConnectionFacts {
  const connection = file.connection;
  if (connection === undefined) throw new Error(`${file.path} is not a connection schema with a type tag; it has no test-connection definition`);
  return { ...connection, ...(connection.testConnection ? { annotation: connection.testConnection.value } : {}) };
}

/**
 * A connection file's test-connection definition. Throws a DiagnosticError (rule
 * `test-connection-steps`) when its annotation is wrong, which lint reports first unless turned off.
 */
export function testConnectionDefinition(_ir: IR, file: SchemaFile): TestConnectionDefinition {
  const { definition, problems } = deriveTestConnection(factsOf(file));
  if (problems.length === 0) return definition;
  const at = file.connection?.testConnection?.origin ?? { line: 1, column: 1 };
  throw new DiagnosticError(
    problems.map((p): Diagnostic => ({ severity: 'error', rule: 'test-connection-steps', file: file.path, line: at.line, column: at.column, pointer: p.pointer, message: p.message, hint: p.hint })),
  );
}


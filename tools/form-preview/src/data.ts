/**
 * Everything the preview shows, read from connspec's generated output only: ui-forms, test-connections
 * and fixtures are bundled with import.meta.glob. No schema logic lives here: entries are joined by
 * the `source` path each index records.
 */
import type { RJSFSchema, UiSchema } from '@rjsf/utils';

interface FormIndexEntry {
  readonly serviceType: string;
  readonly type: string;
  readonly source: string;
  readonly schema: string;
  readonly uiSchema: string;
}

interface TestConnectionIndexEntry {
  readonly name: string;
  readonly serviceType: string;
  readonly source: string;
  readonly definition: string;
}

interface FixtureIndexEntry {
  readonly serviceType: string;
  readonly type: string;
  readonly connection: string;
  readonly manifest: string;
}

export interface TestStep {
  readonly name: string;
  readonly description?: string;
  readonly errorMessage?: string;
  readonly mandatory?: boolean;
  readonly shortCircuit?: boolean;
}

export interface TestConnection {
  readonly name: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly steps: readonly TestStep[];
}

export interface Fixture {
  readonly file: string;
  readonly valid: boolean;
  readonly description?: string;
  readonly instancePath?: string;
  readonly keyword?: string;
}

export interface Connector {
  /** `<serviceType>/<type>`, also the page's hash. */
  readonly id: string;
  readonly serviceType: string;
  readonly type: string;
  readonly source: string;
  readonly schema: RJSFSchema;
  readonly uiSchema: UiSchema;
  readonly testConnection: TestConnection | undefined;
  readonly fixtureDir: string | undefined;
  readonly fixtures: readonly Fixture[];
}

const uiForms = import.meta.glob<unknown>('../../../generated/ui-forms/**/*.json', { eager: true, import: 'default' });
const testConnections = import.meta.glob<unknown>('../../../generated/test-connections/**/*.json', { eager: true, import: 'default' });
const manifests = import.meta.glob<unknown>('../../../generated/fixtures/*/*/manifest.json', { eager: true, import: 'default' });
const fixtureIndex = import.meta.glob<unknown>('../../../generated/fixtures/index.json', { eager: true, import: 'default' });
/** Fixture bodies load on demand (the "Load into form" buttons). */
const fixtureFiles = import.meta.glob<unknown>('../../../generated/fixtures/*/*/{valid,invalid}/*.json', { import: 'default' });

const GENERATED = '../../../generated/';

function read<T>(files: Record<string, unknown>, dir: string, file: string): T {
  const value = files[`${GENERATED}${dir}/${file}`];
  if (value === undefined) throw new Error(`generated/${dir}/${file} is missing: run \`nx run-many -t generate\``);
  return value as T;
}

function loadConnectors(): Connector[] {
  const forms = read<{ connections: FormIndexEntry[] }>(uiForms, 'ui-forms', 'index.json').connections;
  const tests = read<{ definitions: TestConnectionIndexEntry[] }>(testConnections, 'test-connections', 'index.json').definitions;
  const fixtures = read<{ connections: FixtureIndexEntry[] }>(fixtureIndex, 'fixtures', 'index.json').connections;
  return forms.map((form) => {
    const test = tests.find((t) => t.source === form.source);
    const fixture = fixtures.find((f) => f.connection === form.source);
    const manifest = fixture && read<{ fixtures: Fixture[] }>(manifests, 'fixtures', fixture.manifest);
    return {
      id: `${form.serviceType}/${form.type}`,
      serviceType: form.serviceType,
      type: form.type,
      source: form.source,
      schema: read<RJSFSchema>(uiForms, 'ui-forms', form.schema),
      uiSchema: read<UiSchema>(uiForms, 'ui-forms', form.uiSchema),
      testConnection: test && read<TestConnection>(testConnections, 'test-connections', test.definition),
      fixtureDir: fixture && fixture.manifest.replace(/\/manifest\.json$/, ''),
      fixtures: manifest?.fixtures ?? [],
    };
  });
}

export const connectors: readonly Connector[] = loadConnectors();

/** Connectors grouped by service type, in index order (the index is sorted). */
export function groupByServiceType(list: readonly Connector[]): Map<string, Connector[]> {
  const groups = new Map<string, Connector[]>();
  for (const c of list) groups.set(c.serviceType, [...(groups.get(c.serviceType) ?? []), c]);
  return groups;
}

/** One fixture's JSON body, loaded lazily. */
export async function loadFixture(connector: Connector, fixture: Fixture): Promise<unknown> {
  const load = connector.fixtureDir && fixtureFiles[`${GENERATED}fixtures/${connector.fixtureDir}/${fixture.file}`];
  if (!load) throw new Error(`fixture ${fixture.file} of ${connector.id} is missing`);
  return load();
}

import { describe, expect, it } from 'vitest';
import { defaultTestSteps, deriveTestConnection, keywordIn, type ConnectionFacts, type JsonValue, type TestStep } from '@connspec/core';
import { LANGUAGES } from '../../support/languages.js';

/** Facts for a connector: a service type, capability flags (name → default, `null` for none) and an annotation. */
function facts(serviceType: string, flags: Record<string, boolean | null> = {}, annotation?: JsonValue): ConnectionFacts {
  const capabilities = Object.entries(flags).map(([name, d]) => (d === null ? { name } : { name, default: d }));
  return { serviceType, tag: 'Foo', capabilities, ...(annotation !== undefined ? { annotation } : {}) };
}

const names = (steps: readonly TestStep[]): string[] => steps.map((s) => s.name);
const USAGE = 'supportsUsageExtraction';
const LINEAGE = 'supportsLineageExtraction';
const DB = ['CheckAccess', 'GetSchemas', 'GetTables', 'GetViews'];

describe('default steps: service type and capability flags', () => {
  it.each([
    ['database', {}, DB],
    ['dashboard', {}, ['CheckAccess', 'GetDashboards', 'GetCharts']],
    ['pipeline', {}, ['CheckAccess', 'GetPipelines', 'GetPipelineStatus']],
    ['messaging', {}, ['CheckAccess', 'GetTopics']],
    ['mlmodel', {}, ['CheckAccess', 'GetModels']],
    ['storage', {}, ['CheckAccess', 'GetContainers']],
    ['search', {}, ['CheckAccess', 'GetSearchIndexes']],
    ['api', {}, ['CheckAccess', 'GetCollections']],
    ['metadata', {}, ['CheckAccess']],
    ['database', { [USAGE]: true }, [...DB, 'GetQueries']],
    ['database', { [LINEAGE]: true }, [...DB, 'GetQueries']],
    ['database', { [USAGE]: true, [LINEAGE]: true }, [...DB, 'GetQueries']],
    ['database', { [USAGE]: false, [LINEAGE]: false }, DB],
    ['database', { [USAGE]: null }, DB],
    ['database', { supportsProfiler: true }, DB],
    ['dashboard', { [USAGE]: true, [LINEAGE]: true }, ['CheckAccess', 'GetDashboards', 'GetCharts']],
  ] as const)('%s with %j', (serviceType, flags, expected) => {
    expect(names(defaultTestSteps(facts(serviceType, flags)))).toEqual(expected);
  });

  it('CheckAccess is first, mandatory and short-circuits, with an error message naming the connector', () => {
    const [first, ...rest] = defaultTestSteps(facts('database', { [USAGE]: true }));
    expect(first).toEqual({
      name: 'CheckAccess',
      description: 'Reach Foo and authenticate with the given credentials.',
      errorMessage: 'Failed to connect to Foo, please validate the credentials',
      mandatory: true,
      shortCircuit: true,
    });
    expect(rest.map((s) => [s.name, s.mandatory, s.shortCircuit])).toEqual([
      ['GetSchemas', true, false],
      ['GetTables', true, false],
      ['GetViews', false, false],
      ['GetQueries', false, false],
    ]);
    for (const s of rest) expect(s.description).toMatch(/^[A-Z].*\.$/);
  });

  it('names the definition after the tag, with a service-type description', () => {
    const { definition, problems } = deriveTestConnection(facts('messaging'));
    expect(problems).toEqual([]);
    expect(definition).toMatchObject({ name: 'Foo', displayName: 'Foo Test Connection', description: 'Validates access to the messaging service and listing its topics.' });
  });
});

const NEW = { name: 'CheckWarehouse', description: 'Use the warehouse.' };

describe('the testConnection annotation', () => {
  it.each([
    ['add after a step', { add: [{ ...NEW, after: 'CheckAccess' }] }, ['CheckAccess', 'CheckWarehouse', 'GetSchemas', 'GetTables', 'GetViews']],
    ['add before a step', { add: [{ ...NEW, before: 'GetViews' }] }, ['CheckAccess', 'GetSchemas', 'GetTables', 'CheckWarehouse', 'GetViews']],
    ['add at the end', { add: [NEW] }, [...DB, 'CheckWarehouse']],
    ['add two, the second placed after the first', { add: [{ ...NEW, after: 'CheckAccess' }, { name: 'GetStages', description: 'List stages.', after: 'CheckWarehouse' }] }, ['CheckAccess', 'CheckWarehouse', 'GetStages', 'GetSchemas', 'GetTables', 'GetViews']],
    ['remove', { remove: ['GetViews'] }, ['CheckAccess', 'GetSchemas', 'GetTables']],
    ['remove then add back elsewhere (a move)', { remove: ['GetViews'], add: [{ name: 'GetViews', description: 'Views.', before: 'GetSchemas' }] }, ['CheckAccess', 'GetViews', 'GetSchemas', 'GetTables']],
    ['replace the list (reorder)', { steps: ['CheckAccess', 'GetTables', 'GetSchemas'] }, ['CheckAccess', 'GetTables', 'GetSchemas']],
    ['replace the list with a new step', { steps: ['CheckAccess', NEW, 'GetTables'] }, ['CheckAccess', 'CheckWarehouse', 'GetTables']],
    ['replace, then remove and add', { steps: ['CheckAccess', 'GetTables', 'GetViews'], remove: ['GetViews'], add: [{ ...NEW, after: 'CheckAccess' }] }, ['CheckAccess', 'CheckWarehouse', 'GetTables']],
  ] as const)('%s', (_name, annotation, expected) => {
    const { definition, problems } = deriveTestConnection(facts('database', {}, annotation as unknown as JsonValue));
    expect(problems).toEqual([]);
    expect(names(definition.steps)).toEqual(expected);
  });

  it('an entry naming a known step inherits its fields and overrides only what it gives', () => {
    const annotation: JsonValue = { steps: ['CheckAccess', { name: 'GetTables', mandatory: false, description: 'Tables, if any.' }, { name: 'GetViews', mandatory: true }] };
    const { definition } = deriveTestConnection(facts('database', {}, annotation));
    expect(definition.steps[0]).toEqual(defaultTestSteps(facts('database'))[0]);
    expect(definition.steps[1]).toEqual({ name: 'GetTables', description: 'Tables, if any.', mandatory: false, shortCircuit: false });
    expect(definition.steps[2]).toEqual({ name: 'GetViews', description: 'List the views of at least one schema.', mandatory: true, shortCircuit: false });
  });

  it('adding a step the table knows for the service type (GetQueries without usage flags) inherits its description', () => {
    const { definition, problems } = deriveTestConnection(facts('database', {}, { add: [{ name: 'GetQueries', after: 'GetViews', errorMessage: 'No query log.' }] }));
    expect(problems).toEqual([]);
    expect(definition.steps.at(-1)).toEqual({ name: 'GetQueries', description: 'Read the query history that usage and lineage extraction need.', errorMessage: 'No query log.', mandatory: false, shortCircuit: false });
  });

  it('a new step defaults to mandatory and not short-circuiting; errorMessages, displayName and description apply', () => {
    const annotation = { add: [NEW], errorMessages: { GetTables: 'Grant SELECT.', CheckWarehouse: 'Grant USAGE.' }, displayName: 'Foo checks', description: 'Checks Foo.' };
    const { definition, problems } = deriveTestConnection(facts('database', {}, annotation));
    expect(problems).toEqual([]);
    expect(definition).toMatchObject({ displayName: 'Foo checks', description: 'Checks Foo.' });
    expect(definition.steps.find((s) => s.name === 'GetTables')?.errorMessage).toBe('Grant SELECT.');
    expect(definition.steps.at(-1)).toEqual({ ...NEW, errorMessage: 'Grant USAGE.', mandatory: true, shortCircuit: false });
  });
});

describe('annotation problems, each at its exact pointer', () => {
  it.each([
    ['remove names no step', { remove: ['GetViewz'] }, '/testConnection/remove/0', /"remove" names step "GetViewz"/, /did you mean "GetViews"/],
    ['after names no step', { add: [{ ...NEW, after: 'CheckAcess' }] }, '/testConnection/add/0/after', /"after" names step "CheckAcess"/, /did you mean "CheckAccess"/],
    ['before names no step', { add: [{ ...NEW, before: 'Nope' }] }, '/testConnection/add/0/before', /"before" names step "Nope"/, /CheckAccess, GetSchemas, GetTables, GetViews/],
    ['errorMessages names no step', { errorMessages: { GetTabels: 'x' } }, '/testConnection/errorMessages/GetTabels', /"errorMessages" names step "GetTabels"/, /did you mean "GetTables"/],
    ['a removed step referenced later', { remove: ['GetViews'], errorMessages: { GetViews: 'x' } }, '/testConnection/errorMessages/GetViews', /removed at #\/testConnection\/remove\/0/, /GetTables/],
    ['a step listed twice (string)', { steps: ['CheckAccess', 'GetTables', 'GetTables'] }, '/testConnection/steps/2', /"GetTables" is listed twice \(also at #\/testConnection\/steps\/1\)/, /keep one/],
    ['a step listed twice (object)', { steps: ['CheckAccess', 'GetTables', { name: 'GetTables' }] }, '/testConnection/steps/2/name', /listed twice/, /keep one/],
    ['add a step that exists', { add: [{ name: 'GetViews', description: 'x' }] }, '/testConnection/add/0/name', /"GetViews" is listed twice \(a default step\)/, /errorMessages/],
    ['names differing only in case', { add: [{ name: 'GetTAbles', description: 'x' }] }, '/testConnection/add/0/name', /differs from "GetTables" .* only in case/, /keep one/],
    ['CheckAccess not first (steps)', { steps: ['GetTables', 'CheckAccess'] }, '/testConnection/steps/1', /"CheckAccess" must be the first step, but "GetTables" comes before it/, /keep "CheckAccess" first/],
    ['CheckAccess not first (add before it)', { add: [{ ...NEW, before: 'CheckAccess' }] }, '/testConnection/add/0', /"CheckWarehouse" comes before it/, /after/],
    ['CheckAccess removed', { remove: ['CheckAccess'] }, '/testConnection/remove/0', /no "CheckAccess" step/, /first/],
    ['CheckAccess left out of steps', { steps: ['GetTables'] }, '/testConnection/steps', /no "CheckAccess" step/, /first/],
    ['a new step without description (steps)', { steps: ['CheckAccess', { name: 'GetStages' }] }, '/testConnection/steps/1', /new step "GetStages" has no "description"/, /CheckAccess, GetSchemas, GetTables, GetViews, GetQueries/],
    ['a new step without description (add)', { add: [{ name: 'GetStages' }] }, '/testConnection/add/0', /no "description"/, /give it a "description"/],
    ['both after and before', { add: [{ ...NEW, after: 'CheckAccess', before: 'GetViews' }] }, '/testConnection/add/0', /both "after" and "before"/, /keep one/],
    ['a step named like a keyword', { add: [{ name: 'None', description: 'x' }] }, '/testConnection/add/0', /"None" is a keyword in python/, /GetNone/],
  ] as const)('%s', (_name, annotation, pointer, message, hint) => {
    const { problems } = deriveTestConnection(facts('database', {}, annotation as unknown as JsonValue), keywordIn(LANGUAGES));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({ pointer, message: expect.stringMatching(message), hint: expect.stringMatching(hint) });
  });

  it('reports every problem of one annotation, not only the first', () => {
    const { problems } = deriveTestConnection(facts('database', {}, { remove: ['X1', 'X2'], errorMessages: { X3: 'x' } }));
    expect(problems.map((p) => p.pointer)).toEqual(['/testConnection/remove/0', '/testConnection/remove/1', '/testConnection/errorMessages/X3']);
  });
});

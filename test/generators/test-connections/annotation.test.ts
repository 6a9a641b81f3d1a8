import { describe, expect, it } from 'vitest';
import { analyse } from '@connspec/core';
import { generateTestConnectionsOrThrow } from './support.js';
import { expectDiagnostics, schema, type Expected, type Source } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';

const FOO = 'entity/services/connections/database/fooConnection.json';
const SHARED = 'type/shared.json';

/** A Foo connection whose root carries `"testConnection": <annotation>` on line 6 (tag on line 8). */
function annotated(annotation: string, property = ''): Source {
  return schema(
    FOO,
    '  "type": "object",',
    '  "schemaVersion": "1.0.0",',
    `  "testConnection": ${annotation},`,
    '  "properties": {',
    `    "type": { "type": "string", "enum": ["Foo"], "default": "Foo" }${property ? ',' : ''}`,
    ...(property ? [`    ${property}`] : []),
    '  },',
    '  "additionalProperties": false',
  );
}

/** Line and column of `needle` in a source's text (1-based), for the expected position. */
function at(source: Source, needle: string): { line: number; column: number } {
  const lines = source.text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no ${needle} in the source`);
  return { line: line + 1, column: (lines[line] ?? '').indexOf(needle) + 1 };
}

const expected = (source: Source, needle: string, e: Omit<Expected, 'line' | 'column' | 'file'> & { file?: string }): Expected => ({ file: FOO, ...at(source, needle), ...e });

describe('testConnection through validate: rule, exact place, message and fix', () => {
  it('an unknown field anywhere in the annotation is unknown-keyword at its pointer, naming the allowed fields', async () => {
    const source = annotated('{ "add": [{ "name": "GetStages", "description": "d", "afer": "CheckAccess" }], "steps": ["CheckAccess", { "name": "GetTables", "mandatry": false }], "erorMessages": {} }');
    const { diagnostics } = await analyse(tempConfig(), [source]);
    expectDiagnostics(diagnostics, [
      expected(source, '"afer"', { rule: 'unknown-keyword', pointer: '/testConnection/add/0/afer', says: ['"afer" is not a field of testConnection'], hint: /name, description, errorMessage, mandatory, shortCircuit, after, before/ }),
      expected(source, '"mandatry"', { rule: 'unknown-keyword', pointer: '/testConnection/steps/1/mandatry', says: ['"mandatry"'], hint: /name, description, errorMessage, mandatory, shortCircuit$/ }),
      expected(source, '"erorMessages"', { rule: 'unknown-keyword', pointer: '/testConnection/erorMessages', says: ['"erorMessages"'], hint: /displayName, description, steps, remove, add, errorMessages/ }),
    ]);
  });

  it('a wrong value type or a step name that is not PascalCase is a meta-schema error at its pointer', async () => {
    const source = annotated('{ "remove": ["get_views"], "add": [{ "name": "GetStages", "description": "d", "mandatory": "yes" }] }');
    const { diagnostics } = await analyse(tempConfig(), [source]);
    // A malformed name is the meta-schema's alone: test-connection-steps does not also call it unknown.
    expectDiagnostics(diagnostics, [
      expected(source, '"get_views"', { rule: 'meta-schema', pointer: '/testConnection/remove/0', says: ['must match pattern "^[A-Z][A-Za-z0-9]*$"'], hint: /"0"/ }),
      expected(source, '"mandatory"', { rule: 'meta-schema', pointer: '/testConnection/add/0/mandatory', says: ['must be boolean'], hint: /"mandatory"/ }),
    ]);
  });

  it('unknown step references and CheckAccess out of place are test-connection-steps errors at their pointer', async () => {
    const source = annotated('{ "add": [{ "name": "GetStages", "description": "d", "before": "CheckAccess" }, { "name": "GetPipes", "description": "d", "after": "GetStagez" }], "errorMessages": { "GetTabels": "x" } }');
    const { diagnostics } = await analyse(tempConfig(), [source]);
    expectDiagnostics(diagnostics, [
      expected(source, '{ "name": "GetStages"', { rule: 'test-connection-steps', pointer: '/testConnection/add/0', says: ['"CheckAccess" must be the first step', '"GetStages" comes before it'], hint: /keep "CheckAccess" first/ }),
      expected(source, '"after"', { rule: 'test-connection-steps', pointer: '/testConnection/add/1/after', says: ['"after" names step "GetStagez"'], hint: /did you mean "GetStages"/ }),
      expected(source, '"GetTabels"', { rule: 'test-connection-steps', pointer: '/testConnection/errorMessages/GetTabels', says: ['"errorMessages" names step "GetTabels"'], hint: /did you mean "GetTables"/ }),
    ]);
  });

  it('the keyword anywhere but a connection root is an error at its pointer', async () => {
    const shared = schema(SHARED, '  "type": "object",', '  "testConnection": { "remove": ["GetViews"] }');
    const nested = annotated('{}', '"opts": { "type": "object", "testConnection": {} }');
    const { diagnostics } = await analyse(tempConfig(), [nested, shared]);
    expectDiagnostics(diagnostics, [
      expected(nested, '"testConnection": {} }', { rule: 'test-connection-steps', pointer: '/properties/opts/testConnection', says: ['inside a connection schema, not at its root'], hint: /move it to the root/ }),
      { file: SHARED, ...at(shared, '"testConnection"'), rule: 'test-connection-steps', pointer: '/testConnection', says: ['type/shared.json, which is not a connection schema'], hint: /root of the connection schema/ },
    ]);
  });

  it('a clean annotation passes validate and shapes the definition', async () => {
    const source = annotated('{ "add": [{ "name": "CheckWarehouse", "description": "Use the warehouse.", "after": "CheckAccess" }], "remove": ["GetViews"], "errorMessages": { "GetTables": "Grant SELECT." } }');
    const { ir, diagnostics } = await analyse(tempConfig(), [source]);
    expect(diagnostics).toEqual([]);
    const files = generateTestConnectionsOrThrow(ir);
    const foo = JSON.parse(files.get('database/Foo.json') ?? '{}') as { steps: { name: string; errorMessage?: string }[] };
    expect(foo.steps.map((s) => s.name)).toEqual(['CheckAccess', 'CheckWarehouse', 'GetSchemas', 'GetTables']);
    expect(foo.steps[3]?.errorMessage).toBe('Grant SELECT.');
  });

  it('with the rule turned off, generation still refuses a bad annotation, naming the file and pointer', async () => {
    const source = annotated('{ "remove": ["GetViewz"] }');
    const { ir, diagnostics } = await analyse(tempConfig({ rules: { 'test-connection-steps': 'off' } }), [source]);
    expect(diagnostics).toEqual([]);
    expect(() => generateTestConnectionsOrThrow(ir)).toThrow(/fooConnection\.json:6:3 error \[test-connection-steps\] at #\/testConnection\/remove\/0: "remove" names step "GetViewz"/);
  });
});

import { describe, expect, it } from 'vitest';
import { entryOf, entrySources } from '../../tools/conformance/draft7/catalogue.js';
import { UNCATALOGUED } from '../../tools/conformance/draft7/plan.js';
import { loadGroups, SUITE_ROOT, type Group } from '../../tools/conformance/draft7/suite.js';
import { deviationOf, SUITES } from '../../tools/conformance/draft7/suites.js';
import { parseSuites } from '../../tools/conformance/run.js';

const group = (file: string, index: number, schema: unknown): Group => ({ key: `${file}/${index}`, file, index, description: 'd', schema: schema as never, tests: [] });
const LATER = SUITES['draft2020-12'];

describe('official suites: the draft is a parameter of one harness', () => {
  it('reads every group of the required 2020-12 files', () => {
    const groups = loadGroups(SUITE_ROOT, 'draft2020-12');
    expect(groups.length).toBeGreaterThan(350);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    expect(groups.some((g) => g.file === 'unevaluatedProperties')).toBe(true);
  });

  it('writes a 2020-12 group and its wrapper in 2020-12, under the suite folder', () => {
    const entry = entryOf(group('prefixItems', 0, { prefixItems: [{ type: 'integer' }], $defs: { a: {} } }), LATER);
    expect(entry.path).toBe('draft2020-12/prefixItems/g0.json');
    expect(entry.features).toContain('prefixItems');
    const [root, wrapper] = entrySources(entry, 'https://x.dev/').map((s) => JSON.parse(s.text) as { $schema: string });
    expect([root?.$schema, wrapper?.$schema]).toEqual([LATER.schemaUri, LATER.schemaUri]);
  });

  it('keeps a group that names its own meta-schema out, with the reason', () => {
    const entry = entryOf(group('vocabulary', 0, { $schema: 'http://localhost:1234/draft2020-12/metaschema-no-validation.json', type: 'object' }), LATER);
    expect(entry.features.filter((f) => UNCATALOGUED.has(f))).toEqual(['$schema (other meta-schema)']);
    expect(entryOf(group('type', 0, { $schema: LATER.schemaUri, type: 'integer' }), LATER).features).toEqual(['type']);
  });

  it('names deviations per group or per keyword file, per suite', () => {
    expect(deviationOf(LATER, 'format/7')).toMatch(/annotation/);
    expect(deviationOf(SUITES.draft7, 'format/7')).toBeUndefined();
    expect(deviationOf(SUITES.draft7, 'ref/5')).toMatch(/\$ref/);
  });

  it('runs both official suites by default and either alone', () => {
    expect(parseSuites([])).toEqual(['schemas', 'probes', 'openmetadata', 'draft7', 'draft2020-12']);
    expect(parseSuites(['--suite', 'draft2020-12'])).toEqual(['draft2020-12']);
  });
});

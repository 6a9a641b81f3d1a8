import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '@connspec/core';
import { generate } from '../support/generate.js';
import { fixturesFromSamples } from '../../tools/conformance/fixtures.js';
import { pythonChecks } from '../../tools/conformance/fixtures-suite.js';
import { selfTest, selfTestReport, stripConstraint } from '../../tools/conformance/self-test.js';
import { disagreements } from '../../tools/conformance/verdicts.js';
import { ROOT, tempConfig } from '../support/workspace.js';

describe('the harness can fail', () => {
  it('deletes exactly one constraint from one field line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'connspec-strip-'));
    mkdirSync(join(dir, 'pkg'));
    const file = join(dir, 'pkg', 'm.py');
    writeFileSync(file, 'class A:\n    name: Annotated[StrictStr, Field(min_length=3, max_length=63, title="x")]\n    other: Annotated[StrictStr, Field(max_length=9)]\n');
    expect(stripConstraint(dir, 'name', 'max_length')).toMatchObject({ file });
    expect(readFileSync(file, 'utf8')).toContain('name: Annotated[StrictStr, Field(min_length=3, title="x")]');
    expect(readFileSync(file, 'utf8')).toContain('Field(max_length=9)');
    expect(stripConstraint(dir, 'missing', 'max_length')).toBeUndefined();
  });

  it('reports a disagreement once a bound is deleted from the generated Python', async () => {
    const config = tempConfig();
    await generate(config, ['python']);
    const { ir } = await analyse(config);
    if (!ir) throw new Error('no IR');
    const { fixtures } = fixturesFromSamples(join(ROOT, 'test/samples'), ir);
    expect(disagreements(fixtures, 'python', pythonChecks({ config }, ir, fixtures))).toEqual([]);
    const result = selfTest(config, ir, fixtures);
    const report = selfTestReport(result);
    expect(report.ok, report.text).toBe(true);
    expect(result.reported.map((d) => d.fixture.id)).toContain(result.mutation?.fixture.id);
  }, 120_000);
});

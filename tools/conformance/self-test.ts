/**
 * Proof that the harness can fail: delete one constraint from the generated Python of a catalogue
 * by hand (a `max_length=`, `min_length=`, `ge=` or `le=` on the field an invalid fixture breaks),
 * re-run the Python verdicts, and demand that the run now reports that fixture as a disagreement.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IR } from '@connspec/core';
import { pythonChecks } from './fixtures-suite.js';
import { disagreements, type Disagreement, type Fixture } from './verdicts.js';
import type { ConnspecConfig } from '@connspec/core';

/** The Field(...) argument that enforces each keyword in the generated Pydantic models. */
export const PYTHON_ARGUMENT: Readonly<Record<string, string>> = { maxLength: 'max_length', minLength: 'min_length', maximum: 'le', minimum: 'ge' };

export interface Mutation {
  readonly fixture: Fixture;
  readonly file: string;
  readonly before: string;
  readonly after: string;
}

/** Removes `<argument>=<number>` from the first field line of `property` that has it; undefined when none does. */
export function stripConstraint(pythonDir: string, property: string, argument: string): { file: string; before: string; after: string } | undefined {
  const files = readdirSync(pythonDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.py')).map((e) => join(e.parentPath, e.name)).sort();
  const field = new RegExp(`^\\s+(${escape(property)}|\\w+: .*alias="${escape(property)}"):`);
  const constraint = new RegExp(`\\b${argument}=-?[0-9.eE+-]+(, )?`);
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => field.test(l) && constraint.test(l));
    const before = lines[at];
    if (at < 0 || before === undefined) continue;
    const after = before.replace(constraint, '');
    lines[at] = after;
    writeFileSync(file, lines.join('\n'));
    return { file, before, after };
  }
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Breaks the Python output for the first invalid fixture it can, and returns what the re-run reports about it. */
export function selfTest(config: ConnspecConfig, ir: IR, fixtures: readonly Fixture[]): { mutation?: Mutation; reported: Disagreement[] } {
  const packageDir = join(config.outDir, 'python', String(config.generators.python?.packageName ?? 'connspec_models'));
  for (const fixture of fixtures) {
    const argument = fixture.valid ? undefined : PYTHON_ARGUMENT[fixture.keyword ?? ''];
    const property = fixture.instancePath?.split('/').at(-1);
    if (!argument || !property || /^\d+$/.test(property)) continue;
    const stripped = stripConstraint(packageDir, property.replace(/~1/g, '/').replace(/~0/g, '~'), argument);
    if (!stripped) continue;
    const verdicts = pythonChecks({ config }, ir, fixtures);
    return { mutation: { fixture, ...stripped }, reported: disagreements(fixtures, 'python', verdicts) };
  }
  return { reported: [] };
}

/** The self-test's verdict: a line for the report, and whether the harness failed as it must. */
export function selfTestReport(result: ReturnType<typeof selfTest>): { ok: boolean; text: string } {
  const m = result.mutation;
  if (!m) return { ok: false, text: 'self-test FAILED: no invalid fixture with a length or bound constraint to delete from the Python output' };
  const caught = result.reported.some((d) => d.fixture.id === m.fixture.id);
  const what = `deleted a constraint from ${m.file}:\n    - ${m.before.trim().slice(0, 160)}\n    + ${m.after.trim().slice(0, 160)}`;
  return caught
    ? { ok: true, text: `self-test passed: ${what}\n  → the run reports ${result.reported.length} Python disagreement(s), among them ${m.fixture.id} (expected rejected, got accepted): the harness can fail` }
    : { ok: false, text: `self-test FAILED: ${what}\n  → yet the run reports no disagreement on ${m.fixture.id}: the harness cannot see it` };
}

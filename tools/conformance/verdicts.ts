/**
 * Verdicts: what each checker (ajv, and the generated TypeScript, Python and Java models) says of
 * each fixture, compared with what the fixture says it is. Printing lives in report.ts.
 */

export type Checker = 'ajv' | 'typescript' | 'python' | 'java';
export const CHECKERS: readonly Checker[] = ['ajv', 'typescript', 'python', 'java'];

export interface Fixture {
  /** Unique in a run: `<source>:<connection tag>/<file>`. */
  readonly id: string;
  /** Path of the connection schema under the schema root. */
  readonly connection: string;
  /** Absolute path of the fixture file. */
  readonly file: string;
  readonly valid: boolean;
  readonly value: unknown;
  /** For an invalid fixture: where ajv must report the violation. */
  readonly instancePath?: string;
  readonly keyword?: string;
  /** The fixture's JSON text, when it must be read exactly (numbers beyond 2^53, decimals, escapes): Python and TypeScript read it rather than `value`. */
  readonly text?: string;
  /** Whether TypeScript's types must judge this fixture (a probe says so itself); undefined: the keyword decides. */
  readonly typescript?: boolean;
  /** Strings that must never show in a model's repr / toString (secrets and masked values). */
  readonly hidden?: readonly string[];
}

/** What a language's model wrote back for an accepted value, through the serialisation contract's calls. */
export interface Written {
  /** The output equals the input as a JSON value (exact numbers, key order free, absent stays absent, null stays null). */
  readonly exact: boolean;
  readonly text: string;
  /** What the model shows of itself: Python repr() and str(), Java toString(). */
  readonly shown: string;
}

/**
 * One checker on one fixture; `accepted` undefined means the checker does not judge it (TypeScript on
 * most invalid fixtures), unless `problem` says it failed to (a crash), which is a disagreement.
 */
export interface Verdict {
  readonly accepted?: boolean;
  /** Why it was rejected (first errors), or what else went wrong. */
  readonly detail?: string;
  /** The checker agrees on accept/reject but not on something it must also get right (ajv: the error's place). */
  readonly problem?: string;
  /** For an accepted value, what the model wrote back (Python and Java). */
  readonly written?: Written;
}

export type Verdicts = ReadonlyMap<string, Verdict>;

export interface Disagreement {
  readonly checker: Checker;
  readonly fixture: Fixture;
  readonly expected: string;
  readonly actual: string;
  readonly detail?: string;
}

export interface CheckerSummary {
  readonly checker: Checker;
  readonly judged: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly notJudged: number;
  readonly disagreements: number;
}

const word = (accepted: boolean | undefined): string => (accepted === undefined ? 'not judged' : accepted ? 'accepted' : 'rejected');

/** Every place a checker's verdict differs from the fixture's `valid` (or a judged verdict is missing). */
export function disagreements(fixtures: readonly Fixture[], checker: Checker, verdicts: Verdicts): Disagreement[] {
  return fixtures.flatMap((fixture): Disagreement[] => {
    const v = verdicts.get(fixture.id);
    const expected = fixture.valid ? 'accepted' : 'rejected';
    if (v === undefined) return [{ checker, fixture, expected, actual: 'no verdict (the checker did not report this fixture)' }];
    if (v.accepted === undefined) return v.problem ? [{ checker, fixture, expected, actual: v.problem, ...(v.detail ? { detail: v.detail } : {}) }] : [];
    if (v.accepted !== fixture.valid) return [{ checker, fixture, expected, actual: word(v.accepted), ...(v.detail ? { detail: v.detail } : {}) }];
    if (v.problem) return [{ checker, fixture, expected: `${expected} at ${fixture.instancePath ?? ''} (${fixture.keyword ?? ''})`, actual: v.problem, ...(v.detail ? { detail: v.detail } : {}) }];
    return [];
  });
}

export function summarise(fixtures: readonly Fixture[], checker: Checker, verdicts: Verdicts): CheckerSummary {
  const list = fixtures.map((f) => verdicts.get(f.id));
  const judged = list.filter((v) => v?.accepted !== undefined);
  return {
    checker,
    judged: judged.length,
    accepted: judged.filter((v) => v?.accepted === true).length,
    rejected: judged.filter((v) => v?.accepted === false).length,
    notJudged: list.length - judged.length,
    disagreements: disagreements(fixtures, checker, verdicts).length,
  };
}

import { createRequire } from 'node:module';
import { joinPointer } from '../../pointer.js';
import { isObject } from '../../util/walk.js';
import { parsePattern } from '../../regex/parse.js';
import { unsharedConstructs } from '../../regex/portability.js';
import type { Finding, LintContext, LintRule } from '../rule.js';
import { eachSchema } from './structure.js';

// recheck (a Scala.js build) takes a third of a second to load: only when a catalogue has patterns.
let recheck: typeof import('recheck') | undefined;

/**
 * recheck's verdict on one pattern. Its default sync backend runs the native checker in a synckit
 * worker, which can fail under load (seen in CI: synckit's "reading 'message'" TypeError); a bad
 * pattern is a verdict, never a throw, so a throw is the worker's, and the in-process (pure) backend
 * then gives the same verdict, only slower.
 */
function checkSync(source: string, flags: string): ReturnType<typeof import('recheck').checkSync> {
  recheck ??= createRequire(import.meta.url)('recheck') as typeof import('recheck');
  try {
    return recheck.checkSync(source, flags);
  } catch {
    const previous = process.env.RECHECK_SYNC_BACKEND;
    process.env.RECHECK_SYNC_BACKEND = 'pure';
    try {
      return recheck.checkSync(source, flags);
    } finally {
      if (previous === undefined) delete process.env.RECHECK_SYNC_BACKEND;
      else process.env.RECHECK_SYNC_BACKEND = previous;
    }
  }
}

/** Every regex in the catalogue: `pattern` values and `patternProperties` keys. */
function eachPattern(ctx: LintContext, check: (source: string, pointer: string, file: string) => Finding[]): Finding[] {
  return eachSchema(ctx, (schema, pointer, file) => {
    const out: Finding[] = [];
    if (typeof schema.pattern === 'string') out.push(...check(schema.pattern, joinPointer(pointer, 'pattern'), file));
    if (isObject(schema.patternProperties)) {
      for (const key of Object.keys(schema.patternProperties)) out.push(...check(key, joinPointer(pointer, 'patternProperties', key), file));
    }
    return out;
  });
}

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export const patternEcma: LintRule = {
  id: 'pattern-ecma',
  sentence: 'Every pattern compiles as an ECMA-262 regular expression (with the `u` flag, as ajv runs it).',
  severity: 'error',
  check: (ctx) => eachPattern(ctx, (source, pointer, file) =>
    compiles(source) ? [] : [{ file, pointer, message: `/${source}/ is not a valid ECMA-262 regular expression`, hint: 'fix the syntax; JSON Schema patterns are ECMA-262 (no (?i), \\A, \\Z, possessive quantifiers), and backslashes must be doubled in JSON' }],
  ),
};

/** Syntax that ECMA-262 accepts but the engines the targets' output runs patterns on (their PatternDialects) do not share. */
export const patternPortable: LintRule = {
  id: 'pattern-portable',
  sentence: "A pattern avoids syntax Python's, Rust's (Pydantic) or Java's regex engines do not share with ECMA-262.",
  severity: 'warning',
  check: (ctx) => eachPattern(ctx, (source, pointer, file) => {
    const parsed = parsePattern(source);
    // A pattern that is not ECMA-262 is pattern-ecma's finding.
    if (!parsed.ok) return [];
    return unsharedConstructs(parsed.ast, ctx.languages.flatMap((l) => l.patternDialects ?? [])).map((u) => ({
      file,
      pointer,
      message: `/${source}/ uses ${u.what}, which ${u.engines.join(' and ')} cannot run the same way`,
      hint: 'rewrite without it if you can; otherwise generated models switch engines or validators for this pattern',
    }));
  }),
};

export const patternRedos: LintRule = {
  id: 'pattern-redos',
  sentence: 'No pattern can take super-linear time on a hostile input (checked with recheck).',
  severity: 'error',
  check: (ctx) => {
    // A catalogue repeats its patterns (a shared host or port pattern in every connection): check each once.
    // A verdict depends on the pattern's text alone, so it is kept across runs too (recheck is slow to start).
    const verdicts = new Map<string, ReturnType<typeof checkSync>>();
    const verdict = (source: string): ReturnType<typeof checkSync> => ctx.units.reuse('', `recheck\0${source}`, () => checkSync(source, 'u'));
    return eachPattern(ctx, (source, pointer, file) => redosFindings(source, pointer, file, verdicts, verdict));
  },
};

function redosFindings(source: string, pointer: string, file: string, verdicts: Map<string, ReturnType<typeof checkSync>>, verdict: (source: string) => ReturnType<typeof checkSync>): Finding[] {
  if (!compiles(source)) return [];
  let result = verdicts.get(source);
  if (!result) {
    result = verdict(source);
    verdicts.set(source, result);
  }
  if (result.status !== 'vulnerable') return [];
  const attack = result.attack ? ` (e.g. ${JSON.stringify(result.attack.string.slice(0, 40))})` : '';
  return [{ file, pointer, message: `/${source}/ is ReDoS-prone: ${result.complexity.type} backtracking${attack}`, hint: 'remove nested or overlapping quantifiers such as (a+)+ or (a|a)*; anchor and bound repetition' }];
}

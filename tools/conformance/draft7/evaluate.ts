/**
 * Runs an official suite (draft-07 or 2020-12): catalogue, generate, one Python process, one javac run and one JVM,
 * then a verdict per case and language. A case is `pass` when the model accepts exactly the valid
 * cases; `untyped` when no typed model can represent it (see implied.ts); a skipped group's cases
 * are `skipped`. ajv (connspec's validator) is run on every case as the reference.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv, type JsonValue } from '@connspec/core';
import { buildJava } from './java-build.js';
import { entryOf, wrapped, type Entry } from './catalogue.js';
import { analyseEntries, PACKAGE, suiteConfig, writePython, type Reasons } from './generation.js';
import { withImpliedTypes } from './implied.js';
import { languageStatus, RUN_LANGUAGES, UNCATALOGUED, type LanguageStatus, type RunLanguage } from './plan.js';
import { loadGroups, SUITE_ROOT, type Group } from './suite.js';
import { deviationOf, SUITES, type OfficialSuite } from './suites.js';
import { listFiles } from '../../openmetadata/run-corpus.js';
import { javaVerdicts } from '../languages/java.js';
import { pythonVerdicts } from '../languages/python.js';
import type { Verdict } from '../verdicts.js';

export type Outcome = 'pass' | 'fail' | 'untyped' | 'deviation' | 'skipped';

export interface CaseResult {
  readonly description: string;
  readonly valid: boolean;
  readonly ajv: boolean;
  readonly outcome: Readonly<Record<RunLanguage, Outcome>>;
  readonly detail: Readonly<Partial<Record<RunLanguage, string>>>;
}

export interface GroupResult {
  readonly entry: Entry;
  readonly status: Readonly<Record<RunLanguage, LanguageStatus>>;
  readonly cases: readonly CaseResult[];
}

const caseId = (g: Group, i: number): string => `${g.key}#${i}`;

export async function runSuite(work: string, suite: OfficialSuite = SUITES.draft7, groups: readonly Group[] = loadGroups(SUITE_ROOT, suite.name)): Promise<GroupResult[]> {
  const entries = groups.map((g) => entryOf(g, suite));
  const refused: Reasons = new Map();
  for (const e of entries) {
    const out = e.features.find((f) => UNCATALOGUED.has(f));
    if (out) refused.set(e.group.key, `uses \`${out}\` (every language: none)`);
  }
  const config = suiteConfig(join(work, 'out'));
  const { ir, kept } = await analyseEntries(config, entries.filter((e) => !refused.has(e.group.key)), refused);
  const python = writePython(ir, kept, join(work, 'out', 'python'));
  const javaRefused: Reasons = new Map();
  const java = await buildJava(config, kept, work, javaRefused);
  const status = (e: Entry): Record<RunLanguage, LanguageStatus> => ({
    python: languageStatus(e, 'python', refused.get(e.group.key), python.notes.get(e.group.key) ?? []),
    java: languageStatus(e, 'java', refused.get(e.group.key) ?? javaRefused.get(e.group.key), java.notes.get(e.group.key) ?? []),
  });
  const statuses = new Map(entries.map((e) => [e.group.key, status(e)]));
  const runs = (l: RunLanguage): Entry[] => kept.filter((e) => statuses.get(e.group.key)?.[l].skipped === undefined);
  const cases = (l: RunLanguage) => runs(l).flatMap((e) => e.group.tests.map((t, i) => ({ id: caseId(e.group, i), decl: `${e.wrapper}#`, value: wrapped(t.data) })));
  const pyVerdicts = pythonVerdicts(python.ir, python.dir, PACKAGE, cases('python'));
  const javaCases = cases('java').map((c, n) => ({ ...c, file: writeCase(join(work, 'cases'), n, c.value) }));
  const jvVerdicts = java.built ? javaVerdicts(java.ir, java.settings, java.built, work, javaCases) : new Map<string, Verdict>();
  const verdicts = { python: pyVerdicts, java: jvVerdicts };
  return entries.map((entry) => judgeGroup(suite, entry, statuses.get(entry.group.key) ?? status(entry), verdicts));
}

function writeCase(dir: string, n: number, value: JsonValue): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${n}.json`);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

function judgeGroup(suite: OfficialSuite, entry: Entry, status: Record<RunLanguage, LanguageStatus>, verdicts: Record<RunLanguage, ReadonlyMap<string, Verdict>>): GroupResult {
  const { ajv, typed } = referenceValidators(suite, entry.group.schema);
  const cases = entry.group.tests.map((t, i): CaseResult => {
    const reference = ajv(t.data);
    const untyped = typed !== undefined && typed(t.data) !== reference;
    const deviation = reference !== t.valid && deviationOf(suite, entry.group.key) !== undefined;
    const outcome = {} as Record<RunLanguage, Outcome>;
    const detail: Partial<Record<RunLanguage, string>> = {};
    for (const l of RUN_LANGUAGES) {
      const v = verdicts[l].get(caseId(entry.group, i));
      if (status[l].skipped !== undefined) outcome[l] = 'skipped';
      else if (deviation) outcome[l] = 'deviation';
      else if (untyped) outcome[l] = 'untyped';
      else outcome[l] = v?.accepted === t.valid && v.problem === undefined ? 'pass' : 'fail';
      if (outcome[l] === 'fail') detail[l] = v ? `${v.accepted === undefined ? 'no verdict' : v.accepted ? 'accepted' : 'rejected'}${v.problem ? ` (${v.problem})` : ''}${v.detail ? `: ${v.detail}` : ''}` : 'no verdict';
    }
    return { description: t.description, valid: t.valid, ajv: reference, outcome, detail };
  });
  return { entry, status, cases };
}

const loaded = new Map<string, [string, object][]>();

/**
 * The suite's `remotes/`, as the refRemote groups expect them at http://localhost:1234/ (for the
 * reference verdicts only): the shared ones and the suite's own folder, not another draft's (one ajv
 * holds one dialect).
 */
function remotes(suite: OfficialSuite): [string, object][] {
  const own = (p: string): boolean => !/^draft[^/]*\//.test(p) || p.startsWith(`${suite.name}/`);
  const found = loaded.get(suite.name) ?? listFiles(join(SUITE_ROOT, 'remotes'), '.json').filter(own).map((p): [string, object] => [`http://localhost:1234/${p}`, JSON.parse(readFileSync(join(SUITE_ROOT, 'remotes', p), 'utf8')) as object]);
  loaded.set(suite.name, found);
  return found;
}

/** ajv on the group's schema as written, and on it with every implied `type` written out (undefined if it has none). */
function referenceValidators(suite: OfficialSuite, schema: JsonValue): { ajv: (data: unknown) => boolean; typed: ((data: unknown) => boolean) | undefined } {
  const make = (s: JsonValue): ((data: unknown) => boolean) => {
    const ajv = createAjv({ strict: false, logger: false }, suite.dialect);
    for (const [url, remote] of remotes(suite)) ajv.addSchema(remote, url);
    try {
      const validate = ajv.compile(s as object | boolean);
      // ajv 8's 2020-12 `$dynamicRef` can recurse without end on some suite schemas: no verdict is a reject.
      return (data) => {
        try {
          return validate(data);
        } catch {
          return false;
        }
      };
    } catch {
      return () => false;
    }
  };
  const typedSchema = withImpliedTypes(schema);
  return { ajv: make(schema), typed: JSON.stringify(typedSchema) === JSON.stringify(schema) ? undefined : make(typedSchema) };
}

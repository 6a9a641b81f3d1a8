/**
 * The probe catalogue (`test/probes`): a schema tree (`schemas/<area>/*.json`, each a connection of
 * service type `<area>`, configured by `probes.connspec.json`) and, per area, `cases/<area>.json`: the
 * probes (a config's exact JSON text, its verdict under the JSON Schema specification, what must stay
 * hidden) and the disagreements a checker cannot avoid, each with its reason (README renders them).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../test/support/workspace.js';
import type { FixtureSource } from '../fixtures.js';
import { CHECKERS, type Checker, type Fixture } from '../verdicts.js';

export const PROBES_DIR = join(ROOT, 'test/probes');
export const PROBES_CONFIG = join(PROBES_DIR, 'probes.connspec.json');

export interface Probe {
  readonly id: string;
  /** The connection schema, under `test/probes/schemas`. */
  readonly schema: string;
  /** The config as JSON text, exactly as written. */
  readonly config: string;
  /** The verdict under the JSON Schema specification (exact decimal arithmetic). */
  readonly valid: boolean;
  /** An invalid probe TypeScript's types must reject too. */
  readonly typescript?: boolean;
  /** Strings no model may show in repr / toString. */
  readonly hidden?: readonly string[];
  readonly why: string;
}

/** A disagreement a checker cannot avoid, tolerated by the suite and rendered into README. */
export interface Explained {
  readonly probe: string;
  readonly checker: Checker;
  /** The support-matrix row it belongs to. */
  readonly keyword: string;
  readonly reason: string;
}

export interface ProbeCatalogue {
  readonly probes: readonly Probe[];
  readonly explained: readonly Explained[];
}

interface CaseFile {
  readonly probes?: readonly Probe[];
  readonly explained?: readonly Explained[];
}

/** Every area's probes and explanations, in file order; a malformed entry throws naming its file. */
export function readProbes(dir: string = PROBES_DIR): ProbeCatalogue {
  const files = readdirSync(join(dir, 'cases')).filter((f) => f.endsWith('.json')).sort();
  const parts = files.map((name) => ({ name, body: JSON.parse(readFileSync(join(dir, 'cases', name), 'utf8')) as CaseFile }));
  const catalogue = { probes: parts.flatMap((p) => p.body.probes ?? []), explained: parts.flatMap((p) => p.body.explained ?? []) };
  const problems = catalogueProblems(catalogue, (schema) => existsSync(join(dir, 'schemas', schema)));
  if (problems.length) throw new Error(`test/probes/cases: ${problems.join('; ')}`);
  return catalogue;
}

/** What is wrong with a catalogue: duplicate ids, missing schemas, configs that are not JSON, explanations of nothing. */
export function catalogueProblems(catalogue: ProbeCatalogue, schemaExists: (schema: string) => boolean): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const p of catalogue.probes) {
    if (seen.has(p.id)) problems.push(`probe id ${p.id} is used twice`);
    seen.add(p.id);
    if (!schemaExists(p.schema)) problems.push(`${p.id}: no schema ${p.schema}`);
    if (!parses(p.config)) problems.push(`${p.id}: config is not JSON text`);
    if (p.valid && p.typescript !== undefined) problems.push(`${p.id}: "typescript" is for invalid probes (a valid one must always type-check)`);
  }
  for (const e of catalogue.explained) {
    if (!seen.has(e.probe) && !e.probe.startsWith('fixtures:')) problems.push(`explained ${e.probe}: no such probe`);
    if (!CHECKERS.includes(e.checker)) problems.push(`explained ${e.probe}: unknown checker ${e.checker}`);
  }
  return problems;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The probes as fixtures: each config written to `<work>/probes/` (Java reads files), its text kept for exact reading. */
export function probeFixtures(catalogue: ProbeCatalogue, work: string): FixtureSource {
  const dir = join(work, 'probes');
  mkdirSync(dir, { recursive: true });
  const fixtures = catalogue.probes.map((p, index): Fixture => {
    const file = join(dir, `p${index}.json`);
    writeFileSync(file, p.config);
    const optional = { ...(p.typescript === undefined ? {} : { typescript: p.typescript }), ...(p.hidden ? { hidden: p.hidden } : {}) };
    return { id: p.id, connection: p.schema, file, valid: p.valid, value: JSON.parse(p.config) as unknown, text: p.config, ...optional };
  });
  return { label: `probes (test/probes/cases, ${catalogue.probes.length})`, fixtures };
}

/** README's "known differences": each explained disagreement as a row of the support matrix's keyword, with its reason. */
export function explainedTable(catalogue: ProbeCatalogue = readProbes()): string {
  if (catalogue.explained.length === 0) return 'None: every probe gets the reference verdict from every checker, and Python and Java write every accepted probe back exactly.';
  const byId = new Map(catalogue.probes.map((p) => [p.id, p]));
  const rows = [...catalogue.explained]
    .sort((a, b) => a.keyword.localeCompare(b.keyword) || a.checker.localeCompare(b.checker) || a.probe.localeCompare(b.probe))
    .map((e) => `| \`${e.keyword}\` | ${e.checker} | \`${e.probe}\`: ${cell(byId.get(e.probe)?.config ?? '')} | ${cell(e.reason)} |`);
  return ['| keyword | checker | probe | why it differs |', '|---|---|---|---|', ...rows].join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/`/g, "'");

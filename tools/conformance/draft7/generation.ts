/**
 * Generates Python and Java from the draft-07 catalogue in one go each. A group connspec refuses
 * (an error diagnostic in its files) or a generator cannot handle is taken out, with the reason,
 * and the rest regenerated; what a generator says it does not enforce is kept per group.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyse, DiagnosticError, formatDiagnostic, type ConnspecConfig, type Diagnostic, type GeneratedFile, type IR } from '@connspec/core';
import { loadConfig } from 'connspec';
import { generateJava, javaSettings, type JavaSettings } from '@connspec/generator-java';
import { generatePython } from '@connspec/generator-python';
import { entrySources, type Entry } from './catalogue.js';
import { LANGUAGES } from '../matrix.js';

export const BASE_URL = 'https://connspec.dev/schema/';
export const PACKAGE = 'connspec_models';
export const JAVA_SETTINGS: JavaSettings = javaSettings({ inexpressible: 'report' });

/**
 * Authoring rules that say nothing about what a schema means, relaxed because the suite's schemas
 * are not connection schemas; every other rule still rejects a group (listed with its diagnostic).
 */
export const SUITE_RULES: Readonly<Record<string, { severity: 'warning' | 'off'; why: string }>> = {
  'ajv-strict': { severity: 'warning', why: 'strict mode wants `type` next to kind keywords and known formats; the suite tests exactly those schemas' },
  'default-valid': { severity: 'warning', why: 'default.json holds invalid defaults on purpose (annotations, never validated)' },
  'required-exists': { severity: 'warning', why: '`required` without matching `properties` is valid draft-07' },
  'pattern-redos': { severity: 'warning', why: 'a slow pattern is still a pattern to enforce' },
  'pattern-portable': { severity: 'off', why: 'the generators report what they cannot run' },
  'secret-format': { severity: 'off', why: 'not about meaning' },
  'unsupported-keyword': { severity: 'off', why: 'the run applies the same support table itself' },
};

/** Why a group is out, by group key. */
export type Reasons = Map<string, string>;

export interface Generated {
  readonly ir: IR;
  readonly dir: string;
  /** Generator notes (what is not enforced), by group key. */
  readonly notes: Map<string, string[]>;
}

export function suiteConfig(outDir: string): ConnspecConfig {
  const workspace = mkdtempSync(join(tmpdir(), 'connspec-draft7-ws-'));
  const rules = Object.fromEntries(Object.entries(SUITE_RULES).map(([k, v]) => [k, v.severity]));
  return loadConfig(workspace, { schemaRoot: workspace, outDir, baseUrl: BASE_URL, onNameCollision: 'qualify', rules });
}

const groupOf = (entries: readonly Entry[], file: string): Entry | undefined => entries.find((e) => e.path === file || e.wrapper === file);

/** Analyses the entries, dropping (into `out`) every group with an error diagnostic, until the rest is clean. */
export async function analyseEntries(config: ConnspecConfig, entries: readonly Entry[], out: Reasons): Promise<{ ir: IR; kept: Entry[] }> {
  let kept = [...entries];
  for (;;) {
    const { ir, diagnostics } = await analyse(config, kept.flatMap((e) => entrySources(e, BASE_URL)), { languages: LANGUAGES });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (ir !== undefined && errors.length === 0) return { ir, kept };
    const bad = drop(kept, errors, out, 'connspec rejects the schema');
    if (bad.size === 0) throw new DiagnosticError(errors);
    kept = kept.filter((e) => !bad.has(e.group.key));
  }
}

function drop(entries: readonly Entry[], errors: readonly Diagnostic[], out: Reasons, why: string): Set<string> {
  const bad = new Set<string>();
  for (const d of errors) {
    const entry = groupOf(entries, d.file);
    if (!entry || bad.has(entry.group.key)) continue;
    bad.add(entry.group.key);
    out.set(entry.group.key, `${why}: ${formatDiagnostic(d).split('\n')[0]?.replace(/^\S+ error /, '') ?? d.message}`);
  }
  return bad;
}

export function writeFiles(dir: string, files: readonly GeneratedFile[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
}

/**
 * Generator notes (what a model does not enforce) grouped by the group that owns the file. Notes on
 * a wrapper are about the wrapper (its `value` is always present), and an invalid default left out
 * is correct behaviour, not a rule dropped: neither counts.
 */
function notesByGroup(entries: readonly Entry[], items: readonly { file: string; text: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { file, text } of items) {
    const entry = entries.find((e) => e.path === file);
    if (entry && !INFORMATIONAL.test(text)) out.set(entry.group.key, [...(out.get(entry.group.key) ?? []), text]);
  }
  return out;
}

const INFORMATIONAL = /^the default .* is not valid for its schema, so the model has none$/;

export function writePython(ir: IR, entries: readonly Entry[], dir: string): Generated {
  const { files, warnings } = generatePython(ir, { packageName: PACKAGE });
  writeFiles(dir, files);
  const items = warnings.map((w) => ({ file: w.file, text: w.message }));
  return { ir, dir, notes: notesByGroup(entries, items) };
}

/** Java for the entries; a group the generator refuses is dropped (into `out`) and the rest regenerated. */
export async function writeJava(config: ConnspecConfig, entries: readonly Entry[], dir: string, out: Reasons): Promise<Generated & { kept: Entry[] }> {
  let kept = [...entries];
  for (;;) {
    const { ir } = await analyseEntries(config, kept, new Map());
    try {
      const { files, unenforced } = generateJava(ir, JAVA_SETTINGS);
      writeFiles(dir, files);
      return { ir, dir, kept, notes: notesByGroup(kept, unenforced.map((u) => ({ file: u.origin.file, text: `not enforced: ${u.what}` }))) };
    } catch (error) {
      if (!(error instanceof DiagnosticError)) throw error;
      const bad = drop(kept, error.diagnostics, out, 'the Java generator refuses it');
      if (bad.size === 0) throw error;
      kept = kept.filter((e) => !bad.has(e.group.key));
    }
  }
}

import type { DeclId, IR } from '@connspec/core';
import { javaTypeNames, type JavaSettings } from '@connspec/generator-java';
import { runJob, type Built, type CaseResult } from '../../java/maven.js';
import type { Verdict } from '../verdicts.js';

/** One JSON file to read into the Java class of one declaration (an object, enum or union). */
export interface JavaCase {
  readonly id: string;
  readonly decl: DeclId;
  readonly file: string;
}

/**
 * Every case through the compiled Java models in one JVM (test/java's Runner): Jackson with
 * ConnspecJson's mapper, then Bean Validation. Accepted means read and no constraint violation.
 */
export function javaVerdicts(ir: IR, settings: JavaSettings, built: Built, work: string, cases: readonly JavaCase[]): Map<string, Verdict> {
  const names = javaTypeNames(ir, settings);
  const jobs = cases.flatMap((c) => {
    const fqcn = names.get(c.decl);
    return fqcn ? [{ id: c.id, class: fqcn, file: c.file }] : [];
  });
  const { cases: results } = runJob(built, work, { mapper: `${settings.basePackage}.ConnspecJson`, cases: jobs });
  const verdicts = new Map<string, Verdict>(results.map((r) => [r.id, verdict(r)]));
  for (const c of cases) if (!verdicts.has(c.id)) verdicts.set(c.id, { problem: `no Java class for ${c.decl}` });
  return verdicts;
}

function verdict(r: CaseResult): Verdict {
  if (r.crashed !== undefined) return { problem: `crashed: ${r.crashed}` };
  const detail = r.errors.slice(0, 3).map((e) => `${e.path || '/'} ${e.source}: ${e.message}`).join('; ');
  const written = r.written !== undefined && r.exact !== undefined ? { written: { exact: r.exact, text: r.written, shown: r.toString ?? '' } } : {};
  return { accepted: r.accepted, ...(detail ? { detail } : {}), ...written };
}

import type { DeclId, IR } from '@connspec/core';
import { moduleParts } from '../../../packages/connspec/src/targets/python/paths.js';
import { checkModels, type SampleResult } from '../../python/python.js';
import type { Verdict } from '../verdicts.js';

/** One value to validate against the model of one declaration. */
export interface PythonCase {
  readonly id: string;
  readonly decl: DeclId;
  readonly value: unknown;
  /** The JSON text to read instead of `value`, when it must be read exactly. */
  readonly text?: string;
}

/** check_models.py reports a sample whose model cannot be imported or run as `crashed` (its traceback). */
type Result = SampleResult & { readonly crashed?: string };

/**
 * Every case through the generated Pydantic models in one Python process (tools/python/check_models.py):
 * `model_validate` and `model_validate_json` must both accept (or both reject); a split is reported,
 * and so is a model that cannot be imported or run.
 */
export function pythonVerdicts(ir: IR, pythonDir: string, packageName: string, cases: readonly PythonCase[]): Map<string, Verdict> {
  const jobs = cases.flatMap((c) => {
    const decl = ir.declarations.get(c.decl);
    return decl ? [{ id: c.id, module: moduleParts(decl.file).join('.'), class: decl.name, ...(c.text === undefined ? { value: c.value } : { text: c.text }) }] : [];
  });
  const result = checkModels(pythonDir, packageName, [], jobs);
  const verdicts = new Map<string, Verdict>((result.samples as readonly Result[]).map((s) => [s.id, verdict(s)]));
  for (const c of cases) if (!verdicts.has(c.id)) verdicts.set(c.id, { problem: `no Python model for ${c.decl}` });
  return verdicts;
}

function verdict(s: Result): Verdict {
  if (s.crashed !== undefined) return { problem: `crashed: ${s.crashed.trim().split('\n').at(-1) ?? ''}` };
  const detail = s.errors.slice(0, 3).map((e) => `${e.pointer || '/'} ${e.type}: ${e.msg}`).join('; ');
  if (s.accepted !== s.acceptedJson) return { accepted: s.accepted, detail, problem: `model_validate ${s.accepted ? 'accepts' : 'rejects'} but model_validate_json ${s.acceptedJson ? 'accepts' : 'rejects'}` };
  const written = s.written !== undefined && s.exact !== undefined ? { written: { exact: s.exact, text: s.written, shown: s.shown ?? '' } } : {};
  return { accepted: s.accepted, ...(detail ? { detail } : {}), ...written };
}

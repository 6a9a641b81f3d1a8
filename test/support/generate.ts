import { DiagnosticError, type ConnspecConfig, type WriteReport } from '@connspec/core';
import { generate as generateOutputs, type Source } from 'connspec';

/**
 * `generate` as most tests want it: the named targets (default: all), in-memory sources if given,
 * written to the config's outDir; throws a DiagnosticError when the library reports errors.
 */
export async function generate(config: ConnspecConfig, targets?: readonly string[], sources?: readonly Source[]): Promise<WriteReport[]> {
  const result = await generateOutputs(config, { ...(targets ? { targets } : {}), ...(sources ? { sources } : {}) });
  if (!result.ok) throw new DiagnosticError(result.diagnostics.filter((d) => d.severity === 'error'));
  return [...result.reports];
}

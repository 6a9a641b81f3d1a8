import { analyse, DiagnosticError, hasErrors, resolveSettings, writeTargets, type ConnspecConfig, type GeneratedFile, type WriteReport } from '@connspec/core';
import { GENERATORS } from './targets.js';

/**
 * Builds the IR once, runs the chosen generators on it, and writes only when everything
 * succeeded: any error diagnostic or generator failure leaves `generated/` untouched.
 */
export async function generate(config: ConnspecConfig, targets: readonly string[] = [...GENERATORS.keys()], sources?: readonly { path: string; text: string }[]): Promise<WriteReport[]> {
  const unknown = targets.filter((t) => !GENERATORS.has(t));
  if (unknown.length > 0) throw new Error(`unknown target(s) ${unknown.join(', ')}; known: ${[...GENERATORS.keys()].join(', ')}`);
  const { ir, diagnostics } = await analyse(config, sources);
  if (ir === undefined || hasErrors(diagnostics)) throw new DiagnosticError(diagnostics.filter((d) => d.severity === 'error'));
  // Every target's settings are resolved (and checked) even when only some run: outputs may refer to each other.
  const targetSettings = Object.fromEntries([...GENERATORS].map(([t, g]) => [t, resolveSettings(t, g.options ?? [], config.generators[t])]));
  const outputs = new Map<string, readonly GeneratedFile[]>();
  for (const target of [...targets].sort()) {
    const generator = GENERATORS.get(target);
    if (!generator) continue;
    const settings = targetSettings[target] ?? {};
    outputs.set(target, await generator.generate(ir, { recursionDepth: config.recursionDepth, settings, targetSettings }));
  }
  return writeTargets(config.outDir, outputs);
}

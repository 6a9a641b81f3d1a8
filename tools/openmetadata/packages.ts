/**
 * The corpus run's packaging step (`--packages`): OpenMetadata's three packages built by
 * `connspec package` at the corpus's version, then each installed into a fresh consumer outside the
 * repository (tools/package/consumers.ts), as for connspec's own schemas.
 */
import { join } from 'node:path';
import type { ConnspecConfig, IR } from '@connspec/core';
import { packageOutputs } from 'connspec';
import { consumerCase, javaConsumer, pythonConsumer, typescriptConsumer } from '../package/consumers.js';
import { ensureVenv } from '../python/python.js';

/** The connection the consumers use: OpenMetadata's Mysql, as in the repository's own tests. */
const TAG = 'Mysql';

/** Returns every problem: a build that fails, an artifact a consumer cannot use. */
export async function packageCorpus(config: ConnspecConfig, ir: IR, version: string, work: string): Promise<string[]> {
  const started = performance.now();
  const result = await packageOutputs({ ...config, package: { ...config.package, version, outDir: join(work, 'packages') } }, { commands: { python: ensureVenv() } });
  if (!result.ok) return [`connspec package refused OpenMetadata's schemas (${result.diagnostics.filter((d) => d.severity === 'error').length} error(s))`];
  const c = consumerCase(ir, config, TAG);
  const report = (target: string) => result.reports.find((r) => r.target === target);
  const problems: string[] = [];
  for (const r of result.reports) console.log(`package ${r.target}: ${r.artifacts.map((a) => `${a.file.split('/').at(-1)} (sha256 ${a.sha256.slice(0, 12)})`).join(', ')}`);
  const ts = report('typescript');
  const py = report('python');
  const java = report('java');
  if (!ts || !py || !java) return [`connspec package built ${result.reports.map((r) => r.target).join(', ')}; expected java, python, typescript`];
  problems.push(...typescriptConsumer(ts, c), ...pythonConsumer(py, c), ...javaConsumer(java, version, c));
  console.log(`packages: 3 built at ${version} and used by fresh consumers of ${TAG} in ${((performance.now() - started) / 1000).toFixed(1)}s${problems.length ? `; ${problems.length} problem(s)` : ''}`);
  return problems;
}

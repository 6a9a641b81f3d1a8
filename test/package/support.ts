import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, hasErrors } from '@connspec/core';
import { loadConfig, packageOutputs, type PackageReport } from 'connspec';
import { consumerCase, type ConsumerCase } from '../../tools/package/consumers.js';
import { ensureVenv } from '../../tools/python/python.js';
import { LANGUAGES } from '../support/languages.js';
import { ROOT } from '../support/workspace.js';

/** The repository's packages of one target, built into a fresh temp folder (Python with the test venv, which has `build`). */
export async function packageRepository(target: string): Promise<PackageReport & { version: string }> {
  const config = loadConfig(ROOT);
  const result = await packageOutputs({ ...config, package: { ...config.package, outDir: mkdtempSync(join(tmpdir(), `connspec-${target}-package-`)) } }, { targets: [target], commands: { python: ensureVenv() } });
  const report = result.reports[0];
  if (!result.ok || report === undefined) throw new Error(`connspec package failed: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return { ...report, version: result.version ?? '' };
}

/** The Mysql connection's names in every language: what the consumers use. */
export async function mysqlCase(): Promise<ConsumerCase> {
  const config = loadConfig(ROOT);
  const { ir, diagnostics } = await analyse(config, undefined, { languages: LANGUAGES });
  if (ir === undefined || hasErrors(diagnostics)) throw new Error('the repository schemas do not analyse');
  return consumerCase(ir, config, 'Mysql');
}

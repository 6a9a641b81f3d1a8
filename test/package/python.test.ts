import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, packageOutputs, type PackageReport } from 'connspec';
import { ensureVenv } from '../../tools/python/python.js';
import { ROOT } from '../support/workspace.js';

async function packageInto(dir: string): Promise<PackageReport> {
  const config = loadConfig(ROOT);
  const result = await packageOutputs({ ...config, package: { ...config.package, outDir: dir } }, { targets: ['python'], commands: { python: ensureVenv() } });
  expect(result.ok).toBe(true);
  return result.reports[0]!;
}

describe('the Python package (wheel, sdist) in a fresh venv', () => {
  let report: PackageReport;
  beforeAll(async () => {
    report = await packageInto(mkdtempSync(join(tmpdir(), 'connspec-python-package-')));
  }, 300_000);

  it('installs with pip (only its declared dependencies), imports a model, gives every Mysql fixture its verdict and round-trips a secret', () => {
    const wheel = report.artifacts.find((a) => a.file.endsWith('.whl'))!.file;
    const venv = mkdtempSync(join(tmpdir(), 'connspec-python-consumer-'));
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'pipe' });
    execFileSync(join(venv, 'bin/python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', wheel], { stdio: 'pipe' });
    const installed = execFileSync(join(venv, 'bin/python'), ['-m', 'pip', 'list', '--format', 'json', '--disable-pip-version-check'], { encoding: 'utf8' });
    // What the venv had before (pip, setuptools) aside, exactly the wheel and what it declares.
    const names = (JSON.parse(installed) as { name: string }[]).map((p) => p.name.toLowerCase().replace(/_/g, '-')).filter((n) => !['pip', 'setuptools'].includes(n));
    expect(names.sort()).toEqual(['annotated-types', 'connspec-models', 'pydantic', 'pydantic-core', 'typing-extensions', 'typing-inspection']);
    const out = JSON.parse(execFileSync(join(venv, 'bin/python'), [join(ROOT, 'test/package/consumer.py')], { cwd: venv, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toMatchObject({ wrong: [], secretType: true, secretHiddenInRepr: true, secretWritten: 'pa55-w0rd', roundTrip: true });
    expect(out.accepted).toBeGreaterThanOrEqual(2);
    expect(out.rejected).toBeGreaterThan(50);
  }, 300_000);

  it('is byte-identical when built again from the same input', async () => {
    const again = await packageInto(mkdtempSync(join(tmpdir(), 'connspec-python-package-')));
    expect(again.artifacts.map((a) => a.sha256)).toEqual(report.artifacts.map((a) => a.sha256));
  }, 300_000);
});

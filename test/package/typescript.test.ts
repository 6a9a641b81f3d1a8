import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, packageOutputs, type PackageReport } from 'connspec';
import { ROOT } from '../support/workspace.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** Packages the repository's TypeScript output into `dir`. */
async function packageInto(dir: string): Promise<PackageReport> {
  const config = loadConfig(ROOT);
  const result = await packageOutputs({ ...config, package: { ...config.package, outDir: dir } }, { targets: ['typescript'] });
  expect(result.ok).toBe(true);
  const report = result.reports[0];
  if (report === undefined) throw new Error('no report');
  return report;
}

/** A fresh npm project outside the repository with the tarball installed (nothing else: it has no dependencies). */
function consumer(tarball: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'connspec-npm-consumer-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: dir, stdio: 'pipe' });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, types: [] } }));
  return dir;
}

const USE = `import type { MysqlConnection } from 'connspec-models';
import { MysqlConnectionTestStep } from 'connspec-models';
import { full } from 'connspec-models/fixtures/database/mysqlConnection';
const config: MysqlConnection = full;
const step: MysqlConnectionTestStep = MysqlConnectionTestStep.CheckAccess;
console.log(JSON.stringify({ type: config.type, step }));
`;

const tsc = (dir: string, file: string): { status: number | null; output: string } => {
  const r = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', 'out'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.replace(new RegExp(`^(?!${file}).*$`, 'gm'), '').trim() };
};

describe('the npm package of the TypeScript output, in a fresh consumer', () => {
  let report: PackageReport;
  let dir: string;
  beforeAll(async () => {
    report = await packageInto(mkdtempSync(join(tmpdir(), 'connspec-npm-package-')));
    dir = consumer(report.artifacts[0]!.file);
  }, 240_000);

  it('type-checks a connector author\'s use (a type, a step constant, a fixture) under tsc --strict and runs it', () => {
    writeFileSync(join(dir, 'use.ts'), USE);
    expect(tsc(dir, 'use.ts')).toEqual({ status: 0, output: '' });
    const ran = execFileSync(process.execPath, [join(dir, 'out/use.js')], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(ran)).toEqual({ type: 'Mysql', step: 'CheckAccess' });
  }, 120_000);

  it('refuses a step name the connection does not have', () => {
    writeFileSync(join(dir, 'use.ts'), `import type { MysqlConnectionTestStep } from 'connspec-models';\nexport const step: MysqlConnectionTestStep = 'GetTablez';\n`);
    const r = tsc(dir, 'use.ts');
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/use\.ts\(2,14\): error TS(2322|2820): Type '"GetTablez"' is not assignable to type 'MysqlConnectionTestStep'/);
  }, 120_000);

  it('ships the test-connection definitions as data', () => {
    const definition = JSON.parse(readFileSync(join(dir, 'node_modules/connspec-models/test-connections/database/Mysql.json'), 'utf8')) as { steps: unknown[] };
    expect(definition.steps.length).toBeGreaterThan(0);
  });

  it('is byte-identical when built again from the same input', async () => {
    const again = await packageInto(mkdtempSync(join(tmpdir(), 'connspec-npm-package-')));
    expect(again.artifacts.map((a) => a.sha256)).toEqual(report.artifacts.map((a) => a.sha256));
  }, 240_000);
});

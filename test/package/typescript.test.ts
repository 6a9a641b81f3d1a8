import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageReport } from 'connspec';
import { typescriptConsumer, type ConsumerCase } from '../../tools/package/consumers.js';
import { mysqlCase, packageRepository } from './support.js';

describe('the npm package of the TypeScript output', () => {
  let report: PackageReport;
  let c: ConsumerCase;
  beforeAll(async () => {
    [report, c] = await Promise.all([packageRepository('typescript'), mysqlCase()]);
  }, 240_000);

  it('in a fresh npm project: a type, a step constant and a fixture compile under tsc --strict and run; a wrong step name does not compile', () => {
    expect(typescriptConsumer(report, c)).toEqual([]);
  }, 240_000);

  it('exports the types, the fixtures subpath and the test-connection definitions, and ships only what it exports', () => {
    const tarball = report.artifacts[0]!.file;
    expect(tarball).toMatch(/connspec-models-\d+\.\d+\.\d+\.tgz$/);
    const manifest = JSON.parse(readFileSync(join(dirname(tarball), '.connspec-package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual([tarball.split('/').at(-1)]);
  });

  it('is byte-identical when built again from the same input', async () => {
    const again = await packageRepository('typescript');
    expect(again.artifacts.map((a) => a.sha256)).toEqual(report.artifacts.map((a) => a.sha256));
  }, 240_000);
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageReport } from 'connspec';
import { pythonConsumer, type ConsumerCase } from '../../tools/package/consumers.js';
import { mysqlCase, packageRepository } from './support.js';

describe('the Python package (wheel, sdist)', () => {
  let report: PackageReport;
  let c: ConsumerCase;
  beforeAll(async () => {
    [report, c] = await Promise.all([packageRepository('python'), mysqlCase()]);
  }, 300_000);

  it('pip-installed alone into a fresh venv: every Mysql fixture gets its verdict, the full one round-trips with its secrets written but never shown', () => {
    expect(pythonConsumer(report, c)).toEqual([]);
  }, 300_000);

  it('is byte-identical when built again from the same input', async () => {
    const again = await packageRepository('python');
    expect(again.artifacts.map((a) => a.sha256)).toEqual(report.artifacts.map((a) => a.sha256));
  }, 300_000);
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageReport } from 'connspec';
import { javaConsumer, type ConsumerCase } from '../../tools/package/consumers.js';
import { mysqlCase, packageRepository } from './support.js';

describe('the Java package (jar, sources jar, pom)', () => {
  let report: PackageReport & { version: string };
  let c: ConsumerCase;
  beforeAll(async () => {
    [report, c] = await Promise.all([packageRepository('java'), mysqlCase()]);
  }, 300_000);

  it('installed with mvn install:install-file into a fresh Maven consumer: every Mysql fixture read by Jackson and checked by Bean Validation gets its verdict', () => {
    expect(javaConsumer(report, report.version, c)).toEqual([]);
  }, 300_000);

  it('declares Jackson and Jakarta Validation, and no validator provider (the user chooses one)', () => {
    const pom = readFileSync(report.artifacts.find((a) => a.file.endsWith('.pom'))!.file, 'utf8');
    const artifacts = [...pom.matchAll(/<artifactId>([^<]+)<\/artifactId>/g)].map((m) => m[1]).filter((a) => !a?.startsWith('maven-'));
    expect(artifacts).toEqual(['connspec-models', 'jackson-databind', 'jakarta.validation-api']);
  });

  it('is byte-identical when built again from the same input', async () => {
    const again = await packageRepository('java');
    expect(again.artifacts.map((a) => a.sha256)).toEqual(report.artifacts.map((a) => a.sha256));
  }, 300_000);
});

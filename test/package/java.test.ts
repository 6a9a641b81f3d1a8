import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, packageOutputs, type PackageReport } from 'connspec';
import { ROOT } from '../support/workspace.js';

async function packageInto(dir: string): Promise<PackageReport & { version: string }> {
  const config = loadConfig(ROOT);
  const result = await packageOutputs({ ...config, package: { ...config.package, outDir: dir } }, { targets: ['java'] });
  expect(result.ok).toBe(true);
  return { ...result.reports[0]!, version: result.version ?? '' };
}

const mvn = (cwd: string, ...args: string[]): string => execFileSync('mvn', ['-B', '-q', '-ntp', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A fresh Maven project depending on the installed jar and on Hibernate Validator (the user's choice of provider). */
function consumerPom(version: string): string {
  const dep = (g: string, a: string, v: string): string => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>consumer</groupId><artifactId>consumer</artifactId><version>1</version>
<dependencies>${dep('dev.connspec', 'connspec-models', version)}${dep('org.hibernate.validator', 'hibernate-validator', '8.0.1.Final')}${dep('org.glassfish.expressly', 'expressly', '5.0.0')}</dependencies>
</project>
`;
}

describe('the Java package (jar, sources jar, pom) in a fresh Maven consumer', () => {
  let report: PackageReport & { version: string };
  beforeAll(async () => {
    report = await packageInto(mkdtempSync(join(tmpdir(), 'connspec-java-package-')));
  }, 300_000);

  it('installs with mvn install:install-file, and a consumer reads and validates every Mysql fixture with the right verdict', () => {
    const [jar, sources, pom] = ['.jar', '-sources.jar', '.pom'].map((s) => report.artifacts.find((a) => a.file.endsWith(`${report.version}${s}`))!.file);
    const dir = mkdtempSync(join(tmpdir(), 'connspec-java-consumer-'));
    mvn(dir, 'org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file', `-Dfile=${jar}`, `-DpomFile=${pom}`, `-Dsources=${sources}`);
    writeFileSync(join(dir, 'pom.xml'), consumerPom(report.version));
    mvn(dir, 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:build-classpath', '-Dmdep.outputFile=cp.txt');
    const classpath = readFileSync(join(dir, 'cp.txt'), 'utf8').trim();
    mkdirSync(join(dir, 'src'), { recursive: true });
    copyFileSync(join(ROOT, 'test/package/Consumer.java'), join(dir, 'src/Consumer.java'));
    execFileSync('javac', ['-Xlint:all', '-Werror', '-d', 'classes', '-cp', classpath, 'src/Consumer.java'], { cwd: dir, stdio: 'pipe' });
    const out = JSON.parse(execFileSync('java', ['-cp', `classes:${classpath}`, 'consumer.Consumer'], { cwd: dir, encoding: 'utf8' })) as Record<string, string[]>;
    expect(out.wrong).toEqual([]);
    expect(out.accepted).toEqual(expect.arrayContaining(['valid/full.json', 'valid/minimal.json']));
    expect(out.rejected?.length).toBeGreaterThan(50);
  }, 300_000);

  it('declares Jackson and Jakarta Validation, and no validator provider', () => {
    const pom = readFileSync(report.artifacts.find((a) => a.file.endsWith('.pom'))!.file, 'utf8');
    expect([...pom.matchAll(/<artifactId>([^<]+)<\/artifactId>/g)].map((m) => m[1]).filter((a) => !a?.startsWith('maven-'))).toEqual(['connspec-models', 'jackson-databind', 'jakarta.validation-api']);
  });

  it('is byte-identical when built again from the same input', async () => {
    const again = await packageInto(mkdtempSync(join(tmpdir(), 'connspec-java-package-')));
    expect(again.artifacts.map((a) => a.sha256)).toEqual(report.artifacts.map((a) => a.sha256));
  }, 300_000);
});

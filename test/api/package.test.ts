import { describe, expect, it } from 'vitest';
import { packageVersion, UsageError, type IR, type PackageInput } from '@connspec/core';
import { loadConfig, packagedTargets, packageOutputs } from 'connspec';
import { pomXml } from '../../packages/connspec/src/targets/java/pom.js';
import { BUILD_BACKEND, pep440, pyprojectToml } from '../../packages/connspec/src/targets/python/pyproject.js';
import { tarballName } from '../../packages/connspec/src/targets/typescript/package.js';
import { ROOT } from '../support/workspace.js';

const irWith = (versions: (string | undefined)[]): IR => ({ files: versions.map((version) => ({ connection: version === undefined ? undefined : { version } })) }) as unknown as IR;

describe('package version', () => {
  it.each([
    { name: 'the configured version wins', settings: { version: '2.0.0' }, versions: ['1.9.0'], expected: '2.0.0' },
    { name: 'else the highest connection version (semver order, not text order)', settings: {}, versions: ['1.9.0', '1.10.0', undefined], expected: '1.10.0' },
    { name: 'none at all', settings: {}, versions: [undefined], expected: undefined },
  ])('$name', ({ settings, versions, expected }) => {
    expect(packageVersion(settings, irWith(versions))).toBe(expected);
  });
});

describe('names per ecosystem', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3-alpha.1', '1.2.3a1'],
    ['1.2.3-beta.2', '1.2.3b2'],
    ['1.2.3-rc.1', '1.2.3rc1'],
  ])('semver %s is PEP 440 %s', (semver, python) => {
    expect(pep440(semver)).toBe(python);
  });

  it('refuses a prerelease PEP 440 cannot spell, saying which can', () => {
    expect(() => pep440('1.2.3-nightly')).toThrow(/x\.y\.z-alpha\.N/);
  });

  it.each([
    ['connspec-models', '1.0.0', 'connspec-models-1.0.0.tgz'],
    ['@acme/connection-models', '2.1.0', 'acme-connection-models-2.1.0.tgz'],
  ])('npm packs %s@%s as %s', (name, version, file) => {
    expect(tarballName(name, version)).toBe(file);
  });
});

describe('connspec package, refusing', () => {
  const config = loadConfig(ROOT);

  it('a target with no package step, naming those that have one', () => {
    expect(() => packagedTargets(config, { targets: ['ui-forms'] })).toThrow(/target "ui-forms" has no package step \(targets that do: typescript, python, java\)/);
  });

  it('a builder that is not installed, with how to install it', async () => {
    const run = packageOutputs({ ...config, package: { outDir: '/nonexistent' } }, { targets: ['java'], commands: { mvn: '/nonexistent/mvn' } });
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toThrow(/java: "\/nonexistent\/mvn" was not found; install Apache Maven/);
  });
});

describe('package metadata in each ecosystem', () => {
  const input = { version: '1.2.3', metadata: { description: 'Acme models', license: 'Apache-2.0', homepage: 'https://acme.example', authors: ['Jane Doe <jane@acme.example>', 'Ops Team'] } } as unknown as PackageInput;

  it('pyproject.toml: PEP 621 authors, license and URL, the build backend pinned', () => {
    const toml = pyprojectToml(input, { distribution: 'acme-models', packageName: 'acme_models' }, ['pydantic>=2.11,<3']);
    expect(toml).toContain('authors = [{ name = "Jane Doe", email = "jane@acme.example" }, { name = "Ops Team" }]');
    expect(toml).toContain('license = "Apache-2.0"');
    expect(toml).toContain('Homepage = "https://acme.example"');
    expect(toml).toContain(`requires = ["${BUILD_BACKEND}"]`);
  });

  it('pom.xml: developers, license and URL', () => {
    const pom = pomXml(input, { groupId: 'com.acme', artifactId: 'acme-models' });
    expect(pom).toContain('<developer>\n      <name>Jane Doe</name>\n      <email>jane@acme.example</email>\n    </developer>');
    expect(pom).toContain('<developer>\n      <name>Ops Team</name>\n    </developer>');
    expect(pom).toContain('<license>\n      <name>Apache-2.0</name>\n    </license>');
    expect(pom).toContain('<url>https://acme.example</url>');
  });
});

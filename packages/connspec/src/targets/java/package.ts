/**
 * The Java package: the generated models (and connspec's runtime classes) compiled by Maven into a
 * jar, a sources jar and the pom that declares their two libraries. The fixtures ride along: their
 * loader (`Fixtures`, `FixturesSetup`) as classes, their JSON under `connspec-fixtures/` on the
 * classpath where the loader reads it, and the test-connection definitions under
 * `connspec-test-connections/`. Hibernate Validator (or any Bean Validation provider) is the user's choice.
 */
import type { GeneratedFile, PackageInput, PackagePlan, Packager } from '../../core/index.js';
import { javaSettings } from './options.js';
import { pomXml } from './pom.js';

/** Fixture files by kind: the loader's Java sources, and the data (everything outside the per-language folders). */
function fixtureFiles(files: readonly GeneratedFile[] = []): GeneratedFile[] {
  const loader = files.filter((f) => f.path.startsWith('java/src/test/java/')).map((f) => ({ path: `src/main/java/${f.path.slice('java/src/test/java/'.length)}`, contents: f.contents }));
  const data = files.filter((f) => !/^(java|python|typescript)\//.test(f.path)).map((f) => ({ path: `src/main/resources/connspec-fixtures/${f.path}`, contents: f.contents }));
  return [...loader, ...data];
}

export const javaPackager: Packager = {
  artifact: 'a jar, a sources jar and a pom',
  needs: ['fixtures', 'test-connections'],
  plan(input: PackageInput): PackagePlan {
    const settings = javaSettings(input.targetSettings.java);
    const coordinates = { groupId: settings.groupId, artifactId: settings.artifactId };
    const base = `${coordinates.artifactId}-${input.version}`;
    const pom = pomXml(input, coordinates);
    const files = [
      { path: 'pom.xml', contents: pom },
      { path: `${base}.pom`, contents: pom },
      ...(input.files.get('java') ?? []).filter((f) => f.path.startsWith('src/main/java/')),
      ...fixtureFiles(input.files.get('fixtures')),
      ...(input.files.get('test-connections') ?? []).map((f) => ({ path: `src/main/resources/connspec-test-connections/${f.path}`, contents: f.contents })),
    ];
    return {
      files,
      build: [{ command: 'mvn', args: ['-B', '-q', '-ntp', 'package'], install: 'install Apache Maven 3.8+ and a JDK 17+ (https://maven.apache.org/install.html)' }],
      artifacts: [`target/${base}.jar`, `target/${base}-sources.jar`, `${base}.pom`],
      publish: `mvn deploy:deploy-file -Dfile=${base}.jar -Dsources=${base}-sources.jar -DpomFile=${base}.pom -DrepositoryId=<server id> -Durl=<repository URL>`,
    };
  },
};

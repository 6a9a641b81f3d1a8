/**
 * The pom.xml of the Java package: coordinates and metadata from the config, the two libraries the
 * generated code compiles against (Jackson, Jakarta Validation: the versions connspec's own build
 * checks them with), and every build plugin pinned, with `project.build.outputTimestamp` fixed, so
 * Maven builds the same jar bytes every time. Printed as an element tree through code-block-writer.
 */
import CodeBlockWriter from 'code-block-writer';
import { parseAuthor, type PackageInput } from '../../core/index.js';

/** An XML element: text content, or child elements. */
export interface Xml {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly body: string | readonly Xml[];
}

const el = (name: string, body: string | readonly Xml[], attributes?: Record<string, string>): Xml => ({ name, body, ...(attributes ? { attributes } : {}) });
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function print(w: CodeBlockWriter, node: Xml): void {
  const attributes = Object.entries(node.attributes ?? {}).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const body = node.body;
  if (typeof body === 'string') {
    w.writeLine(`<${node.name}${attributes}>${escape(body)}</${node.name}>`);
    return;
  }
  w.writeLine(`<${node.name}${attributes}>`);
  w.indent(() => body.forEach((child) => print(w, child)));
  w.writeLine(`</${node.name}>`);
}

export function xmlText(root: Xml): string {
  const w = new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 2, useTabs: false });
  w.writeLine('<?xml version="1.0" encoding="UTF-8"?>');
  print(w, root);
  return w.toString();
}

/** Jackson and Jakarta Validation: what connspec compiles and checks the generated Java against. */
export const JAVA_DEPENDENCIES = [
  { groupId: 'com.fasterxml.jackson.core', artifactId: 'jackson-databind', version: '2.17.2' },
  { groupId: 'jakarta.validation', artifactId: 'jakarta.validation-api', version: '3.0.2' },
] as const;

const PLUGINS = [
  ['maven-clean-plugin', '3.4.0'],
  ['maven-resources-plugin', '3.3.1'],
  ['maven-compiler-plugin', '3.13.0'],
  ['maven-surefire-plugin', '3.5.2'],
  ['maven-jar-plugin', '3.4.2'],
  ['maven-source-plugin', '3.3.1'],
  ['maven-install-plugin', '3.1.3'],
  ['maven-deploy-plugin', '3.1.3'],
] as const;

/** 1980-01-01T00:00:02Z: the earliest `outputTimestamp` Maven accepts (zip times start at 1980). */
export const OUTPUT_TIMESTAMP = '1980-01-01T00:00:02Z';

function plugin(artifactId: string, version: string): Xml {
  const extra: Xml[] = [];
  if (artifactId === 'maven-compiler-plugin') extra.push(el('configuration', [el('compilerArgs', [el('arg', '-Xlint:all'), el('arg', '-Werror')])]));
  if (artifactId === 'maven-source-plugin') extra.push(el('executions', [el('execution', [el('id', 'attach-sources'), el('goals', [el('goal', 'jar-no-fork')])])]));
  return el('plugin', [el('groupId', 'org.apache.maven.plugins'), el('artifactId', artifactId), el('version', version), ...extra]);
}

function developer(author: string): Xml {
  const { name, email } = parseAuthor(author);
  return el('developer', [el('name', name), ...(email === undefined ? [] : [el('email', email)])]);
}

export function pomXml(input: PackageInput, coordinates: { groupId: string; artifactId: string }): string {
  const m = input.metadata;
  const project = el(
    'project',
    [
      el('modelVersion', '4.0.0'),
      el('groupId', coordinates.groupId),
      el('artifactId', coordinates.artifactId),
      el('version', input.version),
      el('packaging', 'jar'),
      el('name', coordinates.artifactId),
      el('description', m.description),
      ...(m.homepage ? [el('url', m.homepage)] : []),
      ...(m.license ? [el('licenses', [el('license', [el('name', m.license)])])] : []),
      ...(m.authors.length ? [el('developers', m.authors.map(developer))] : []),
      el('properties', [
        el('project.build.sourceEncoding', 'UTF-8'),
        el('maven.compiler.release', '17'),
        el('project.build.outputTimestamp', OUTPUT_TIMESTAMP),
      ]),
      el('dependencies', JAVA_DEPENDENCIES.map((d) => el('dependency', [el('groupId', d.groupId), el('artifactId', d.artifactId), el('version', d.version)]))),
      el('build', [el('plugins', PLUGINS.map(([a, v]) => plugin(a, v)))]),
    ],
    { xmlns: 'http://maven.apache.org/POM/4.0.0', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': 'http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd' },
  );
  return xmlText(project);
}

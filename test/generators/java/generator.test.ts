import { describe, expect, it } from 'vitest';
import { analyse, DiagnosticError, resolveSettings, type IR } from '@connspec/core';
import { generateJava, JAVA_OPTIONS, javaSettings, translatePattern } from '@connspec/generator-java';
import { DRAFT_07, type Source } from '../../bad-input/sources.js';
import { BASE_URL, tempConfig } from '../../support/workspace.js';
import { INEXPRESSIBLE_PATTERNS } from './patterns.js';

/** The Java generator as a pure function: naming, packages, clashes, and what it refuses to drop. */
function file(path: string, body: Record<string, unknown>): Source {
  return { path, text: `${JSON.stringify({ $schema: DRAFT_07, $id: `${BASE_URL}${path}`, ...body }, null, 2)}\n` };
}

async function irOf(sources: readonly Source[]): Promise<IR> {
  const { ir, diagnostics } = await analyse(tempConfig(), sources);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!ir || errors.length) throw new Error(JSON.stringify(errors));
  return ir;
}

function failure(run: () => unknown): DiagnosticError {
  try {
    run();
  } catch (error) {
    if (error instanceof DiagnosticError) return error;
    throw error;
  }
  throw new Error('expected a DiagnosticError');
}

const settings = (over: Record<string, unknown> = {}) => javaSettings(resolveSettings('java', JAVA_OPTIONS, over));
const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, additionalProperties: false, ...extra });

describe('java generator options', () => {
  it('declares basePackage, inexpressible, markerInterfaces, unboundedIntegers and numbers with defaults, and checks values', () => {
    expect(resolveSettings('java', JAVA_OPTIONS, {})).toEqual({ basePackage: 'dev.connspec.schema', inexpressible: 'error', markerInterfaces: true, unboundedIntegers: 'long', numbers: 'double', groupId: 'dev.connspec', artifactId: 'connspec-models' });
    expect(() => resolveSettings('java', JAVA_OPTIONS, { basePackage: 'com.2bad.pkg' })).toThrow(/generators\.java\.basePackage: must be a Java package name/);
    expect(() => resolveSettings('java', JAVA_OPTIONS, { inexpressible: 'ignore' })).toThrow(/generators\.java\.inexpressible/);
  });

  it('puts types without javaType in basePackage plus the folders, lowercased and made legal', async () => {
    const ir = await irOf([file('My-Stuff/2nd/class/thing.json', object({ a: { type: 'string' } })), file('top.json', { ...object({}), javaType: 'org.example.Top' })]);
    const paths = generateJava(ir, settings({ basePackage: 'com.acme' })).files.map((f) => f.path);
    expect(paths).toContain('src/main/java/com/acme/my_stuff/_2nd/class_/Thing.java');
    expect(paths).toContain('src/main/java/org/example/Top.java');
    expect(paths).toContain('src/main/java/com/acme/Secret.java');
  });
});

describe('java generator names', () => {
  it('stops on two schemas that would be one Java class, naming both places', async () => {
    const ir = await irOf([file('a/one.json', { ...object({}), javaType: 'x.y.Same' }), file('b/two.json', { ...object({}), javaType: 'x.y.SAME' })]);
    const error = failure(() => generateJava(ir, settings()));
    expect(error.diagnostics.map((d) => [d.rule, d.file])).toEqual([['java-name-clash', 'b/two.json']]);
    expect(error.diagnostics[0]?.message).toContain('a/one.json#');
  });

  it('stops on a javaType that is not a class name, or that would shadow java.lang', async () => {
    const ir = await irOf([file('a.json', { ...object({}), javaType: 'NoPackage' }), file('b.json', { ...object({}), javaType: 'x.Integer' })]);
    expect(failure(() => generateJava(ir, settings())).diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['java-type-invalid', 'a.json'],
      ['java-type-invalid', 'b.json'],
    ]);
  });

  it('names a class Object or String outside the runtime helpers\' package, and stops on one inside it', async () => {
    const ir = await irOf([file('x/object.json', { ...object({}), title: 'Object' }), file('string.json', { ...object({}), title: 'String' })]);
    expect(failure(() => generateJava(ir, settings())).diagnostics.map((d) => [d.rule, d.file])).toEqual([['java-name-clash', 'string.json']]);
  });

  it('names the property "" through a nested naming strategy (Jackson takes @JsonProperty("") for the field name)', async () => {
    const ir = await irOf([file('e.json', { ...object({ '': { type: 'string' }, _: { type: 'string' } }), title: 'E' })]);
    const java = generateJava(ir, settings()).files.find((f) => f.path.endsWith('/E.java'))?.contents ?? '';
    expect(java).toContain('@JsonNaming(E.EmptyName.class)');
    expect(java).toContain('field.getDeclaringClass() == E.class && field.getName().equals("field") ? "" : defaultName;');
  });

  it('names enum constants by javaEnums, else from the value, and never twice', async () => {
    const ir = await irOf([file('e.json', { type: 'string', enum: ['a-b', 'a_b', 'ok', '9lives'] }), file('f.json', { type: 'string', enum: ['x', 'y'], javaEnums: [{ name: 'EX' }, { name: 'WHY' }] })]);
    const out = generateJava(ir, settings()).files;
    const e = out.find((f) => f.path.endsWith('/E.java'))?.contents ?? '';
    expect(e).toMatch(/A_B\("a-b"\),\n\s+A_B_\("a_b"\),\n\s+OK\("ok"\),\n\s+_9LIVES\("9lives"\);/);
    expect(out.find((f) => f.path.endsWith('/F.java'))?.contents).toMatch(/EX\("x"\),\n\s+WHY\("y"\);/);
  });
});

describe('what Java cannot express is never dropped silently', () => {
  const source = file('p.json', object({ code: { type: 'string', pattern: '^\\p{Script_Extensions=Latin}+$' }, n: { type: 'integer', minimum: 1 } }, { minProperties: 1 }));

  it('stops generation by default, with a diagnostic at each construct', async () => {
    const ir = await irOf([source]);
    const error = failure(() => generateJava(ir, settings()));
    expect(error.diagnostics.map((d) => [d.rule, d.pointer, d.message.replace(/:.*$/, '')])).toEqual([
      ['java-inexpressible', '', 'the Java output cannot enforce this'],
      ['java-inexpressible', '/properties/code', 'the Java output cannot enforce this'],
    ]);
    expect(error.diagnostics[1]?.message).toContain('\\p{Script_Extensions=Latin} has no Java equivalent');
    expect(error.diagnostics[1]?.hint).toContain('generators.java.inexpressible');
  });

  it('with inexpressible: report, generates without the check and says so in the Javadoc and in UNENFORCED.md', async () => {
    const ir = await irOf([source]);
    const out = generateJava(ir, settings({ inexpressible: 'report' }));
    const java = out.files.find((f) => f.path.endsWith('/P.java'))?.contents ?? '';
    expect(java).not.toContain('@Pattern');
    expect(java).toContain('Not enforced in Java: pattern "^\\\\p{Script_Extensions=Latin}+$": \\p{Script_Extensions=Latin} has no Java equivalent.');
    expect(java).toContain('@DecimalMin("1")');
    const report = out.files.find((f) => f.path === 'UNENFORCED.md')?.contents ?? '';
    expect(report).toContain('- `p.json#/properties/code` (line');
    expect(report).toContain('`minProperties`/`maxProperties`');
    expect(out.unenforced).toHaveLength(2);
  });

  it('translatePattern reports what Java cannot run and translates the rest', () => {
    for (const pattern of INEXPRESSIBLE_PATTERNS) expect(translatePattern(pattern).problems, pattern).not.toEqual([]);
    expect(translatePattern('^[a-z]+$')).toEqual({ regex: '^[a-z]+$', problems: [] });
    expect(translatePattern('abc').regex).toBe('[\\s\\S]*?abc[\\s\\S]*');
    expect(translatePattern('^a$|b').regex).toBe('[\\s\\S]*?(?:^a\\z|b)[\\s\\S]*');
  });
});

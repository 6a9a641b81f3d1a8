import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../support/generate.js';
import { DRAFT_07, type Source } from '../../bad-input/sources.js';
import { BASE_URL, tempConfig } from '../../support/workspace.js';
import { compileJava, runJob, type CaseResult } from '../../../tools/java/maven.js';

/** Hostile-looking but legal input must give Java that compiles (-Xlint:all -Werror) and reads JSON by the schema's names. */
const DIR = 'entity/services/connections/database';
const TRICKY_TEXT = 'Ends */ here, """triple""", C:\\users\\me, \\u000a, @param x, <b>&amp; {@code y}';
const ENUM_VALUES = ['a"b', 'c\\d', "it's", 'x*/y', '2fa', '', '名前'];
const KEYWORDS = ['class', 'from', 'default', 'import', 'None', 'int', 'my-key', '2fa', '名前'];
/** A discriminator whose name could end a comment or start a Unicode escape. */
const TAG = 'k*/\\u000a';
const SHADOWING = ['a', 'A', 'Class', 'Objects', 'that', 'other', 'out', 'additionalProperties'];

function file(path: string, body: Record<string, unknown>): Source {
  return { path, text: `${JSON.stringify({ $schema: DRAFT_07, $id: `${BASE_URL}${path}`, ...body }, null, 2)}\n` };
}

const ODD = file(`${DIR}/oddKeysConnection.json`, {
  title: 'OddKeysConnection',
  description: TRICKY_TEXT,
  type: 'object',
  schemaVersion: '1.0.0',
  properties: {
    type: { type: 'string', enum: ['OddKeys'], default: 'OddKeys' },
    ...Object.fromEntries(KEYWORDS.map((k) => [k, { type: k === 'int' ? 'integer' : k === '2fa' ? 'boolean' : 'string', description: `${k}: ${TRICKY_TEXT}` }])),
    ...Object.fromEntries(SHADOWING.map((k) => [k, { type: 'string' }])),
    flavour: { title: 'Flavour', type: 'string', enum: ENUM_VALUES, default: 'a"b', description: TRICKY_TEXT },
    fixed: { const: 'q"\\*/' },
    spaced: { type: 'string', pattern: '^\\S+\\s\\S+$', default: '*/ \\u0041' },
    mixed: { type: ['string', 'integer', 'null'] },
    either: { oneOf: [{ type: 'string', maxLength: 3 }, { type: 'integer' }] },
    tags: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' }, uniqueItems: true, default: [] },
    step: { type: 'number', multipleOf: 0.1 },
    shared: { $ref: '../../../../type/odd.json' },
    link: { type: 'string', format: 'uri' },
    when: { type: 'string', format: 'date-time' },
    mail: { type: 'string', format: 'email' },
    host: { type: 'string', format: 'hostname' },
    tagged: { oneOf: ['a', 'b'].map((tag) => ({ title: `Kind ${tag}`, type: 'object', properties: { [TAG]: { const: tag }, x: { type: 'string' } }, required: [TAG], additionalProperties: false })) },
  },
  required: [...KEYWORDS],
  additionalProperties: false,
});

const SHARED = file('type/odd.json', {
  title: 'OddShared',
  type: 'object',
  javaType: 'com.example.odd.Renamed',
  javaInterfaces: ['com.example.odd.Marker'],
  properties: { note: { type: 'string', description: 'a \\u002a/ b' } },
  additionalProperties: { type: 'integer', minimum: 0 },
});

const VALID = {
  type: 'OddKeys',
  class: 'c', from: 'f', default: 'd', import: 'i', None: 'n', int: 3, 'my-key': 'k', '2fa': true, 名前: 'namae',
  a: 'lower', A: 'upper', Class: 'C', Objects: 'o', that: 't', other: 'x', out: 'u', additionalProperties: 'ap',
  flavour: 'c\\d', fixed: 'q"\\*/', spaced: 'a b', mixed: 7, either: 'abc', tags: ['x', 'y'], step: 0.3,
  shared: { note: 'n', extra: 4 },
  link: 'https://example.com/a?b=c', when: '2024-02-29T23:59:60Z', mail: 'a.b@example.com', host: 'db-1.example.com',
  tagged: { [TAG]: 'b', x: 'y' },
};

const INVALID: Record<string, { value: Record<string, unknown>; path: string }> = {
  'wrong-type': { value: { ...VALID, 'my-key': 5 }, path: '/my-key' },
  'bad-enum': { value: { ...VALID, flavour: 'a\\"b' }, path: '/flavour' },
  'bad-const': { value: { ...VALID, fixed: 'q' }, path: '/fixed' },
  'unknown-property': { value: { ...VALID, 'my_key': 'k' }, path: '/my_key' },
  'missing-required': { value: { ...VALID, '2fa': undefined }, path: '/2fa' },
  'multiple-of': { value: { ...VALID, step: 0.35 }, path: '/step' },
  'unique-items': { value: { ...VALID, tags: ['x', 'x'] }, path: '/tags' },
  'item-pattern': { value: { ...VALID, tags: ['x', 'Y'] }, path: '/tags/1' },
  'either-both-fail': { value: { ...VALID, either: 'abcd' }, path: '/either' },
  'typed-extra': { value: { ...VALID, shared: { extra: -1 } }, path: '/shared/extra' },
  'null-not-allowed': { value: { ...VALID, from: null }, path: '/from' },
  'format-uri': { value: { ...VALID, link: 'no scheme here' }, path: '/link' },
  'format-date-time': { value: { ...VALID, when: '2023-02-29T10:00:00Z' }, path: '/when' },
  'format-email': { value: { ...VALID, mail: 'a@b@c' }, path: '/mail' },
  'format-hostname': { value: { ...VALID, host: '-bad-.example.com' }, path: '/host' },
  'unknown-tag': { value: { ...VALID, tagged: { [TAG]: 'c' } }, path: '/tagged' },
  'missing-tag': { value: { ...VALID, tagged: { x: 'y' } }, path: '/tagged' },
};

let out: string;
let results: Map<string, CaseResult>;

beforeAll(async () => {
  const config = tempConfig();
  await generate(config, ['java'], [ODD, SHARED]);
  out = join(config.outDir, 'java/src/main/java');
  const work = mkdtempSync(join(tmpdir(), 'connspec-java-bad-'));
  const built = compileJava(out, join(work, 'build'));
  const cases = Object.entries({ valid: { value: VALID }, ...INVALID }).map(([id, c]) => {
    const path = join(work, `${id}.json`);
    writeFileSync(path, JSON.stringify(c.value));
    return { id, class: 'dev.connspec.schema.entity.services.connections.database.OddKeysConnection', file: path };
  });
  results = new Map(runJob(built, work, { cases }).cases.map((r) => [r.id, r]));
}, 600_000);

describe('java generator: bad input', () => {
  it('compiles, and reads and writes every odd key by its JSON name', () => {
    const r = results.get('valid');
    expect(r?.errors).toEqual([]);
    expect(r?.accepted).toBe(true);
    expect(r?.stable).toBe(true);
    expect(r?.output).toEqual(VALID);
  });

  it('rejects each broken copy at the field it broke', () => {
    for (const [id, c] of Object.entries(INVALID)) {
      const r = results.get(id);
      expect({ id, accepted: r?.accepted, paths: r?.errors.map((e) => e.path).includes(c.path) }, JSON.stringify(r?.errors)).toEqual({ id, accepted: false, paths: true });
    }
    expect(results.get('bad-enum')?.errors[0]?.message).toContain('allowed: "a\\"b", "c\\\\d", "it\'s"');
  });

  it('escapes text that could end a comment or start a Unicode escape, and names members safely', () => {
    const java = readFileSync(join(out, 'dev/connspec/schema/entity/services/connections/database/OddKeysConnection.java'), 'utf8');
    expect(java).toContain('@JsonProperty("my-key")\n');
    expect(java).toMatch(/private String class_;/);
    expect(java).toContain('public String getClass_() {');
    expect(java).toContain('public String getA_() {');
    expect(java).toContain('java.util.Objects.equals(this.a, that.a)');
    expect(java).toContain('Ends *&#47; here, """triple""", C:&#92;users\\me, &#92;u000a, &#64;param x, &lt;b&gt;&amp;amp; {&#64;code y}');
    expect(java).toContain('private String spaced = "*/ \\\\u0041";');
    expect(java.split('\n').filter((l) => l.includes('*/') && !/^\s*\*\/$|\*\/$/.test(l.trim()) && !l.includes('"'))).toEqual([]);
    const tagged = readFileSync(join(out, 'dev/connspec/schema/entity/services/connections/database/OddKeysConnectionTagged.java'), 'utf8');
    expect(tagged).toContain('// Tag "k*&#47;&#92;u000a".');
    expect(tagged).toContain('property = "k*/\\\\u000a", visible = true');
    const renamed = readFileSync(join(out, 'com/example/odd/Renamed.java'), 'utf8');
    expect(renamed).toContain('public class Renamed implements Marker, ConnspecPresence.Tracked {');
    expect(readFileSync(join(out, 'com/example/odd/Marker.java'), 'utf8')).toContain('public interface Marker {');
  });
});

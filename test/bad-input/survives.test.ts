import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../support/generate.js';
import { reportByFile, reportOf, tscStrict } from '../support/tsc.js';
import { BASE_URL, tempConfig } from '../support/workspace.js';
import { DRAFT_07, type Source } from './sources.js';

/** Hostile-looking but legal input: generation must succeed and emit code that compiles. */
const DIR = 'entity/services/connections/database';

function connectionFile(name: string, tag: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Source {
  const path = `${DIR}/${name}.json`;
  const body = {
    $schema: DRAFT_07,
    $id: `${BASE_URL}${path}`,
    title: name.charAt(0).toUpperCase() + name.slice(1),
    type: 'object',
    schemaVersion: '1.0.0',
    ...extra,
    properties: { type: { type: 'string', enum: [tag], default: tag }, ...properties },
    additionalProperties: false,
  };
  return { path, text: `${JSON.stringify(body, null, 2)}\n` };
}

async function generateInto(sources: readonly Source[]): Promise<string> {
  const config = tempConfig();
  await generate(config, undefined, sources);
  return config.outDir;
}

describe('text that could break out of a comment or string is emitted safely', () => {
  const LINE_1 = 'Ends here */ then `code` and ${injected} and """triple""" ok';
  const LINE_2 = 'second line: /* nested */ `${x}`';
  const TRICKY = `${LINE_1}\n${LINE_2}`;
  const escaped = (line: string): string => line.replace(/\*\//g, '*\\/');

  it('a description holding */, backticks, ${ and """ generates, compiles under tsc --strict, and survives in JSDoc', async () => {
    const source = connectionFile('quirkyConnection', 'Quirky', { note: { type: 'string', description: TRICKY, default: '*/ closed', examples: ['a */ b ${c}'] } }, { description: TRICKY });
    const out = await generateInto([source]);
    expect(tscStrict(out)).toBe('');
    const ts = readFileSync(join(out, `typescript/${DIR}/quirkyConnection.ts`), 'utf8');
    expect(ts).toContain(`\n * ${escaped(LINE_1)}\n * ${escaped(LINE_2)}\n`);
    expect(ts).toContain(`\n   * ${escaped(LINE_1)}\n   * ${escaped(LINE_2)}\n`);
    expect(ts).toContain(`@default ${escaped(JSON.stringify('*/ closed'))}`);
    expect(ts).toContain(`@example ${escaped(JSON.stringify('a */ b ${c}'))}`);
    // Every comment opened is closed exactly where the generator meant: no raw "*/" from the text.
    expect(ts.split('\n').filter((l) => l.trimEnd().replace(/\*\/$/, '').includes('*/'))).toEqual([]);
    const form = JSON.parse(readFileSync(join(out, 'ui-forms/database/quirkyConnection.schema.json'), 'utf8'));
    expect(form.description).toBe(TRICKY);
    expect(form.properties.note.description).toBe(TRICKY);
    expect(form.properties.note.default).toBe('*/ closed');
  });
});

describe('property names that are keywords, not identifiers, or not ASCII', () => {
  const NAMES = ['class', 'default', 'from', 'my-key', '2fa', '名前', 'import', 'None', 'int'] as const;
  const type = (name: string): string => (name === '2fa' ? 'boolean' : name === 'int' ? 'integer' : 'string');

  it('generate, compile under tsc --strict, and an object literal using every key type-checks', async () => {
    const properties = Object.fromEntries(NAMES.map((n) => [n, { type: type(n), description: `the ${n} field` }]));
    const source = connectionFile('oddKeysConnection', 'OddKeys', properties, { required: [...NAMES] });
    const out = await generateInto([source]);
    const usage = [
      `import type { OddKeysConnection } from './${DIR}/oddKeysConnection.js';`,
      '',
      "export const value: OddKeysConnection = { type: 'OddKeys', class: 'c', default: 'd', from: 'f', 'my-key': 'k', '2fa': true, 名前: 'n', import: 'i', None: 'none', int: 3 };",
      'const n: number = value.int;',
      "const b: boolean = value['2fa'];",
      "const s: string = value.class + value.default + value.from + value['my-key'] + value.名前 + value.import + value.None;",
      '// @ts-expect-error additionalProperties: false, so there is no index signature to fall back on',
      'value.my_key;',
      '// @ts-expect-error every listed key is required',
      "export const partial: OddKeysConnection = { type: 'OddKeys', class: 'c' };",
      'export const used = [n, b, s];',
      '',
    ].join('\n');
    writeFileSync(join(out, 'typescript/usage.ts'), usage);
    // Both folders in one tsc program (neither imports the other), each judged by its own files.
    const byFile = reportByFile(out, tscStrict(out, ['typescript/**/*.ts', 'openapi/**/*.ts']));
    expect(reportOf(byFile, (f) => !f.startsWith('openapi/'))).toBe('');
    expect(reportOf(byFile, (f) => f.startsWith('openapi/'))).toBe('');
    const form = JSON.parse(readFileSync(join(out, 'ui-forms/database/oddKeysConnection.schema.json'), 'utf8'));
    expect(Object.keys(form.properties)).toEqual(['type', ...NAMES]);
    expect(form.required).toEqual([...NAMES]);
  });
});

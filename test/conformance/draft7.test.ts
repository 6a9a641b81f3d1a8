import { describe, expect, it } from 'vitest';
import { entryOf, entrySources } from '../../tools/conformance/draft7/catalogue.js';
import { impliedKind, withImpliedTypes } from '../../tools/conformance/draft7/implied.js';
import { languageStatus } from '../../tools/conformance/draft7/plan.js';
import { loadGroups } from '../../tools/conformance/draft7/suite.js';
import type { Group } from '../../tools/conformance/draft7/suite.js';

const group = (file: string, index: number, schema: unknown): Group => ({ key: `${file}/${index}`, file, index, description: 'd', schema: schema as never, tests: [] });

describe('draft-07 catalogue', () => {
  it('reads every group of the required files', () => {
    const groups = loadGroups();
    expect(groups.length).toBeGreaterThan(250);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    expect(groups.some((g) => g.file.startsWith('optional'))).toBe(false);
  });

  it('makes each group the root of its own file, read through a wrapper with one required `value`', () => {
    const entry = entryOf(group('if-then-else', 3, { if: { minimum: 0 }, definitions: { a: { type: 'string' } } }));
    const [root, wrapper] = entrySources(entry, 'https://x.dev/');
    expect(entry.path).toBe('draft7/ifThenElse/g3.json');
    expect(JSON.parse(root?.text ?? '{}')).toMatchObject({ $id: 'https://x.dev/draft7/ifThenElse/g3.json', title: 'IfThenElse 3', if: { minimum: 0 } });
    expect(JSON.parse(wrapper?.text ?? '{}')).toMatchObject({ properties: { value: { $ref: 'g3.json' } }, required: ['value'], additionalProperties: false });
    expect(JSON.parse(entrySources(entryOf(group('boolean_schema', 1, false)), 'https://x.dev/')[0]?.text ?? '{}')).toMatchObject({ not: {} });
  });

  it('calls a relative ref remote once the group loses its own $id', () => {
    expect(entryOf(group('refRemote', 9, { $id: 'http://localhost:1234/x', properties: { a: { $ref: 'nested/y.json' } } })).features).toContain('$ref (remote)');
    expect(entryOf(group('ref', 22, { $id: 'urn:x', properties: { a: { $ref: '#/definitions/b' } }, definitions: { b: {} } })).features).not.toContain('$ref (remote)');
  });

  it('skips a group for a language that does not enforce one of its keywords, with the reason, and flags contradicted claims', () => {
    const entry = entryOf(group('not', 0, { not: { type: 'integer' } }));
    expect(languageStatus(entry, 'java', undefined, []).skipped).toBe('uses `not` (java: none)');
    expect(languageStatus(entry, 'python', undefined, []).skipped).toBeUndefined();
    expect(languageStatus(entryOf(group('minimum', 0, { minimum: 1 })), 'python', undefined, ['not enforced: x']).claimMismatch).toBe(true);
    expect(languageStatus(entry, 'python', 'connspec rejects the schema', []).skipped).toBe('connspec rejects the schema');
  });

  it('writes out the type a schema without one implies, as the IR infers it', () => {
    expect(impliedKind({ maxLength: 2 })).toBe('string');
    expect(impliedKind({ minimum: 1, properties: {} })).toBe('object');
    expect(impliedKind({ enum: [1], maxLength: 2 })).toBeUndefined();
    expect(withImpliedTypes({ allOf: [{ items: { minimum: 1 } }] })).toEqual({ allOf: [{ type: 'array', items: { type: 'number', minimum: 1 } }] });
  });
});

import { describe, expect, it } from 'vitest';
import type { IR, TypeNode } from '@connspec/core';
import { fingerprinter } from '../../../packages/connspec/src/core/semver/fingerprint.js';
import { CONN, connection, irOf, type Json } from './support.js';

const rootOf = (ir: IR): TypeNode => {
  const root = ir.declarations.get(`${CONN}#`);
  if (!root) throw new Error('no root');
  return root.type;
};

/** The root's validating fingerprint on each side, and whether either went through a cycle. */
async function compare(old: { props: Json; defs?: Json }, now: { props: Json; defs?: Json }) {
  const [a, b] = [await irOf([connection(CONN, 'T', old.props, old.defs)]), await irOf([connection(CONN, 'T', now.props, now.defs)])];
  const [fa, fb] = [fingerprinter(a), fingerprinter(b)];
  return { equal: fa.of(rootOf(a)) === fb.of(rootOf(b)), cyclic: fa.cyclic(rootOf(a)) || fb.cyclic(rootOf(b)) };
}

const node = (to: string, key: string) => ({ type: 'object', properties: { [key]: { $ref: `#/definitions/${to}` } } });

// What the diff trusts when it skips the backstop: equal, acyclic fingerprints mean the same instances validate.
describe('fingerprint', () => {
  it.each([
    { name: 'a description edit validates alike', old: { props: { x: { type: 'string', description: 'a' } } }, now: { props: { x: { type: 'string', description: 'b' } } }, equal: true, cyclic: false },
    { name: 'a tighter bound does not', old: { props: { x: { type: 'integer' } } }, now: { props: { x: { type: 'integer', maximum: 3 } } }, equal: false, cyclic: false },
    { name: 'dropping `type` beside `properties` lets other kinds through', old: { props: { x: { type: 'object', properties: { a: { type: 'string' } } } } }, now: { props: { x: { properties: { a: { type: 'string' } } } } }, equal: false, cyclic: false },
    // a → b → a against a → b → b: both hash the way back as a cycle marker, so equal hashes prove nothing here.
    { name: 'recursion returning to a different declaration', old: { props: { x: { $ref: '#/definitions/a' } }, defs: { a: node('b', 'next'), b: node('a', 'back') } }, now: { props: { x: { $ref: '#/definitions/a' } }, defs: { a: node('b', 'next'), b: node('b', 'back') } }, equal: true, cyclic: true },
  ])('$name', async ({ old, now, equal, cyclic }) => {
    expect(await compare(old, now)).toEqual({ equal, cyclic });
  });
});

import { describe, expect, it } from 'vitest';
import { printJava, printMembers, printType, type JavaWriter } from '../../../packages/connspec/src/targets/java/writer.js';

/** The Java printer: the writer owns indentation, blocks and blank lines; what it is given is never re-read as JavaScript. */
const CASES: { name: string; write: (w: JavaWriter) => void; expected: string[] }[] = [
  { name: 'an empty block', write: (w) => w.block('public X()'), expected: ['public X() {', '}'] },
  {
    name: 'nested blocks, each line at its level',
    write: (w) => w.block('void f()', () => w.block('if (a)', () => w.line('return;')).line('g();')),
    expected: ['void f() {', '    if (a) {', '        return;', '    }', '    g();', '}'],
  },
  {
    name: 'one blank line between separated parts, never two',
    write: (w) => w.separated(['a;', 'b;', 'c;'], (s) => w.line(s).blank()),
    expected: ['a;', '', 'b;', '', 'c;'],
  },
  {
    name: 'a multi-line text indented line by line',
    write: (w) => w.block('class X', () => w.doc('/**\n * Doc.\n */').line('int a;')),
    expected: ['class X {', '    /**', '     * Doc.', '     */', '    int a;', '}'],
  },
  {
    name: 'a statement continued one level in',
    write: (w) => w.block('boolean f()', () => w.continued(['return a', '&& b'], ';')),
    expected: ['boolean f() {', '    return a', '        && b;', '}'],
  },
  {
    // JavaScript's lexer would think "a\\" still open and the backtick a template literal that never ends.
    name: 'a string ending in a backslash, then a backtick',
    write: (w) => w.block('class X', () => w.line('@P(regexp = "a\\\\", message = "it`s")').block('void f()', () => w.line('g();'))),
    expected: ['class X {', '    @P(regexp = "a\\\\", message = "it`s")', '    void f() {', '        g();', '    }', '}'],
  },
  {
    name: 'a type, its members printed first',
    write: (w) => w.line(printType({ comments: ['/** X. */'], annotations: ['@A'], header: 'public class X', members: printMembers([(m) => m.line('int a;'), (m) => m.block('X()')]) })),
    expected: ['/** X. */', '@A', 'public class X {', '', '    int a;', '', '    X() {', '    }', '}'],
  },
];

describe('JavaWriter', () => {
  it.each(CASES)('$name', ({ write, expected }) => {
    expect(printJava(write)).toBe(`${expected.join('\n')}\n`);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse, resolveSettings } from '@connspec/core';
import { generatePython, PYTHON_OPTIONS } from '@connspec/generator-python';
import { PyWriter } from '../../../packages/connspec/src/targets/python/writer.js';
import { connection } from '../../bad-input/sources.js';
import { tempConfig } from '../../support/workspace.js';

const CASES: readonly { readonly name: string; readonly write: (w: PyWriter) => unknown; readonly text: string }[] = [
  {
    name: 'a block after its header line, nested blocks one more level in',
    write: (w) => w.block('def f(x: int) -> int', () => w.block('if x', () => w.line('return 1')).line('return 0')),
    text: 'def f(x: int) -> int:\n    if x:\n        return 1\n    return 0\n',
  },
  {
    name: 'an empty line inside a block carries no indentation',
    write: (w) => w.block('class A', () => w.lines(['a = 1', '', 'b = 2'])),
    text: 'class A:\n    a = 1\n\n    b = 2\n',
  },
  {
    name: 'a one-line docstring stays on the quotes; a longer one closes on its own line, blank lines empty',
    write: (w) => w.block('class A', () => w.docstring(['One.']).docstring(['Title', '', 'More.'])),
    text: 'class A:\n    """One."""\n    """Title\n\n    More.\n    """\n',
  },
  {
    name: 'docstring text is escaped: backslashes doubled, quotes at the ends escaped',
    write: (w) => w.docstring(['"a\\b"']),
    text: '"""\\"a\\\\b\\""""\n',
  },
  {
    name: 'a backtick, an apostrophe or a trailing backslash (JavaScript strings to code-block-writer) leave the next line indented',
    write: (w) => w.block('class A', () => w.docstring(['Title', 'an odd `backtick', "it's", 'ends \\', 'last'])),
    text: 'class A:\n    """Title\n    an odd `backtick\n    it\'s\n    ends \\\\\n    last\n    """\n',
  },
  {
    name: 'comments are escaped onto one line',
    write: (w) => w.block('if True', () => w.comment('a\nb \u202e').line('pass')),
    text: 'if True:\n    # a b \\u202e\n    pass\n',
  },
  {
    name: 'blank(n) makes at least n blank lines, none at the start of the text',
    write: (w) => w.blank(2).line('a').blank().blank(2).line('b').blank().line('c'),
    text: 'a\n\n\nb\n\nc\n',
  },
  {
    name: 'a bracketed literal: items one level in',
    write: (w) => w.bracketed('X = [', ["'a',", "'b',"], ']'),
    text: "X = [\n    'a',\n    'b',\n]\n",
  },
];

describe('PyWriter', () => {
  it.each(CASES)('$name', ({ write, text }) => {
    const w = new PyWriter();
    write(w);
    expect(w.toString()).toBe(text);
  });
});

describe('class docstrings', () => {
  it('a title with a line break: each line of it indented as the docstring\'s other lines', async () => {
    const source = connection('entity/services/connections/database/titleConnection.json', 'Title', '    "cfg": { "type": "object", "title": "Two\\nlines", "properties": { "a": { "type": "string" } } }');
    const { ir } = await analyse(tempConfig(), [source]);
    if (!ir) throw new Error('no IR');
    const module = generatePython(ir, resolveSettings('python', PYTHON_OPTIONS)).files.find((f) => f.path.endsWith('title_connection.py'))?.contents ?? '';
    expect(module).toContain('(_cs.ConnspecModel):\n    """Two\n    lines\n\n    Schema: entity/services/connections/database/titleConnection.json#/properties/cfg\n    """\n');
  });
});

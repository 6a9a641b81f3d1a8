import CodeBlockWriter from 'code-block-writer';
import { comment, docstringLines } from './literals.js';

/**
 * code-block-writer lexes what it writes as JavaScript and leaves a line unindented while it thinks
 * a string is open: after a line with an odd backtick (a docstring quoting `code`), or a quote and a
 * line-ending backslash, the next line of Python would lose its indentation. Python text written
 * here never continues a string across lines but in docstrings, whose continuation lines are
 * indented too, so every line is indented.
 */
class IndentingWriter extends CodeBlockWriter {
  override isInString(): boolean {
    return false;
  }

  /**
   * The lexer itself (internal to code-block-writer 13) reads every character written: a tenth of a
   * second on a large tree, for state nothing here asks. Should a release rename it, isInString still
   * keeps the output right.
   */
  _updateInternalState(): void {}
}

/**
 * Python source, line by line: blocks after a `header:` line one level (four spaces) in, docstrings,
 * comments, and blank lines that never carry indentation. Lines are whole statements, decorators or
 * comments, written as they are (their literals escaped by literals.ts).
 */
export class PyWriter {
  private readonly out = new IndentingWriter({ indentNumberOfSpaces: 4, newLine: '\n' });

  /** One line at the current indentation; '' is an empty line. */
  line(text: string): this {
    // Every line ends with its newline, so an empty one is just that (no indentation).
    if (text === '') this.out.newLine();
    else this.out.writeLine(text);
    return this;
  }

  lines(texts: readonly string[]): this {
    for (const text of texts) this.line(text);
    return this;
  }

  /** `header:` and its body one level in (`class …`, `def …`, `if …`). */
  block(header: string, body: () => void): this {
    this.line(`${header}:`);
    return this.indented(body);
  }

  /** Lines one level in without a header of their own (the items of a bracketed literal). */
  indented(body: () => void): this {
    this.out.withIndentationLevel(this.out.getIndentationLevel() + 1, body);
    return this;
  }

  /** `open`, the items one level in, `close`: a literal spread over lines (`[`, `    'a',`, `]`). */
  bracketed(open: string, items: readonly string[], close: string): this {
    this.line(open);
    this.indented(() => this.lines(items));
    return this.line(close);
  }

  /** A docstring of text lines (escaped here); a single line stays on the quotes' line. */
  docstring(lines: readonly string[]): this {
    return this.lines(docstringLines(lines));
  }

  /** A `#` comment line (escaped here: a comment has no escapes, so each invisible character shows as one). */
  comment(text: string): this {
    return this.line(comment(text));
  }

  /** At least `count` blank lines before what follows (two between top-level definitions, PEP 8); none at the start. */
  blank(count = 1): this {
    if (this.out.getLength() === 0) return this;
    const end = '\n'.repeat(count + 1);
    this.out.newLineIfLastNot();
    while (!this.out.endsWith(end)) this.out.newLine();
    return this;
  }

  toString(): string {
    return this.out.toString();
  }
}

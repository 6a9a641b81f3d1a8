import CodeBlockWriter from 'code-block-writer';

/**
 * Java source printed through code-block-writer, which owns indentation (four spaces): code is written
 * at the level of the block it sits in, never indented by hand. Imports stay with `Imports`, which knows
 * only after a type is printed which names it used.
 */
export class JavaWriter {
  private readonly out = new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 4, useTabs: false });

  constructor() {
    // code-block-writer lexes what it writes as JavaScript, so as not to indent inside a multi-line template
    // literal. Java has none, and that lexer misreads Java: after `"a\\"` it thinks the string still open, and a
    // backtick later on the line would leave every following line unindented. Off: every line is indented
    // (and printing is faster). The package is pinned to the version whose internals this names.
    (this.out as unknown as { _updateInternalState: (text: string) => void })._updateInternalState = () => {};
  }

  /** Each text on lines of its own at the current level (a text holding line breaks is indented line by line). */
  line(...texts: readonly string[]): this {
    if (texts.length) this.out.writeLine(texts.join('\n'));
    return this;
  }

  /** One statement over several lines: the first at the current level, the rest one level further in. */
  continued(lines: readonly string[], end: string): this {
    this.out.hangingIndent(() => this.out.write(`${lines.join('\n')}${end}`));
    this.out.newLine();
    return this;
  }

  /** Lines one level further in, without braces (an annotation's array, say). */
  indented(body: () => void): this {
    this.out.indent(body);
    return this;
  }

  /** Lines at indentation level `level`, whatever the current one. */
  at(level: number, body: () => void): this {
    this.out.withIndentationLevel(level, body);
    return this;
  }

  /** One blank line, unless the last line is already blank. */
  blank(): this {
    this.out.blankLineIfLastNot();
    return this;
  }

  /** A Javadoc block or comment from `javadoc()`; nothing when it is empty. */
  doc(text: string): this {
    return text ? this.line(text) : this;
  }

  /** `header {`, the body one level in, `}`. */
  block(header: string, body?: () => void): this {
    this.out.write(header).block(body);
    this.out.newLineIfLastNot();
    return this;
  }

  /** `write` for each item, one blank line between them. */
  separated<T>(items: readonly T[], write: (item: T) => void): this {
    items.forEach((item, i) => {
      if (i > 0) this.blank();
      write(item);
    });
    return this;
  }

  /** The source printed so far, ending in a line break. */
  toString(): string {
    return `${this.out.toString().replace(/\n+$/, '')}\n`;
  }
}

/**
 * A type declaration whose members are printed first: printing them decides the imports and whether a
 * deprecated type is named (then the file adds `@SuppressWarnings("deprecation")` to the annotations).
 */
export interface JavaType {
  /** Javadoc and line comments before the annotations, in order. */
  readonly comments: readonly string[];
  readonly annotations: readonly string[];
  /** `public class X implements Y`. */
  readonly header: string;
  /** The members, from `printMembers` (one level in). */
  readonly members: string;
}

/** Source printed by a fresh writer, ending in a line break. */
export function printJava(write: (w: JavaWriter) => void): string {
  const w = new JavaWriter();
  write(w);
  return w.toString();
}

/** Code printed by a fresh writer, without the final line break (a fragment another writer places). */
export function printCode(write: (w: JavaWriter) => void): string {
  return printJava(write).replace(/\n$/, '');
}

/** Members of a type, one level in and one blank line apart (each part resolves the names it writes when it runs). */
export function printMembers(parts: readonly ((w: JavaWriter) => void)[]): string {
  return printCode((w) => w.at(1, () => w.separated(parts, (part) => part(w))));
}

/**
 * A type declaration (after what `before` prints: a file's banner, package and imports): comments, annotations, `header {`, a
 * blank line, the members, `}` (no final line break).
 * The members are placed as printed, not written a second time: a file's bulk goes through the writer once.
 */
export function printType(type: JavaType, before?: (w: JavaWriter) => void): string {
  const head = printCode((w) => {
    before?.(w);
    for (const comment of type.comments) w.doc(comment);
    w.line(...type.annotations, `${type.header} {`);
  });
  return `${head}\n\n${type.members}\n}`;
}

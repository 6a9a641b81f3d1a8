import CodeBlockWriter from 'code-block-writer';

/**
 * The writer every TypeScript file of connspec is printed with: code-block-writer, the writer ts-morph's
 * printers are built on, set to this target's layout (2-space indentation, LF). Used on its own because it
 * is the only option measured that prints today's output, and at no load cost (≈2 ms CPU): ts-morph costs
 * ≈180 ms to load plus ≈220 ms on OpenMetadata to re-parse every module it prints from structures, and its
 * structure printers put index signatures first, print an empty interface as `{\n}` and re-indent
 * multi-line type text; the compiler API's printer (≈130 ms to load) indents by 4 spaces, trims trailing
 * spaces in comments, prints an empty interface as `{\n}` and escapes every non-ASCII character of a string.
 */
export function tsWriter(): CodeBlockWriter {
  return new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 2, useTabs: false });
}

/** The `//` banner line every generated module starts with, and the blank line after it. */
export function writeBanner(w: CodeBlockWriter, text: string): CodeBlockWriter {
  return w.writeLine(`// ${text}`).blankLine();
}

export type { CodeBlockWriter };

import { readFileSync } from 'node:fs';
import { URI_SOURCE, regexFormats } from './formats.js';
import { javaString } from './literals.js';
import type { SupportType } from './plan.js';
import { SPACE, translatePattern } from './regex.js';
import { markerAnnotation } from './support-annotations.js';
import { printCode } from './writer.js';

/** Helpers copied from `runtime/*.java` (real Java without its package line, compiled with the output). */
const RUNTIME: readonly SupportType[] = ['ConnspecJson', 'ConnspecPresence', 'Unions', 'Format', 'MultipleOf', 'CodePointLength', 'UniqueItems', 'AllowedValues'];

/** The Java source of a helper type, without banner and package. */
export function supportSource(name: SupportType): string {
  if (name === 'Secret' || name === 'Masked' || name === 'Exposed') return markerAnnotation(name);
  if (!RUNTIME.includes(name)) throw new Error(`no source for ${name}`);
  const text = readFileSync(new URL(`../../../runtime/java/${name}.java`, import.meta.url), 'utf8');
  return name === 'Format' ? fillFormats(text) : text;
}

/** `Format.java` holds ajv-formats' regular expressions, translated when generating. */
function fillFormats(text: string): string {
  const entries = regexFormats().map((f, i, all) => {
    const flags = [...(f.caseInsensitive ? ['Pattern.CASE_INSENSITIVE'] : []), ...(f.unicode && f.caseInsensitive ? ['Pattern.UNICODE_CASE'] : [])];
    return `Map.entry(${javaString(f.name)}, Pattern.compile(${javaString(f.regex)}${flags.length ? `, ${flags.join(' | ')}` : ''}))${i < all.length - 1 ? ',' : ''}`;
  });
  // The entries continue the placeholder's statement, one level further in than its line.
  const level = (/^( *).*\/\*connspec:patterns\*\//m.exec(text)?.[1]?.length ?? 0) / 4 + 1;
  const list = printCode((w) => w.at(level, () => w.line(...entries)));
  return text
    .replace('/*connspec:patterns*/', `\n${list}`)
    .replace('/*connspec:uri*/""', javaString(translatePattern(URI_SOURCE).regex))
    .replace('/*connspec:date-time-separator*/""', javaString(`[tT]|[${SPACE}]`));
}

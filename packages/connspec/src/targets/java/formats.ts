import { fullFormats } from 'ajv-formats/dist/formats.js';
import { translatePattern } from './regex.js';

/**
 * JSON Schema `format`s as connspec's own validator checks them (ajv-formats, "full" mode): the
 * regular-expression formats are taken from ajv-formats itself and translated to Java's dialect; the
 * formats it checks with code are re-implemented in the generated `Format` validator.
 */
export interface RegexFormat {
  readonly name: string;
  /** Java regex for `matches()`. */
  readonly regex: string;
  readonly caseInsensitive: boolean;
  readonly unicode: boolean;
}

/** Formats the Java `Format` validator checks with code, as ajv-formats does. */
export const CODE_FORMATS: ReadonlySet<string> = new Set(['date', 'time', 'date-time', 'iso-time', 'iso-date-time', 'uri', 'regex', 'byte']);

/** Formats that check nothing on a string (ajv-formats: hints, or number-only formats). */
export const TRIVIAL_FORMATS: ReadonlySet<string> = new Set(['password', 'binary', 'int32', 'int64', 'float', 'double']);

/** ajv-formats' `URI` (module-private there, so copied from ajv-formats 3.0.1; flag `i`). */
export const URI_SOURCE = String.raw`^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$`;

let translated: RegexFormat[] | undefined;

/** Every regular-expression format of ajv-formats' full set, in Java's dialect (translated once). */
export function regexFormats(): RegexFormat[] {
  if (translated) return translated;
  const out: RegexFormat[] = [];
  for (const [name, definition] of Object.entries(fullFormats)) {
    const re = definition instanceof RegExp ? definition : undefined;
    if (!re) continue;
    const { regex, problems } = translatePattern(re.source);
    if (problems.length) throw new Error(`ajv-formats format ${name} does not translate: ${problems.join('; ')}`);
    out.push({ name, regex, caseInsensitive: re.flags.includes('i'), unicode: re.flags.includes('u') });
  }
  translated = out.sort((a, b) => (a.name < b.name ? -1 : 1));
  return translated;
}

/** Whether the Java models check a string format the way ajv does. */
export function checkedFormat(name: string): boolean {
  return CODE_FORMATS.has(name) || TRIVIAL_FORMATS.has(name) || regexFormats().some((f) => f.name === name);
}

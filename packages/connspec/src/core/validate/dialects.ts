/**
 * The JSON Schema dialects connspec reads, chosen per file by `$schema`. Each is validated by its own
 * ajv class (ajv cannot mix dialects in one instance) and converted into the same IR.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { JsonValue, SourceFile } from '../load/source-file.js';
import { joinPointer } from '../pointer.js';
import type { Location } from '../resolve/resolve.js';
import { isObject } from '../util/walk.js';

export type Dialect = 'draft-07' | '2019-09' | '2020-12';

export const DIALECTS: readonly Dialect[] = ['draft-07', '2019-09', '2020-12'];

/** The canonical `$schema` URI of each dialect (draft-07's with its `#`, as its meta-schema's `$id`). */
export const DIALECT_URIS: Readonly<Record<Dialect, string>> = {
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

const PATTERNS: readonly (readonly [Dialect, RegExp])[] = [
  ['draft-07', /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/],
  ['2019-09', /^https:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/],
  ['2020-12', /^https:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/],
];

/** The dialect a `$schema` value names; no `$schema` means draft-07 (as before 2019-09 support); undefined for any other value. */
export function dialectOfSchema(declared: JsonValue | undefined): Dialect | undefined {
  if (declared === undefined) return 'draft-07';
  if (typeof declared !== 'string') return undefined;
  return PATTERNS.find(([, pattern]) => pattern.test(declared))?.[0];
}

/** A file's dialect; an unsupported `$schema` (reported by the `draft-07` rule) is read as draft-07. */
export function fileDialect(file: Pick<SourceFile, 'value'>): Dialect {
  const declared = isObject(file.value) ? file.value.$schema : undefined;
  return dialectOfSchema(declared) ?? 'draft-07';
}

/**
 * A `$ref` from a file of one dialect into a file of another is refused, at the `$ref`: each dialect
 * is compiled by its own ajv, which cannot hold the other's files, and keywords such as `items` or
 * `dependencies` mean different things in each, so compiling the target under the referrer's
 * dialect would silently change what it accepts.
 */
export function crossDialectRefs(files: readonly SourceFile[], targets: ReadonlyMap<string, Location>): Diagnostic[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const out: Diagnostic[] = [];
  for (const [site, target] of targets) {
    const from = byPath.get(site.slice(0, site.indexOf('#')));
    const to = byPath.get(target.file);
    if (from === undefined || to === undefined || fileDialect(from) === fileDialect(to)) continue;
    const pointer = joinPointer(site.slice(site.indexOf('#') + 1), '$ref');
    out.push({
      severity: 'error',
      rule: 'ref-dialect',
      file: from.path,
      ...from.locate(pointer),
      pointer,
      message: `$ref points into ${to.path}, a ${fileDialect(to)} schema, from a ${fileDialect(from)} schema`,
      hint: `declare the same "$schema" in both files (convert one of them), since connspec validates each dialect separately`,
    });
  }
  return out;
}

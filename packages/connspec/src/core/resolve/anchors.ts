import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile } from '../load/source-file.js';
import { forEachSchema } from '../util/walk.js';
import { fileDialect } from '../validate/dialects.js';
import { refError, type RefSite } from './ref-sites.js';
import type { Location } from './resolve.js';
import { declaredId, fileUrl, stripHash } from './urls.js';

/** A URL whose fragment is a plain name (`#foo`), not a JSON pointer (`#/…`) nor empty. */
export function isAnchorUrl(url: string): boolean {
  const i = url.indexOf('#');
  return i >= 0 && i < url.length - 1 && url[i + 1] !== '/';
}

/**
 * Every `$anchor` (2019-09, 2020-12) and `$dynamicAnchor` (2020-12, which is a plain anchor for
 * `$ref` too) as `<document URL>#<name>` → the canonical location of the schema that declares it,
 * under each URL the document answers to (its place under the base URL, and its `$id`). A `$ref`
 * to an anchor then lands on the same declaration as a `$ref` by JSON pointer would.
 */
export function anchorIndex(files: readonly SourceFile[], baseUrl: string, useIds: boolean): Map<string, Location> {
  const out = new Map<string, Location>();
  for (const f of files) {
    const dialect = fileDialect(f);
    if (dialect === 'draft-07') continue;
    const id = useIds ? declaredId(f.value) : undefined;
    const documents = [fileUrl(baseUrl, f.path), ...(id === undefined ? [] : [stripHash(safeUrl(id, fileUrl(baseUrl, f.path)))])];
    forEachSchema(f.value, (schema, pointer) => {
      const names = [schema.$anchor, dialect === '2020-12' ? schema.$dynamicAnchor : undefined].filter((n): n is string => typeof n === 'string');
      for (const name of names) for (const doc of documents) if (!out.has(`${doc}#${name}`)) out.set(`${doc}#${name}`, { file: f.path, pointer });
    });
  }
  return out;
}

function safeUrl(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return base;
  }
}

export function missingAnchor(site: RefSite, url: string): Diagnostic {
  const name = url.slice(url.indexOf('#') + 1);
  return refError(site, 'ref-unresolvable', `$ref "${site.ref}" names an anchor "${name}" that no schema in ${stripHash(url)} declares with "$anchor"`, `add "$anchor": "${name}" to the schema it should mean (2019-09 or 2020-12), or refer to it by JSON pointer ("#/$defs/…")`);
}

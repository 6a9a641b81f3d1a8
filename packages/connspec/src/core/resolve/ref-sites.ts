import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { JsonValue, SourceFile } from '../load/source-file.js';
import { joinPointer } from '../pointer.js';
import { fileUrl, stripHash } from './urls.js';

/** One object holding a `$ref`, with the absolute URL its `$ref` means there. */
export interface RefSite {
  readonly file: string;
  /** Pointer of the object that holds `$ref`. */
  readonly pointer: string;
  readonly ref: string;
  /** `$ref` resolved against the nearest enclosing `$id` (or the file's own URL). */
  readonly absolute: string;
  readonly position: SourcePosition;
}

/** Keywords whose values are not schemas: never look for `$ref`s inside them. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'required', 'javaEnums', 'javaInterfaces']);

export function collectRefSites(file: SourceFile, baseUrl: string, useIds: boolean): RefSite[] {
  const sites: RefSite[] = [];
  const walk = (value: JsonValue, pointer: string, scope: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${pointer}/${i}`, scope));
      return;
    }
    const here = useIds && typeof value.$id === 'string' ? safeUrl(value.$id, scope) ?? scope : scope;
    if (typeof value.$ref === 'string') {
      const absolute = safeUrl(value.$ref, here) ?? value.$ref;
      sites.push({ file: file.path, pointer, ref: value.$ref, absolute, position: file.locate(joinPointer(pointer, '$ref')) });
    }
    for (const [key, child] of Object.entries(value)) {
      // `properties`/`definitions`/`$defs` hold maps of schemas whose keys may be any word, including these.
      const parentIsMap = /\/(properties|definitions|\$defs|patternProperties|dependencies|dependentSchemas)$/.test(pointer);
      if (!parentIsMap && DATA_KEYWORDS.has(key)) continue;
      walk(child, joinPointer(pointer, key), here);
    }
  };
  walk(file.value, '', fileUrl(baseUrl, file.path));
  return sites;
}

function safeUrl(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

/** An error at a `$ref` site: the `$ref` keyword's own place, with the rule and the fix. */
export function refError(site: RefSite, rule: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', rule, file: site.file, ...site.position, pointer: joinPointer(site.pointer, '$ref'), message, hint };
}

export type RefVerdict = { ok: true; url: string } | { ok: false; diagnostic: Diagnostic };

/** Decides, before any reading, whether a ref stays inside the catalogue. */
export function classifyRef(site: RefSite, baseUrl: string, known: ReadonlyMap<string, unknown>): RefVerdict {
  const url = site.absolute;
  const doc = stripHash(url);
  if (known.has(doc)) return { ok: true, url };
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(site.ref);
  const fail = (rule: string, message: string, hint: string): RefVerdict => ({ ok: false, diagnostic: refError(site, rule, message, hint) });
  if (doc.startsWith(baseUrl)) {
    const path = decodeURIComponent(doc.slice(baseUrl.length));
    return fail('ref-unresolvable', `$ref "${site.ref}" points at ${path}, which is not a file under the schema root`, 'correct the path (relative refs resolve against the nearest $id, not the folder on disk), or add the missing schema file');
  }
  if (relative) {
    return fail('ref-escapes-root', `$ref "${site.ref}" resolves to ${doc}, outside the schema root ${baseUrl}`, 'keep every referenced schema under the schema root; copy the shared schema in, or use fewer "../"');
  }
  return fail('ref-remote', `$ref "${site.ref}" points at a remote document; connspec never fetches URLs`, `vendor the schema under the schema root and refer to it relatively, or by a URL under ${baseUrl}`);
}

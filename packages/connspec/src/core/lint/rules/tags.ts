import { joinPointer } from '../../pointer.js';
import type { Finding, LintContext, LintRule } from '../rule.js';
import { connectionTag } from './connections.js';

/** What a connector's tag must look like: it names its files in every per-connection output (`database/Mysql.json`). */
export const CONNECTOR_TAG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Where a connection's tag is written: its tag property, its title, or (taken from the file name) the file itself. */
function tagPointer(ctx: LintContext): string {
  const tag = ctx.layout.connections?.tag;
  if (tag !== undefined && 'property' in tag) return joinPointer('/properties', tag.property);
  return tag !== undefined && 'from' in tag && tag.from === 'title' ? '/title' : '';
}

/**
 * Every connection's tag can name a file, and no two connections of one service type share one (letter
 * case aside: outputs are file names, and case-insensitive file systems are common), since each
 * per-connection target writes `<serviceType>/<tag>…` and one would overwrite the other.
 */
export const connectionTagUnique: LintRule = {
  id: 'connection-tag-unique',
  sentence: 'Each connection\'s tag is a file name (letters, digits, `_`, `.`, `-`) and unique within its service type, letter case aside: per-connection outputs are named by it.',
  severity: 'error',
  check: (ctx) => {
    const pointer = tagPointer(ctx);
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    for (const f of ctx.files) {
      const role = ctx.roles.get(f.path);
      const tag = role?.kind === 'connection' ? connectionTag(ctx, f.path) : undefined;
      if (role?.kind !== 'connection' || tag === undefined) continue;
      if (!CONNECTOR_TAG.test(tag)) {
        out.push({ file: f.path, pointer, message: `the connector tag "${tag}" cannot name a file`, hint: 'use letters, digits, "_", "." or "-" (starting with a letter or digit) for the tag' });
        continue;
      }
      const key = `${role.serviceType}/${tag.toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, f.path);
      else out.push({ file: f.path, pointer, message: `the ${role.serviceType} connector tag "${tag}" is already ${first}'s (letter case aside), so their outputs would overwrite each other`, hint: `give one of them another tag (or move it to another service type)` });
    }
    return out;
  },
};

import { splitWords } from '../../naming/words.js';
import { joinPointer } from '../../pointer.js';
import { isObject } from '../../util/walk.js';
import { deref } from '../deref.js';
import type { Finding, LintRule } from '../rule.js';
import { eachSchema } from './structure.js';

const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'secret', 'passphrase']);
/** A secret word followed by one of these names *about* the secret, not the secret itself. */
const NOT_THE_VALUE = new Set(['url', 'uri', 'path', 'file', 'name', 'id', 'type', 'arn', 'manager', 'location', 'ref', 'enabled', 'mode']);
const KEY_PREFIXES = new Set(['api', 'private', 'secret', 'ssl', 'signing', 'encryption']);

/** password, clientSecret, bearerToken, apiKey, privateKey… yes; tokenUrl, secretArn, accessKeyId no. */
export function looksSecret(name: string): boolean {
  const words = splitWords(name).map((w) => w.toLowerCase());
  const last = words.at(-1) ?? '';
  if (NOT_THE_VALUE.has(last)) return false;
  if (last === 'token') return true;
  if (last === 'key' && KEY_PREFIXES.has(words.at(-2) ?? '')) return true;
  if (words.join('') === 'apikey') return true;
  return words.some((w) => SECRET_WORDS.has(w));
}

export const secretFormat: LintRule = {
  id: 'secret-format',
  sentence: 'A string property whose name looks secret (password, secret, token, apiKey, privateKey…) carries `format: password` (or a vendor keyword with the `secret` role, such as `airbyte_secret: true`).',
  severity: 'error',
  check: (ctx) => {
    const secretKeywords = [...ctx.vendor.keywords].filter(([, role]) => role.id === 'secret').map(([k]) => k);
    return eachSchema(ctx, (schema, pointer, file): Finding[] => {
    if (!isObject(schema.properties)) return [];
    return Object.keys(schema.properties).flatMap((name): Finding[] => {
      if (!looksSecret(name)) return [];
      const at = joinPointer(pointer, 'properties', name);
      const target = deref(ctx, { file, pointer: at });
      const own = isObject(schema.properties) ? schema.properties[name] : undefined;
      const format = (isObject(own) && own.format) ?? target?.schema.format;
      const isString = target?.schema.type === 'string' || (Array.isArray(target?.schema.type) && target.schema.type.includes('string'));
      const marked = [own, target?.schema].some((s) => isObject(s) && secretKeywords.some((k) => s[k] === true));
      if (!isString || format === 'password' || marked) return [];
      const hint = secretKeywords.length ? `add "${secretKeywords[0] ?? ''}": true or "format": "password"` : 'add "format": "password"';
      return [{ file, pointer: at, message: `"${name}" looks like a secret but is not marked as one`, hint: `${hint} (generated code then masks it), or rename the property if it is not a secret` }];
    });
    });
  },
};

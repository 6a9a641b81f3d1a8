import type { Diagnostic } from '../diagnostics.js';
import { childNodes } from '../ir/query.js';
import type { IR } from '../ir/types.js';
import { hasInvisible, jsonString } from '../emit/invisible.js';
import { KEYWORDS } from './reserved.js';
import { splitWords } from './words.js';

export type Language = 'typescript' | 'python' | 'java';
export const LANGUAGES: readonly Language[] = ['typescript', 'python', 'java'];

/** How a property is spelled in one language; `alias` is the JSON name when the two differ. */
export interface MemberName {
  readonly identifier: string;
  readonly alias?: string;
}

const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u;
const PYTHON_IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
/** Attributes of Pydantic's BaseModel that a field would shadow. */
const PYTHON_MODEL_ATTRIBUTES = new Set(['copy', 'dict', 'json', 'schema', 'schema_json', 'construct', 'validate', 'fields', 'parse_obj', 'parse_raw', 'parse_file', 'from_orm', 'update_forward_refs']);

/**
 * The one place that decides member spellings. TypeScript quotes a key it cannot write bare;
 * Python and Java get a safe identifier (`class` → `class_`, `my-key` → `my_key`/`myKey`,
 * `2fa` → `field_2fa`/`field2fa`) and keep the JSON name as an alias.
 */
export function memberName(name: string, language: Language): MemberName {
  // ZWJ, ZWNJ and the Hangul fillers are identifier characters to these regexes, but invisible: never bare.
  const visible = !hasInvisible(name);
  if (language === 'typescript') return { identifier: visible && IDENTIFIER.test(name) ? name : jsonString(name) };
  const keywords = KEYWORDS[language] ?? new Set<string>();
  const valid = visible && (language === 'python' ? PYTHON_IDENTIFIER.test(name) && !name.startsWith('_') && !name.startsWith('model_') && !PYTHON_MODEL_ATTRIBUTES.has(name) : IDENTIFIER.test(name) && !name.includes('$'));
  if (valid && !keywords.has(name)) return { identifier: name };
  const words = splitWords(name);
  let identifier = language === 'python' ? words.join('_') : words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  if (identifier === '' || /^\p{N}/u.test(identifier) || (language === 'python' && (identifier.startsWith('model_') || PYTHON_MODEL_ATTRIBUTES.has(identifier)))) {
    identifier = language === 'python' ? `field_${identifier}` : `field${identifier}`;
  }
  if (keywords.has(identifier)) identifier = `${identifier}_`;
  return { identifier, alias: name };
}

/** Two properties of one object that one language would spell alike (`my-key` and `my_key` in Python). */
export function memberCollisions(ir: IR): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const decl of ir.declarations.values()) {
    for (const node of childNodes(decl.type)) {
      if (node.kind !== 'object') continue;
      for (const language of LANGUAGES) {
        const seen = new Map<string, string>();
        for (const p of node.properties) {
          const { identifier } = memberName(p.name, language);
          const first = seen.get(identifier);
          if (first === undefined) {
            seen.set(identifier, p.name);
            continue;
          }
          out.push({
            severity: 'error',
            rule: 'member-collision',
            file: p.origin.file,
            line: p.origin.line,
            column: p.origin.column,
            pointer: p.origin.pointer,
            message: `properties "${first}" and "${p.name}" would both be "${identifier}" in ${language}`,
            hint: `rename one of the two properties so they differ in letters or digits, not only in punctuation`,
          });
        }
      }
    }
  }
  return out;
}

import type { RuleInfo } from './diagnostics.js';
import type { Generator } from './generator.js';
import { LINT_RULES } from './lint/rules/index.js';


/** The rules of the stages before lint (load, resolve, meta-schema, ajv, naming); lint rules carry their own. */
export const STAGE_RULES: readonly RuleInfo[] = [
  { id: 'json-syntax', sentence: 'Every schema file is well-formed JSON.', severity: 'error' },
  { id: 'json-bom', sentence: 'No schema file starts with a UTF-8 byte order mark (JSON forbids it; JSON.parse and Python\'s json reject it).', severity: 'error' },
  { id: 'json-duplicate-key', sentence: 'No object in a schema file has the same key twice (JSON parsers silently keep only the last).', severity: 'error' },
  { id: 'empty-file', sentence: 'No schema file is empty.', severity: 'error' },
  { id: 'schema-root', sentence: 'A schema file\'s root is a JSON object (not an array, string, number, null or boolean).', severity: 'error' },
  { id: 'ref-unresolvable', sentence: 'Every `$ref` resolves to a file under the schema root and a pointer inside it.', severity: 'error' },
  { id: 'ref-escapes-root', sentence: 'No `$ref` leaves the schema root.', severity: 'error' },
  { id: 'ref-remote', sentence: 'No `$ref` names a remote document (connspec never fetches URLs).', severity: 'error' },
  { id: 'ref-cycle', sentence: 'No chain of `$ref`s (and `allOf`/`anyOf`/`oneOf`/`not`/`if`/`then`/`else`) comes back to where it started without descending into a property or item.', severity: 'error' },
  { id: 'ref-dialect', sentence: 'No `$ref` joins files of different dialects (`$schema` draft-07, 2019-09, 2020-12).', severity: 'error' },
  { id: 'duplicate-id', sentence: 'No two schemas declare the same `$id`.', severity: 'error' },
  { id: 'unknown-keyword', sentence: 'Every keyword is a keyword of the file\'s dialect (draft-07, 2019-09 or 2020-12) or a declared extension keyword.', severity: 'error' },
  { id: 'meta-schema', sentence: 'Every keyword has a value of the kind the meta-schema allows.', severity: 'error' },
  { id: 'ajv-strict', sentence: 'Every schema compiles in ajv\'s strict mode; a problem is reported once, in the file and at the keyword that has it.', severity: 'error' },
  { id: 'ajv-strict-tuple', sentence: 'A tuple (`items` as an array, `prefixItems` in 2020-12) pins its length with `minItems` equal to its length and `additionalItems: false` or `maxItems` (ajv\'s strictTuples); fine to leave when trailing items are optional.', severity: 'warning' },
  { id: 'name-collision', sentence: 'No two declarations get the same type name in any language.', severity: 'error' },
  { id: 'name-reserved', sentence: 'No type name is a reserved word of a target language.', severity: 'error' },
  { id: 'no-connections', sentence: 'A run that works per connection (UI forms, fixtures, test connections, diff) finds at least one: the config declares where connections are (`connections`), and they match files.', severity: 'error' },
  { id: 'version-keyword', sentence: 'The version gate runs only where the config declares a version keyword (`connections.version`).', severity: 'error' },
  { id: 'member-collision', sentence: 'Two properties of one object that a language spells alike get distinct member names there (a `_` suffix); the run says which.', severity: 'warning' },
];

/** Every rule a run with these generators can report, in README order. */
export function ruleCatalogue(generators: readonly Generator[]): RuleInfo[] {
  return [...STAGE_RULES, ...LINT_RULES.map(({ id, sentence, severity }) => ({ id, sentence, severity })), ...generators.flatMap((g) => g.rules ?? [])];
}

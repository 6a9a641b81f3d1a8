/**
 * Seeded random schema sets for property tests: a few shared files of definitions and a few
 * connections referring to them, built from the constructs real connection schemas use, with a
 * share of the hard and the broken ones (look-behind and ReDoS patterns, unknown formats and
 * keywords, inverted bounds, invalid defaults, reserved and colliding names, $ref cycles, invisible
 * characters), in draft-07 or 2020-12. The same seed always gives the same set.
 */

import { seededRandom } from '../../packages/connspec/src/core/synth/random.js';

export interface RandomSchemaSet {
  readonly seed: number;
  /** Paths relative to the schema root. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  /** A `.connspec.json` for the set (schema root `schemas`). */
  readonly config: Record<string, unknown>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

export const RANDOM_BASE_URL = 'https://example.com/schemas/';

class Dice {
  constructor(private readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

const PATTERNS = ['^[a-z][a-z0-9_]*$', '^\\d{3}-\\d{4}$', '^[A-Z]{2,4}$', '^\\p{L}+$', '(?<=@)[a-z]+', '^(?!admin)[a-z]+$', '^(a+)+$', '^https?://', '[', '^\\w+\\.(com|org)$'];
const FORMATS = ['uri', 'email', 'date-time', 'hostname', 'ipv4', 'uuid', 'password', 'no-such-format'];
const WORDS = ['host', 'port', 'username', 'userName', 'user_name', 'class', 'import', 'from', 'type', 'default', 'database', 'ssl-mode', 'scope', 'région', 'a b', 'value', 'self', 'None', 'enum', 'timeout', 'region', 'catalog'];
const TEXTS = ['The host name.', 'Port to connect on', 'Contains a "quote" and a \\ backslash', 'Ünïcödé text', 'evil\u202etxt.exe', 'line one\nline two', '*/ closes a comment', '"""', ''];
const ENUM_VALUES = ['disable', 'allow', 'prefer', 'require', 'verify-full', 'a b', 'class', '1st', 'ÄÖ', 'x\u202ey', ''];

/** A random schema set for `seed` (reproducible). */
export function randomSchemaSet(seed: number): RandomSchemaSet {
  const dice = new Dice(seededRandom(`random-schemas:${seed}`));
  const shared = Array.from({ length: dice.int(1, 2) }, (_, i) => `types/t${i}.json`);
  const defs = new Map(shared.map((path) => [path, Array.from({ length: dice.int(1, 3) }, (_, j) => `def${j}`)]));
  const refs = [...defs].flatMap(([path, names]) => names.map((name) => `../${path}#/definitions/${name}`));
  const bodies = [
    ...shared.map((path) => [path, sharedFile(dice, path, defs.get(path) ?? [], refs)] as const),
    ...Array.from({ length: dice.int(1, 3) }, (_, i) => [`connections/c${i}.json`, connection(dice, `connections/c${i}.json`, refs)] as const),
  ];
  const downgraded = ['ajv-strict', 'java-inexpressible', 'examples-valid', 'pattern-redos'].filter(() => dice.chance(0.25));
  // Drawn last, so a seed's schemas are the same in either dialect.
  const dialect = dice.chance(0.25) ? '2020-12' : 'draft-07';
  const config = {
    schemaRoot: 'schemas',
    baseUrl: RANDOM_BASE_URL,
    outDir: 'generated',
    connections: { paths: ['connections/{name}.json'], tag: { from: 'name' } },
    // Nested objects named after common property names collide unless qualified; most trees set this.
    ...(dice.chance(0.8) ? { onNameCollision: 'qualify' } : {}),
    // A Java refusal is downgraded the documented way (the generator's option): a rule's severity
    // cannot turn a target's refusal into a pass (check.ts), so `java-inexpressible: warning` would not.
    rules: Object.fromEntries(downgraded.filter((rule) => rule !== 'java-inexpressible').map((rule) => [rule, 'warning'])),
    ...(downgraded.includes('java-inexpressible') ? { generators: { java: { inexpressible: 'report' } } } : {}),
  };
  const files = bodies.map(([path, body]) => file(path, dialect === '2020-12' ? (to2020(body) as Schema) : body, dialect));
  return { seed, files, config };
}

function file(path: string, body: Schema, dialect: 'draft-07' | '2020-12'): { path: string; text: string } {
  const $schema = dialect === '2020-12' ? 'https://json-schema.org/draft/2020-12/schema' : 'http://json-schema.org/draft-07/schema#';
  return { path, text: `${JSON.stringify({ $schema, $id: RANDOM_BASE_URL + path, ...body }, null, 2)}\n` };
}

/** The same schema in 2020-12's words: `$defs`, `prefixItems` + `items: false` for a closed tuple. */
function to2020(value: Json): Json {
  if (Array.isArray(value)) return value.map(to2020);
  if (value === null || typeof value !== 'object') return value;
  const out: Schema = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'definitions') out.$defs = to2020(v);
    else if (key === '$ref' && typeof v === 'string') out.$ref = v.replace('#/definitions/', '#/$defs/');
    else if (key === 'items' && Array.isArray(v)) out.prefixItems = to2020(v);
    else if (key === 'additionalItems' && Array.isArray(value.items)) out.items = to2020(v);
    else out[key] = to2020(v);
  }
  return out;
}

function sharedFile(dice: Dice, path: string, names: readonly string[], refs: readonly string[]): Schema {
  // A definition may refer to others only in the same file, by local pointer; a rare alias cycle too.
  const local = refs.filter((r) => r.startsWith(`../${path}#`)).map((r) => r.slice(r.indexOf('#')));
  const definitions: Schema = {};
  for (const name of names) {
    definitions[name] = dice.chance(0.01) ? { $ref: dice.pick(local) } : schema(dice, 2, []);
  }
  return { definitions };
}

function connection(dice: Dice, path: string, refs: readonly string[]): Schema {
  const body = object(dice, 2, refs, dice.int(2, 7));
  if (dice.chance(0.01)) body.properties = { ...(body.properties as Schema), loop: { $ref: '#' } };
  if (dice.chance(0.01)) return { $ref: `${RANDOM_BASE_URL}${path}` };
  return { title: dice.pick(TEXTS) || 'Connection', ...body };
}

function object(dice: Dice, depth: number, refs: readonly string[], count: number): Schema {
  const properties: Schema = {};
  for (let i = 0; i < count; i++) properties[dice.pick(WORDS)] = schema(dice, depth - 1, refs);
  const names = Object.keys(properties);
  const required = names.filter(() => dice.chance(0.4));
  if (dice.chance(0.02)) required.push('notDeclared');
  const out: Schema = { type: 'object', properties };
  if (required.length > 0) out.required = required;
  if (dice.chance(0.5)) out.additionalProperties = dice.chance(0.8) ? false : { type: 'string' };
  return out;
}

function schema(dice: Dice, depth: number, refs: readonly string[]): Schema {
  const roll = dice.int(0, depth > 0 ? 11 : 6);
  const out = [string, string, integer, number, boolean, enumeration, constant, array, reference, object1, union, allOf][roll] ?? string;
  const s = out(dice, depth, refs);
  if (dice.chance(0.3)) s.description = dice.pick(TEXTS);
  if (dice.chance(0.004)) s.xUnknownKeyword = true;
  return s;
}

function string(dice: Dice): Schema {
  const s: Schema = { type: 'string' };
  if (dice.chance(0.15)) s.pattern = dice.pick(PATTERNS);
  if (dice.chance(0.12)) s.format = dice.pick(FORMATS);
  if (dice.chance(0.2)) s.minLength = dice.int(0, 5);
  if (dice.chance(0.15)) s.maxLength = dice.int(0, 40);
  if (dice.chance(0.06)) s.default = dice.pick(['localhost', 'abc', 'abcdef', 'x'.repeat(50), 'ÄÖ']);
  if (dice.chance(0.06)) s.examples = [dice.pick(['user@example.com', 'abc', '123-4567', 'https://x.io', 'Ωmega'])];
  return s;
}

function integer(dice: Dice): Schema {
  const s: Schema = { type: 'integer' };
  if (dice.chance(0.4)) s.minimum = dice.int(-5, 10);
  if (dice.chance(0.3)) s.maximum = dice.int(0, 70000);
  if (dice.chance(0.1)) s.exclusiveMaximum = dice.int(0, 100);
  if (dice.chance(0.1)) s.multipleOf = dice.pick([2, 5, 0.5]);
  if (dice.chance(0.1)) s.default = dice.int(-1, 5432);
  return s;
}

function number(dice: Dice): Schema {
  const s: Schema = { type: 'number' };
  if (dice.chance(0.3)) s.minimum = dice.pick([0, 0.5, -1.5]);
  if (dice.chance(0.2)) s.maximum = dice.pick([1, 100, 1e21]);
  if (dice.chance(0.15)) s.multipleOf = dice.pick([0.1, 0.01, 3]);
  if (dice.chance(0.1)) s.default = dice.pick([0, 1.5, 0.3, -2]);
  return s;
}

function boolean(dice: Dice): Schema {
  return dice.chance(0.3) ? { type: 'boolean', default: dice.chance(0.5) } : { type: 'boolean' };
}

function enumeration(dice: Dice): Schema {
  const values = [...new Set(Array.from({ length: dice.int(1, 4) }, () => dice.pick(ENUM_VALUES)))];
  const s: Schema = { type: 'string', enum: values };
  if (dice.chance(0.2)) s.default = dice.pick([...values, ...values, 'not-in-enum']);
  return s;
}

function constant(dice: Dice): Schema {
  return { type: 'string', const: dice.pick(ENUM_VALUES) };
}

function array(dice: Dice, depth: number, refs: readonly string[]): Schema {
  if (dice.chance(0.15)) return { type: 'array', items: [string(dice), integer(dice)], additionalItems: false };
  const s: Schema = { type: 'array', items: schema(dice, depth - 1, refs) };
  if (dice.chance(0.3)) s.minItems = dice.int(0, 2);
  if (dice.chance(0.2)) s.maxItems = dice.int(1, 5);
  if (dice.chance(0.2)) s.uniqueItems = true;
  return s;
}

function reference(dice: Dice, depth: number, refs: readonly string[]): Schema {
  if (refs.length === 0) return string(dice);
  if (dice.chance(0.01)) return { $ref: '../types/t0.json#/definitions/missing' };
  return { $ref: dice.pick(refs), ...(dice.chance(0.2) ? { description: dice.pick(TEXTS) } : {}) };
}

function object1(dice: Dice, depth: number, refs: readonly string[]): Schema {
  return object(dice, depth, refs, dice.int(1, 4));
}

function union(dice: Dice, depth: number, refs: readonly string[]): Schema {
  const branches = Array.from({ length: dice.int(2, 3) }, () => schema(dice, depth - 1, refs));
  return { [dice.chance(0.5) ? 'oneOf' : 'anyOf']: branches };
}

function allOf(dice: Dice, depth: number, refs: readonly string[]): Schema {
  return { allOf: [object(dice, depth - 1, refs, dice.int(1, 2)), object(dice, depth - 1, refs, dice.int(1, 2))] };
}

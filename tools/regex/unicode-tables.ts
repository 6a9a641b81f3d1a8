/**
 * How far each engine's `\p{…}` tables are from ajv's (the Node running this): per property, the code
 * points only Node puts in it and those only the engine does — pydantic-core's Rust regex and the
 * `regex` package (the Python models' engines) and java.util.regex (the Java models'). The figures
 * behind the pattern rows of README's "Known differences". Slow (every code point, per property and
 * engine: a few minutes). Usage: TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tools/regex/unicode-tables.ts [ECMA property…]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureVenv } from '../python/python.js';

type Ranges = readonly (readonly [number, number])[];

/** ECMA-262 spelling → Java's (the Java target's translation, for the properties it can express). */
const PROPERTIES: Readonly<Record<string, string>> = { L: 'L', Lu: 'Lu', Ll: 'Ll', Nd: 'Nd', N: 'N', P: 'P', S: 'S', 'sc=Latin': 'sc=Latin', 'sc=Han': 'sc=Han', Alphabetic: 'IsAlphabetic', White_Space: 'IsWhite_Space' };
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

function nodeSet(property: string): Set<number> {
  const regex = new RegExp(`^\\p{${property}}$`, 'u');
  const members = new Set<number>();
  for (let cp = 0; cp < 0x110000; cp++) if ((cp < 0xd800 || cp > 0xdfff) && regex.test(String.fromCodePoint(cp))) members.add(cp);
  return members;
}

function members(ranges: Ranges | undefined): Set<number> {
  const out = new Set<number>();
  for (const [first, last] of ranges ?? []) for (let cp = first; cp <= last; cp++) out.add(cp);
  return out;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function compare(reference: Set<number>, engine: Set<number>): string {
  const missing = [...reference].filter((cp) => !engine.has(cp));
  const extra = [...engine].filter((cp) => !reference.has(cp));
  return `${String(missing.length).padStart(6)} missing ${String(extra.length).padStart(6)} extra  e.g. ${[...missing.slice(0, 2), ...extra.slice(0, 2)].map(hex).join(' ')}`;
}

const properties = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(PROPERTIES);
const python = JSON.parse(execFileSync(ensureVenv(), [here('unicode_sets.py'), ...properties], { encoding: 'utf8', maxBuffer: 1 << 28 })) as Record<'rust' | 'regex', Record<string, Ranges>>;
const javaBodies = properties.flatMap((p) => PROPERTIES[p] ?? []);
const java = JSON.parse(execFileSync('java', [here('UnicodeSets.java'), ...javaBodies], { encoding: 'utf8', maxBuffer: 1 << 28 })) as Record<string, Ranges>;
console.log(`Node ${process.versions.node}, Unicode ${process.versions.unicode} (the reference: ajv), against each engine`);
for (const property of properties) {
  const reference = nodeSet(property);
  console.log(`\\p{${property}} (${reference.size} code points)`);
  console.log(`  rust  ${compare(reference, members(python.rust[property]))}`);
  console.log(`  regex ${compare(reference, members(python.regex[property]))}`);
  const body = PROPERTIES[property];
  console.log(`  java  ${body === undefined ? 'not expressible' : compare(reference, members(java[body]))}`);
}

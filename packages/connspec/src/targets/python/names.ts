import { splitWords } from '../../core/index.js';

/**
 * Enum member names from the values, deterministically: UPPER_SNAKE words of the value
 * (`verify-ca` → `VERIFY_CA`, `mysql+pymysql` → `MYSQL_PYMYSQL`), `V_` before a leading digit,
 * `VALUE` when no word is left; a name already taken gets the value's position (`A_2`).
 */
export function enumMembers(values: readonly string[]): string[] {
  const taken = new Set<string>();
  return values.map((value, index) => {
    let name = identifierWords(value).join('_').toUpperCase().normalize('NFKC') || 'VALUE';
    if (/^\p{N}/u.test(name)) name = `V_${name}`;
    for (let n = index + 1; taken.has(name); n++) name = `${name}_${n}`;
    taken.add(name);
    return name;
  });
}

/** Words of a text with only characters Python allows in identifiers (NFKC-normalised, as Python reads them). */
export function identifierWords(text: string): string[] {
  return splitWords(text.normalize('NFKC'))
    .map((w) => [...w].filter((c) => /\p{ID_Continue}/u.test(c)).join(''))
    .filter((w) => w.length > 0);
}

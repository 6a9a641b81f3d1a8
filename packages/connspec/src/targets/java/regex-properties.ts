/**
 * ECMA-262 (`u` flag) property escapes, `\p{…}`, in Java's spelling. Java 17 knows general
 * categories, scripts and a handful of binary properties; anything else cannot be expressed.
 */

const GENERAL_CATEGORIES: Readonly<Record<string, string>> = {
  Letter: 'L', Cased_Letter: 'LC', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};

const SHORT_CATEGORIES = new Set(Object.values(GENERAL_CATEGORIES));

/** Binary properties Java 17 supports under `Is…` (the ECMA name is Java's too). */
const BINARY = new Set(['Alphabetic', 'Ideographic', 'Lowercase', 'Uppercase', 'White_Space', 'Hex_Digit', 'Join_Control', 'Noncharacter_Code_Point', 'Assigned']);

/** Java's body for `\p{…}` given ECMA's, or undefined when Java has no equivalent. */
export function javaProperty(body: string): string | undefined {
  const eq = body.indexOf('=');
  if (eq >= 0) {
    const name = body.slice(0, eq);
    const value = body.slice(eq + 1);
    if (name === 'General_Category' || name === 'gc') {
      const short = GENERAL_CATEGORIES[value] ?? (SHORT_CATEGORIES.has(value) ? value : undefined);
      return short === undefined ? undefined : short;
    }
    // Script names and their four-letter aliases are both accepted by Java's Character.UnicodeScript.
    if (name === 'Script' || name === 'sc') return /^[A-Za-z_]+$/.test(value) ? `sc=${value}` : undefined;
    return undefined; // Script_Extensions (scx) has no Java equivalent.
  }
  const category = GENERAL_CATEGORIES[body] ?? (SHORT_CATEGORIES.has(body) ? body : undefined);
  if (category !== undefined) return category;
  if (body === 'ASCII') return 'ASCII';
  if (BINARY.has(body)) return `Is${body}`;
  return undefined;
}

import { escapeInvisible } from '../emit/invisible.js';

/**
 * Splits an identifier-ish string into words: camelCase, PascalCase, ACRONYMCase, snake_case,
 * kebab-case and spaces all split the same way (`mySQLType` → my, SQL, Type). Invisible characters
 * (emit/invisible.ts; some are letters, such as U+3164) separate words, so no identifier holds one.
 */
export function splitWords(text: string): string[] {
  return escapeInvisible(text, () => ' ')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** PascalCase that keeps each word's own casing after its first letter (MySQL stays MySQL). */
export function pascalCase(text: string): string {
  return splitWords(text).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** The key two names collide on: letters and digits only, case folded (AWSCredentials ~ AwsCredentials). */
export function collisionKey(name: string): string {
  return splitWords(name).join('').toLowerCase();
}

import { escapeInvisible, hasInvisible, splitWords } from '../../core/index.js';
import { JAVA_LANGUAGE } from './language.js';

const JAVA_KEYWORDS = JAVA_LANGUAGE.keywords;
const IDENTIFIER = /^[\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*$/u;

/** A legal Java identifier (letters, digits, `_`, `$`; not a keyword or literal), with no invisible letter (U+3164). */
export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text) && !hasInvisible(text) && !JAVA_KEYWORDS.has(text);
}

/** `a.b.C`: dot-separated identifiers. */
export function isQualifiedName(text: string): boolean {
  return text.split('.').every(isIdentifier);
}

/** One folder of a schema path as a package segment: lowercase, legal, never a keyword. */
export function packageSegment(folder: string): string {
  let segment = escapeInvisible(folder.toLowerCase(), () => '_').replace(/[^\p{L}\p{Nd}_]+/gu, '_');
  if (segment === '' || /^\p{Nd}/u.test(segment)) segment = `_${segment}`;
  return JAVA_KEYWORDS.has(segment) ? `${segment}_` : segment;
}

/** Package for a schema file: the base package plus the file's folders. */
export function packageForFile(basePackage: string, file: string): string {
  const folders = file.split('/').slice(0, -1);
  return [basePackage, ...folders.map(packageSegment)].join('.');
}

/** `mysql+pymysql` → `MYSQL_PYMYSQL`, `2fa` → `_2FA`, `` → `EMPTY`. */
export function constantName(value: string): string {
  const words = splitWords(value).map((w) => w.toUpperCase());
  const name = words.join('_') || 'EMPTY';
  return /^\p{Nd}/u.test(name) ? `_${name}` : name;
}

/** `hostPort` → `HostPort`, for accessor names. */
export function capitalize(identifier: string): string {
  return identifier.charAt(0).toUpperCase() + identifier.slice(1);
}

/** The simple name of a fully qualified name. */
export function simpleName(fqcn: string): string {
  return fqcn.slice(fqcn.lastIndexOf('.') + 1);
}

/** The package of a fully qualified name (`''` for the default package). */
export function packageOf(fqcn: string): string {
  const dot = fqcn.lastIndexOf('.');
  return dot < 0 ? '' : fqcn.slice(0, dot);
}

/** Source path of a top-level type under the Maven layout. */
export function sourcePath(fqcn: string): string {
  return `src/main/java/${fqcn.split('.').join('/')}.java`;
}

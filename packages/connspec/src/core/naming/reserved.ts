/**
 * Type names a schema may not take, because some target language cannot declare them or would
 * shadow a name its generated code relies on. Names are decided once for every language, so a
 * name reserved in one is reserved in all.
 */
export const RESERVED_TYPE_NAMES: Readonly<Record<string, readonly string[]>> = {
  // The secret marker alias every TypeScript module imports.
  typescript: ['Secret'],
  // PascalCase keywords.
  python: ['None', 'True', 'False'],
  // java.lang is imported implicitly; a class of the same name in the package shadows it.
  java: [
    'Object', 'String', 'Class', 'Integer', 'Long', 'Short', 'Byte', 'Double', 'Float', 'Boolean', 'Character', 'Number',
    'Enum', 'Record', 'Override', 'Deprecated', 'Void', 'Math', 'System', 'Iterable', 'Comparable', 'Exception', 'Error',
    'Thread', 'Runtime', 'Process', 'Module', 'Package', 'Masked', 'Exposed',
  ],
};

/** Reserved name (folded) → the languages that reserve it. */
export const RESERVED_INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, names] of Object.entries(RESERVED_TYPE_NAMES)) {
    for (const name of names) map.set(name.toLowerCase(), [...(map.get(name.toLowerCase()) ?? []), language]);
  }
  return map;
})();

/** Words no identifier may be, per language; member names that hit one get a safe spelling plus an alias. */
export const KEYWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  typescript: new Set([
    'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
    'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
    'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'let', 'static', 'yield', 'await',
    'implements', 'interface', 'package', 'private', 'protected', 'public',
  ]),
  python: new Set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
    'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type',
  ]),
  java: new Set([
    'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do',
    'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import',
    'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short',
    'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void',
    'volatile', 'while', 'true', 'false', 'null', 'var', 'record', 'yield', 'sealed', 'permits', 'non-sealed', '_',
  ]),
};

import type { OptionDeclaration } from '../../core/index.js';
import { isQualifiedName } from './java-names.js';

/** What `generators.java` in `.connspec.json` may set. */
export interface JavaSettings {
  /** Package of every type without `javaType`, followed by the schema file's folders. */
  readonly basePackage: string;
  /** A schema constraint Java cannot enforce: stop generation (`error`), or generate and list it (`report`). */
  readonly inexpressible: 'error' | 'report';
  /** Generate an empty marker interface for each `javaInterfaces` name the output does not declare. */
  readonly markerInterfaces: boolean;
}

export const DEFAULT_BASE_PACKAGE = 'dev.connspec.schema';

export const JAVA_OPTIONS: readonly OptionDeclaration[] = [
  {
    name: 'basePackage',
    sentence: 'Package of every type without `javaType`, followed by the schema file\'s folders (lowercased, made valid).',
    default: DEFAULT_BASE_PACKAGE,
    check: (v) => (typeof v === 'string' && isQualifiedName(v) ? undefined : 'must be a Java package name such as "com.example.schema"'),
  },
  {
    name: 'inexpressible',
    sentence: 'What a constraint Java cannot enforce does: `error` stops generation naming it; `report` generates, says so in Javadoc and lists it in UNENFORCED.md.',
    default: 'error',
    check: (v) => (v === 'error' || v === 'report' ? undefined : 'must be "error" or "report"'),
  },
  {
    name: 'markerInterfaces',
    sentence: 'Generate an empty interface for each `javaInterfaces` name the output does not declare (turn off when your own code provides them).',
    default: true,
    check: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  },
];

/** Typed view of resolved settings (resolveSettings already checked every value). */
export function javaSettings(settings: Readonly<Record<string, unknown>>): JavaSettings {
  return {
    basePackage: typeof settings.basePackage === 'string' ? settings.basePackage : DEFAULT_BASE_PACKAGE,
    inexpressible: settings.inexpressible === 'report' ? 'report' : 'error',
    markerInterfaces: settings.markerInterfaces !== false,
  };
}

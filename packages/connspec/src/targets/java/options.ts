import { optionList, typedSettings, type OptionTable } from '../../core/index.js';
import { isQualifiedName } from './java-names.js';

/** What `generators.java` in `.connspec.json` may set. */
export interface JavaSettings {
  /** Package of every type without `javaType`, followed by the schema file's folders. */
  readonly basePackage: string;
  /** A schema constraint Java cannot enforce: stop generation (`error`), or generate and list it (`report`). */
  readonly inexpressible: 'error' | 'report';
  /** Generate an empty marker interface for each `javaInterfaces` name the output does not declare. */
  readonly markerInterfaces: boolean;
  /** The Java type of an `integer` whose schema bounds do not fit a long (or that has none on a side). */
  readonly unboundedIntegers: 'long' | 'biginteger';
  /** The Java type of a `number`. */
  readonly numbers: 'double' | 'bigdecimal';
  /** Maven coordinates of the jar `connspec package` builds. */
  readonly groupId: string;
  readonly artifactId: string;
}

/** Maven's own rule for a groupId or artifactId. */
const COORDINATE = /^[A-Za-z0-9_\-.]+$/;

const JAVA_OPTION_TABLE: OptionTable<JavaSettings> = {
  basePackage: {
    name: 'basePackage',
    sentence: 'Package of every type without `javaType`, followed by the schema file\'s folders (lowercased, made valid).',
    default: 'dev.connspec.schema',
    check: (v) => (typeof v === 'string' && isQualifiedName(v) ? undefined : 'must be a Java package name such as "com.example.schema"'),
  },
  inexpressible: {
    name: 'inexpressible',
    sentence: 'What a constraint Java cannot enforce does: `error` stops generation naming it; `report` generates, says so in Javadoc and lists it in UNENFORCED.md.',
    default: 'error',
    check: (v) => (v === 'error' || v === 'report' ? undefined : 'must be "error" or "report"'),
  },
  markerInterfaces: {
    name: 'markerInterfaces',
    sentence: 'Generate an empty interface for each `javaInterfaces` name the output does not declare (turn off when your own code provides them).',
    default: true,
    check: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  },
  unboundedIntegers: {
    name: 'unboundedIntegers',
    sentence: 'Java type of an `integer` whose `minimum`/`maximum` do not both fit a long: `long` (Long, for ergonomics: values beyond ±2^63 are rejected) or `biginteger` (BigInteger: any size, as JSON Schema means). Bounded integers are Integer, Long or BigInteger by their bounds either way.',
    default: 'long',
    check: (v) => (v === 'long' || v === 'biginteger' ? undefined : 'must be "long" or "biginteger"'),
  },
  numbers: {
    name: 'numbers',
    sentence: 'Java type of a `number`: `double` (Double, for ergonomics: a number with more than 15 significant digits, such as 2^53+1, is read rounded) or `bigdecimal` (BigDecimal: exact, as JSON Schema means).',
    default: 'double',
    check: (v) => (v === 'double' || v === 'bigdecimal' ? undefined : 'must be "double" or "bigdecimal"'),
  },
  groupId: {
    name: 'groupId',
    sentence: 'The Maven groupId of the jar `connspec package` builds.',
    default: 'dev.connspec',
    check: (v) => (typeof v === 'string' && COORDINATE.test(v) ? undefined : 'must be a Maven groupId such as "com.example"'),
  },
  artifactId: {
    name: 'artifactId',
    sentence: 'The Maven artifactId of the jar `connspec package` builds (with a sources jar and its pom).',
    default: 'connspec-models',
    check: (v) => (typeof v === 'string' && COORDINATE.test(v) ? undefined : 'must be a Maven artifactId such as "connection-models"'),
  },
};

export const JAVA_OPTIONS = optionList(JAVA_OPTION_TABLE);

/** Typed view of the settings (each default is declared once, in its option). */
export const javaSettings = (settings?: Readonly<Record<string, unknown>>): JavaSettings => typedSettings(JAVA_OPTION_TABLE, settings);

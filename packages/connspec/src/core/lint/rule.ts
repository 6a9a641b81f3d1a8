import type { UnitCache } from '../cache/units.js';
import type { Severity } from '../diagnostics.js';
import type { SourceFile } from '../load/source-file.js';
import type { Resolution } from '../resolve/resolve.js';
import type { CompiledCatalogue } from '../validate/compile.js';
import type { FileRole, Layout } from '../ir/classify.js';
import type { Vendor } from '../vendor/vendor.js';
import type { PatternDialect } from '../regex/portability.js';

/** What a rule can see: the parsed files, what every `$ref` resolved to, and compiled validators. */
export interface LintContext {
  readonly files: readonly SourceFile[];
  readonly byPath: ReadonlyMap<string, SourceFile>;
  readonly baseUrl: string;
  readonly resolution: Resolution;
  readonly roles: ReadonlyMap<string, FileRole>;
  /** The config's conventions (where connections are, what they declare) and vendor keywords. */
  readonly layout: Layout;
  readonly vendor: Vendor;
  /** Absent when an earlier stage failed; rules that need ajv then stay silent. */
  readonly compiled: CompiledCatalogue | undefined;
  /** Findings of a file whose closure is unchanged, kept from an earlier run (rules that depend on nothing else use it). */
  readonly units: UnitCache;
  /** The regex engines the run's targets know (`pattern-portable` reports what they do not share with ECMA-262). */
  readonly patternDialects: readonly PatternDialect[];
}

/** One broken rule at one place. */
export interface Finding {
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
  readonly hint: string;
}

/** A lint rule is data: an id, the sentence it enforces, a default severity, and a check. */
export interface LintRule {
  readonly id: string;
  readonly sentence: string;
  readonly severity: Severity;
  check(ctx: LintContext): Finding[];
}

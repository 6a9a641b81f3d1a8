/**
 * The semver checker's vocabulary: bump classes, rules (data with a detector), findings,
 * and the report `connspec diff` prints and `connspec version-gate` judges.
 */
import type { IR, Origin, TypeNode } from '../ir/types.js';
import type { AnnotationView } from './annotation-view.js';
import type { MemberMatch, VariantMatch } from './matching.js';

export type Bump = 'major' | 'minor' | 'patch';
export const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];

export type Profile = 'VALIDATION' | 'CONTRACT' | 'STRICT';
export const PROFILES_LIST: readonly Profile[] = ['VALIDATION', 'CONTRACT', 'STRICT'];

/** How findings are classified: `.connspec.json` `semver`, then command-line flags. */
export interface SemverSettings {
  readonly profile: Profile;
  /** Per-rule class overrides, e.g. `{ "optional-added": "major" }`. */
  readonly rules: Readonly<Record<string, Bump>>;
  /** Validators enforce `format` (then adding or changing one is major). */
  readonly formatsEnforced: boolean;
  /** Consumers fill in defaults before validating (then a new required property with a default is minor). */
  readonly defaultsApplied: boolean;
}

/**
 * Where in the walk a rule looks: `ref` (the reference structure of a site), `annotations`
 * (effective annotations of a site), `node` (`not`, `if`/`then`/`else` of two content nodes),
 * `union` and `intersection` (matched branches and members), `type` (accepted JSON types and
 * value sets), `facets` (two nodes of the same kind: bounds, patterns, properties, items);
 * `report` rules are emitted by the diff itself (backstop, catch-all).
 */
export type Stage = 'ref' | 'annotations' | 'node' | 'union' | 'intersection' | 'type' | 'facets' | 'report';

/** A place in a schema file: `file#pointer`, and the line it starts on. */
export interface Location {
  readonly file: string;
  readonly pointer: string;
  readonly line: number;
}

/** What a detector reports; locations default to the compared nodes (plus `suffix`). */
export interface Hit {
  readonly message: string;
  /** Appended to the default pointers (not to explicit ones), e.g. `/maxLength`. */
  readonly suffix?: string;
  /** Explicit places; `null` when the thing does not exist on that side. */
  readonly old?: Origin | null;
  readonly new?: Origin | null;
  readonly hint?: string;
  /** Said next to the finding: behaviour that changes although configs stay valid. */
  readonly warning?: string;
}

/** What detectors can see besides the two nodes. */
export interface DetectContext {
  readonly old: IR;
  readonly new: IR;
  readonly settings: SemverSettings;
  /** `annotations` stage: the effective annotations of each site, with where each came from. */
  readonly annotations?: { readonly old: AnnotationView; readonly new: AnnotationView };
  /** `union` stage: which branches correspond. */
  readonly variants?: VariantMatch;
  /** `intersection` stage: which members correspond. */
  readonly members?: MemberMatch;
  /** Validation content of a node (annotations left out), equal for equivalent schemas. */
  fingerprint(side: 'old' | 'new', node: TypeNode): string;
  /**
   * Index of an old branch sharing with a new branch some value that was valid under the old union
   * (`exclusive`: it matched only that branch, as `oneOf` needs); -1 when none is found (see overlap.ts).
   */
  overlaps(newBranch: TypeNode, oldBranches: readonly TypeNode[], exclusive: boolean): number;
}

/** A semver rule is data: an id, its class under CONTRACT, the sentence it stands for, and a detector. */
export interface SemverRule {
  readonly id: string;
  readonly class: Bump;
  readonly sentence: string;
  readonly stage: Stage;
  /** Class instead of `class` when formats are enforced. */
  readonly whenFormatsEnforced?: Bump;
  /** Class instead of `class` when consumers apply defaults (`--defaults-applied`). */
  readonly whenDefaultsApplied?: Bump;
  detect(oldNode: TypeNode, newNode: TypeNode, ctx: DetectContext): Hit[];
}

/** One change, once, with every connection it reaches. */
export interface Change {
  readonly rule: string;
  readonly class: Bump;
  readonly sentence: string;
  readonly message: string;
  readonly old?: Location;
  readonly new?: Location;
  readonly hint?: string;
  readonly warning?: string;
  /** Each affected connection (path under the schema root) and the reference path that reaches the change. */
  readonly connections: readonly { readonly path: string; readonly via: readonly string[] }[];
}

export type ConnectionStatus = 'changed' | 'unchanged' | 'added' | 'removed';

export interface ConnectionReport {
  readonly path: string;
  readonly tag?: string;
  readonly status: ConnectionStatus;
  /** Highest class of the changes that reach it (undefined: nothing changed). */
  readonly required?: Bump;
  readonly oldVersion?: string;
  readonly newVersion?: string;
  /** Indexes into `SemverReport.changes`. */
  readonly changes: readonly number[];
  /** Why the backstop could not run for this connection, if it could not. */
  readonly backstopNote?: string;
}

export interface SemverReport {
  readonly profile: Profile;
  readonly old: string;
  readonly new: string;
  readonly changes: readonly Change[];
  /** Sorted by path. */
  readonly connections: readonly ConnectionReport[];
}

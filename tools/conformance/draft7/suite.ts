/**
 * The official JSON Schema Test Suite, draft-07 and 2020-12 (vendored at `test/vendor/json-schema-test-suite/tests/<suite>`, MIT, from the commit in its SOURCE_COMMIT):
 * each file an array of groups `{description, schema, tests: [{description, data, valid}]}`.
 * Only the required files are read; `optional/` (format assertions, bignum, regex dialect) is not run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonValue } from '@connspec/core';
import { ROOT } from '../../../test/support/workspace.js';
import type { SuiteName } from './suites.js';

export const SUITE_ROOT = join(ROOT, 'test', 'vendor', 'json-schema-test-suite');

export interface SuiteCase {
  readonly description: string;
  readonly data: JsonValue;
  readonly valid: boolean;
}

export interface Group {
  /** `<keyword file>/<index>`, e.g. `allOf/3`: unique, stable. */
  readonly key: string;
  /** The keyword file without `.json`. */
  readonly file: string;
  readonly index: number;
  readonly description: string;
  readonly schema: JsonValue;
  readonly tests: readonly SuiteCase[];
}

/** Every group of every `tests/<suite>/*.json`, in file and group order. */
export function loadGroups(root = SUITE_ROOT, suite: SuiteName = 'draft7'): Group[] {
  const dir = join(root, 'tests', suite);
  if (!existsSync(dir)) throw new Error(`no ${suite} suite at ${dir} (see test/vendor/json-schema-test-suite/ABOUT.md)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = name.replace(/\.json$/, '');
      const groups = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<Group, 'key' | 'file' | 'index'>[];
      return groups.map((g, index) => ({ ...g, key: `${file}/${index}`, file, index }));
    });
}

/** The suite's commit, for the results file. */
export function suiteCommit(root = SUITE_ROOT): string {
  const file = join(root, 'SOURCE_COMMIT');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : 'unknown';
}

/**
 * The official suites the conformance run reads, one per dialect, through the same harness (this
 * folder): where each lives in the vendored JSON-Schema-Test-Suite, the `$schema` its groups are
 * read in, its results file, and where connspec's own validator knowingly disagrees with it.
 */
import { fileURLToPath } from 'node:url';

export type SuiteName = 'draft7' | 'draft2020-12';
export const OFFICIAL_SUITES: readonly SuiteName[] = ['draft7', 'draft2020-12'];

export interface OfficialSuite {
  readonly name: SuiteName;
  /** As people write it: `draft-07`, `2020-12`. */
  readonly label: string;
  /** `$schema` of every catalogue file (connspec reads each file in the dialect it names). */
  readonly schemaUri: string;
  /** The dialect ajv is made for (`createAjv`). */
  readonly dialect: 'draft-07' | '2020-12';
  readonly resultsFile: string;
  /**
   * Groups where connspec's own validator (ajv, as connspec configures it) disagrees with the suite, and
   * why. Their differing cases count as `deviation` (neither passed nor failed) for every language.
   * `<keyword file>/*` names every group of a file.
   */
  readonly deviations: Readonly<Record<string, string>>;
}

/** Why the suite's group `key` is a known deviation, if it is. */
export function deviationOf(suite: OfficialSuite, key: string): string | undefined {
  return suite.deviations[key] ?? suite.deviations[`${key.slice(0, key.lastIndexOf('/'))}/*`];
}

const OWN_PROPERTIES = "ajv without `ownProperties` finds `__proto__`, `toString` and `constructor` on every object, and connspec's IR does too (`name in properties` in ir/convert-object.ts), so those names count as present";

export const SUITES: Readonly<Record<SuiteName, OfficialSuite>> = {
  draft7: {
    name: 'draft7',
    label: 'draft-07',
    schemaUri: 'http://json-schema.org/draft-07/schema#',
    dialect: 'draft-07',
    resultsFile: fileURLToPath(new URL('../draft7-results.json', import.meta.url)),
    deviations: {
      'ref/5': 'keywords beside `$ref` are applied (draft 2019 behaviour, as ajv and every real generator do; README: keywords next to a $ref are honoured); draft-07 ignores them',
      'required/4': OWN_PROPERTIES,
    },
  },
  'draft2020-12': {
    name: 'draft2020-12',
    label: '2020-12',
    schemaUri: 'https://json-schema.org/draft/2020-12/schema',
    dialect: '2020-12',
    resultsFile: fileURLToPath(new URL('../draft2020-12-results.json', import.meta.url)),
    deviations: {
      // 2020-12 makes `format` an annotation unless the format-assertion vocabulary is on; connspec (and ajv with ajv-formats, as it configures it) assert it, as for draft-07.
      'format/*': 'formats are asserted (ajv-formats, as connspec configures ajv, and the Python and Java models); 2020-12 makes `format` an annotation by default',
    },
  },
};

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { createAjv, type ConnspecConfig } from '@connspec/core';
import { listFiles } from '../../openmetadata/run-corpus.js';
import type { Fixture, Verdict } from '../verdicts.js';

/**
 * ajv over the source catalogue (every file under the schema root, each under `baseUrl + path`; with
 * `refBase: file` the `$id`s are left out so refs resolve by file, as connspec resolves them).
 * Not strict: a corpus we do not own may break strict mode and still validate. An invalid fixture
 * must also be rejected where its manifest says (instance path and keyword).
 */
export function ajvVerdicts(config: ConnspecConfig, fixtures: readonly Fixture[]): Map<string, Verdict> {
  const ajv = createAjv({ strict: false, logger: false });
  for (const path of listFiles(config.schemaRoot, '.json')) {
    const schema = JSON.parse(readFileSync(join(config.schemaRoot, path), 'utf8')) as Record<string, unknown>;
    const { $id: _id, ...rest } = schema;
    ajv.addSchema(config.refBase === 'file' ? rest : schema, config.baseUrl + path);
  }
  return new Map(
    fixtures.map((f): [string, Verdict] => {
      const validate = ajv.getSchema(config.baseUrl + f.connection);
      if (validate === undefined) return [f.id, { problem: `ajv has no schema ${f.connection}` }];
      const accepted = validate(f.value) === true;
      const errors = validate.errors ?? [];
      const detail = errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message ?? ''}`).join('; ');
      // A probe names no place: its verdict is all that is checked.
      const misplaced = !accepted && !f.valid && f.keyword !== undefined && !errors.some((e) => at(e, f));
      return [f.id, { accepted, ...(detail ? { detail } : {}), ...(misplaced ? { problem: 'rejected, but not at the manifest\'s instancePath and keyword' } : {}) }];
    }),
  );
}

function at(e: ErrorObject, f: Fixture): boolean {
  return e.instancePath === (f.instancePath ?? '') && e.keyword === f.keyword;
}

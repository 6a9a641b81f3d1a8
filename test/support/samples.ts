import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './workspace.js';

export const SAMPLES = join(ROOT, 'test/samples');

export interface Sample {
  /** Connector folder, the lowercased `type` tag (`mysql`). */
  readonly connector: string;
  readonly name: string;
  readonly valid: boolean;
  readonly value: unknown;
  /** For invalid samples: where ajv must report the violation. */
  readonly expected?: { readonly instancePath: string; readonly keyword: string };
}

/** Every hand-written sample config under test/samples/<connector>/{valid,invalid}/. */
export function loadSamples(): Sample[] {
  return readdirSync(SAMPLES).sort().flatMap((connector) => {
    const dir = join(SAMPLES, connector);
    const manifest = JSON.parse(readFileSync(join(dir, 'invalid/manifest.json'), 'utf8')) as Record<string, Sample['expected']>;
    const read = (kind: 'valid' | 'invalid'): Sample[] =>
      readdirSync(join(dir, kind))
        .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
        .sort()
        .map((f) => {
          const expected = kind === 'invalid' ? manifest[f] : undefined;
          return { connector, name: `${kind}/${f}`, valid: kind === 'valid', value: JSON.parse(readFileSync(join(dir, kind, f), 'utf8')), ...(expected ? { expected } : {}) };
        });
    return [...read('valid'), ...read('invalid')];
  });
}

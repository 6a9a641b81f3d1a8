import type { IR } from '@connspec/core';
import { generateTestConnections } from '@connspec/generator-test-connections';

/** The test-connections output for an IR, by path (throws what the generator throws). */
export function generateTestConnectionsOrThrow(ir: IR | undefined): Map<string, string> {
  if (ir === undefined) throw new Error('no IR');
  return new Map(generateTestConnections(ir).map((f) => [f.path, f.contents]));
}

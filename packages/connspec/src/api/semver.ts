import { languagesOf, runSemverDiff, runVersionGate, type GateRun, type SemverRequest, type SemverRun } from '../core/index.js';
import { generatorsOf, type ToolOptions } from './config.js';

/** Names are decided as `generate` decides them: with the languages of the generators in use. */
const withLanguages = (request: SemverRequest & ToolOptions): SemverRequest => ({ ...request, languages: request.languages ?? languagesOf(generatorsOf(request)) });

/** `connspec diff <old> <new>`: each side a directory or a git ref. */
export function diff(config: Parameters<typeof runSemverDiff>[0], oldSpec: string, newSpec: string, request: SemverRequest & ToolOptions = {}): Promise<SemverRun> {
  return runSemverDiff(config, oldSpec, newSpec, withLanguages(request));
}

/** `connspec version-gate`: every changed connection's version bump checked against its changes. */
export function versionGate(config: Parameters<typeof runVersionGate>[0], base: string, options: Parameters<typeof runVersionGate>[2] & ToolOptions = {}): Promise<GateRun> {
  return runVersionGate(config, base, { ...options, ...withLanguages(options) });
}

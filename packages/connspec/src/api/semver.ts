import { languagesOf, runSemverDiff, runVersionGate, type ConnspecConfig, type GateRun, type SemverRequest, type SemverRun } from '../core/index.js';
import { generatorsOf, type ToolOptions } from './config.js';

type GateOptions = Parameters<typeof runVersionGate>[2];

/** Names are decided as `generate` decides them: with the languages of the generators in use. */
const withLanguages = <R extends SemverRequest & ToolOptions>(request: R): R => ({ ...request, languages: request.languages ?? languagesOf(generatorsOf(request)) });

/** `connspec diff <old> <new>`: each side a directory or a git ref. */
export function diff(config: ConnspecConfig, oldSpec: string, newSpec: string, request: SemverRequest & ToolOptions = {}): Promise<SemverRun> {
  return runSemverDiff(config, oldSpec, newSpec, withLanguages(request));
}

/** `connspec version-gate`: every changed connection's version bump checked against its changes. */
export function versionGate(config: ConnspecConfig, base: string, options: GateOptions & ToolOptions = {}): Promise<GateRun> {
  return runVersionGate(config, base, withLanguages(options));
}

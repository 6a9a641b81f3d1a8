import type { Change, Location } from '../types.js';

/** What formatters need from the caller: colour, and how to name a file of either side for people and CI. */
export interface FormatContext {
  readonly color?: boolean;
  /** A schema file's path as CI and editors see it (default: the path under the schema root). */
  readonly display?: (side: 'old' | 'new', file: string) => string;
  /** Line of `schemaVersion` in a new connection file (gate annotations point there). */
  readonly versionLine?: (path: string) => number | undefined;
}

export const at = (l: Location | undefined): string => (l ? `${l.file}#${l.pointer}` : '-');

/** `a → b` with the connection root first; empty when the change sits in the connection's own file. */
export function via(c: Change, connection: string): string {
  const path = c.connections.find((x) => x.path === connection)?.via ?? [];
  const files = path.map((id) => id.replace(/#$/, ''));
  const place = c.new ?? c.old;
  if (!place || place.file === connection) return '';
  return files.join(' → ');
}

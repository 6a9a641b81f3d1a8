import type { GateResult } from '../gate.js';
import type { Bump, SemverReport } from '../types.js';
import type { FormatContext } from './shared.js';

const LEVEL: Readonly<Record<Bump, string>> = { major: 'error', minor: 'warning', patch: 'notice' };
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per change, on its line in the new (else old) file. */
export function diffGithub(report: SemverReport, ctx: FormatContext = {}): string {
  const show = ctx.display ?? ((_side, file) => file);
  return report.changes
    .map((c) => {
      const side = c.new ? 'new' : 'old';
      const where = c.new ?? c.old;
      const file = where ? show(side, where.file) : '';
      const affects = c.connections.map((x) => x.path.replace(/^.*\//, '')).join(', ');
      const text = `${c.message} (${c.class}: ${c.sentence}) affects ${affects}${c.hint ? `; hint: ${c.hint}` : ''}`;
      return `::${LEVEL[c.class]} file=${prop(file)},line=${where?.line ?? 1},title=${prop(`${c.rule} (${c.class})`)}::${data(text)}`;
    })
    .join('\n');
}

export function gateGithub(result: GateResult, ctx: FormatContext = {}): string {
  const show = ctx.display ?? ((_side, file) => file);
  const lines = result.entries
    .filter((e) => !e.ok)
    .map((e) => `::error file=${prop(show('new', e.path))},line=${ctx.versionLine?.(e.path) ?? 1},title=${prop('version-gate')}::${data(`${e.line}${e.suggested ? ` (minimal passing version: ${e.suggested})` : ''}`)}`);
  const failing = lines.length;
  lines.push(failing ? `::error title=version-gate::${failing} connection schema(s) need a higher schemaVersion` : `::notice title=version-gate::${result.entries.length} changed connection schema(s), all versions sufficient`);
  return lines.join('\n');
}

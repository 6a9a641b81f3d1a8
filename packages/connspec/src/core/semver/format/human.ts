import type { GateResult } from '../gate.js';
import { rank } from '../profiles.js';
import type { Bump, Change, SemverReport } from '../types.js';
import { at, via, type FormatContext } from './shared.js';

const COLORS: Readonly<Record<Bump | 'ok' | 'dim', string>> = { major: '31', minor: '33', patch: '36', ok: '32', dim: '2' };
const paint = (ctx: FormatContext, code: keyof typeof COLORS, text: string): string => (ctx.color ? `\u001b[${COLORS[code]}m${text}\u001b[0m` : text);

function changeLines(ctx: FormatContext, c: Change, connection: string): string[] {
  const reach = via(c, connection);
  return [
    `    ${paint(ctx, c.class, c.class.padEnd(5))}  ${c.rule}: ${c.message}`,
    paint(ctx, 'dim', `           old ${at(c.old)}  new ${at(c.new)}`),
    ...(reach ? [paint(ctx, 'dim', `           via ${reach}`)] : []),
    ...(c.hint ? [`           hint: ${c.hint}`] : []),
    ...(c.warning ? [`           warning: ${c.warning}`] : []),
  ];
}

/** Per connection: the required bump, the versions, and each change with where it is and how it is reached. */
export function diffHuman(report: SemverReport, ctx: FormatContext = {}): string {
  const lines = [`connspec diff ${report.old} → ${report.new} (profile ${report.profile})`, ''];
  for (const c of report.connections) {
    if (c.status === 'unchanged') continue;
    const versions = c.oldVersion || c.newVersion ? `  ${c.oldVersion ?? '-'} → ${c.newVersion ?? '-'}` : '';
    const verdict = c.status === 'changed' ? paint(ctx, c.required ?? 'patch', `requires ${c.required}`) : c.status;
    lines.push(`${c.path}${c.tag ? ` (${c.tag})` : ''}: ${verdict}${versions}`);
    const changes = c.changes.map((i) => report.changes[i]).filter((x): x is Change => x !== undefined).sort((a, b) => rank(b.class) - rank(a.class));
    for (const change of changes) lines.push(...changeLines(ctx, change, c.path));
    if (c.backstopNote) lines.push(paint(ctx, 'dim', `    backstop: ${c.backstopNote}`));
  }
  lines.push('', summaryLine(report));
  return lines.join('\n');
}

export function summaryLine(report: SemverReport): string {
  const count = (f: (c: SemverReport['connections'][number]) => boolean): number => report.connections.filter(f).length;
  const per = (['major', 'minor', 'patch'] as const).map((b) => `${count((c) => c.required === b)} ${b}`).join(', ');
  return `${report.connections.length} connection(s): ${per}, ${count((c) => c.status === 'unchanged')} unchanged, ${count((c) => c.status === 'added')} added, ${count((c) => c.status === 'removed')} removed; ${report.changes.length} distinct change(s)`;
}

export function gateHuman(result: GateResult, ctx: FormatContext = {}): string {
  const lines = result.entries.map((e) => `${e.ok ? paint(ctx, 'ok', 'ok  ') : paint(ctx, 'major', 'FAIL')} ${e.line}${!e.ok && e.suggested ? ` — minimal passing version: ${e.suggested}` : ''}`);
  const failing = result.entries.filter((e) => !e.ok).length;
  lines.push(`version-gate: ${result.entries.length} connection(s) checked, ${failing} failing${failing ? ' (run with --auto-bump to write the minimal versions)' : ''}`);
  return lines.join('\n');
}

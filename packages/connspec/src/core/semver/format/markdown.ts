import type { GateResult } from '../gate.js';
import type { Change, SemverReport } from '../types.js';
import { summaryLine } from './human.js';
import { at, via } from './shared.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/** A pull-request comment: a table of connections, then each connection's changes in a collapsible block. */
export function diffMarkdown(report: SemverReport): string {
  const changed = report.connections.filter((c) => c.status !== 'unchanged');
  const lines = [`### connspec diff: ${code(report.old)} → ${code(report.new)} (${report.profile})`, '', summaryLine(report), ''];
  if (changed.length === 0) return [...lines, 'No connection schema changed.'].join('\n');
  lines.push('| connection | required bump | version | changes |', '|---|---|---|---|');
  for (const c of changed) lines.push(`| ${code(c.path)} | ${c.required ? `**${c.required}**` : c.status} | ${c.oldVersion ?? '-'} → ${c.newVersion ?? '-'} | ${c.changes.length} |`);
  for (const c of changed.filter((x) => x.changes.length > 0)) {
    lines.push('', `<details><summary>${cell(c.path)}: ${c.required}</summary>`, '', '| class | rule | change | old | new | via |', '|---|---|---|---|---|---|');
    for (const ch of c.changes.map((i) => report.changes[i]).filter((x): x is Change => x !== undefined)) {
      const note = [ch.hint, ch.warning].filter(Boolean).join('; ');
      lines.push(`| ${ch.class} | ${code(ch.rule)} | ${cell(ch.message)}${note ? ` (${cell(note)})` : ''} | ${code(at(ch.old))} | ${code(at(ch.new))} | ${cell(via(ch, c.path)) || '-'} |`);
    }
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

export function gateMarkdown(result: GateResult): string {
  const lines = [`### connspec version-gate: ${result.ok ? 'passed' : 'failed'}`, ''];
  if (result.entries.length === 0) return [...lines, 'No connection schema changed.'].join('\n');
  lines.push('| | connection | required | declared | detail |', '|---|---|---|---|---|');
  for (const e of result.entries) {
    lines.push(`| ${e.ok ? '✅' : '❌'} | ${code(e.path)} | ${e.effective ?? e.required ?? '-'} | ${e.oldVersion ?? '-'} → ${e.newVersion ?? '-'} | ${cell(e.line.slice(e.path.length + 2))} |`);
  }
  return lines.join('\n');
}

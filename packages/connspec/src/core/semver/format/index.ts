import type { GateResult } from '../gate.js';
import type { SemverReport } from '../types.js';
import { diffGithub, gateGithub } from './github.js';
import { diffHuman, gateHuman } from './human.js';
import { diffMarkdown, gateMarkdown } from './markdown.js';
import type { FormatContext } from './shared.js';

export type { FormatContext } from './shared.js';
export type OutputFormat = 'human' | 'json' | 'markdown' | 'github';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['human', 'json', 'markdown', 'github'];

export function formatDiff(report: SemverReport, format: OutputFormat, ctx: FormatContext = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2);
    case 'markdown':
      return diffMarkdown(report);
    case 'github':
      return diffGithub(report, ctx);
    case 'human':
      return diffHuman(report, ctx);
  }
}

export function formatGate(result: GateResult, report: SemverReport, format: OutputFormat, ctx: FormatContext = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ ok: result.ok, entries: result.entries, report }, null, 2);
    case 'markdown':
      return gateMarkdown(result);
    case 'github':
      return gateGithub(result, ctx);
    case 'human':
      return gateHuman(result, ctx);
  }
}

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ROOT } from './workspace.js';

/**
 * Type-checks a folder of generated TypeScript with the real compiler, `--strict`, and returns
 * its output ('' when clean). NodeNext resolution, so the `.js` import specifiers must be right.
 */
export function tscStrict(dir: string, include: readonly string[] = ['**/*.ts']): string {
  const config = {
    compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', skipLibCheck: false, types: [] },
    include,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe', cwd: ROOT });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || String(error);
  }
}

const DIAGNOSTIC = /^(.+?)\(\d+,\d+\): (?:error|warning|message) TS\d+:/;

/**
 * A report of `tscStrict(dir, …)` split by file: each diagnostic line (with the indented lines that
 * continue it) under its file's path relative to `dir`, `/`-separated; any other line (a config or
 * usage error) under ''. Lets one tsc program check many cases, each case asserting on its own files.
 */
export function reportByFile(dir: string, report: string): Map<string, string> {
  const out = new Map<string, string>();
  let file = '';
  for (const line of report.split('\n')) {
    const path = DIAGNOSTIC.exec(line)?.[1];
    if (path !== undefined) file = relative(dir, resolve(ROOT, path)).split(sep).join('/');
    else if (!line.startsWith(' ')) file = '';
    if (line.trim() !== '') out.set(file, `${out.get(file) ?? ''}${line}\n`);
  }
  return out;
}

/** The part of a split report about the files `which` picks ('' when none of them has a diagnostic). */
export function reportOf(byFile: ReadonlyMap<string, string>, which: (file: string) => boolean): string {
  return [...byFile].filter(([file]) => which(file)).map(([, text]) => text).join('');
}

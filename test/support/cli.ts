import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../packages/connspec/src/cli/main.js';

/** The cache folder of runs that name none: this test process's own, never the user's. */
const CACHE = mkdtempSync(join(tmpdir(), 'connspec-test-cache-'));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, as the bin does, in `cwd` and with its output captured. */
export async function runCli(argv: readonly string[], options: { cwd: string; isTTY?: boolean; env?: Record<string, string | undefined> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    cwd: options.cwd,
    isTTY: options.isTTY ?? false,
    env: { CONNSPEC_CACHE: CACHE, ...(options.env ?? { NO_COLOR: '1' }) },
    out: (text: string) => void (stdout += text),
    err: (text: string) => void (stderr += text),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

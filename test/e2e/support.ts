import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the e2e test imports nothing from the sources: it tests what npm installs). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The nx version this repository uses: consumers get the same one (from the npm cache when warm). */
export const NX_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/nx/package.json'), 'utf8')) as { version: string }).version;

export interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { path: string }[];
}

/** `npm pack` of both packages (each builds first, through its prepack script) into `dir`. */
export function packPackages(dir: string): { connspec: Packed & { tarball: string }; nx: Packed & { tarball: string } } {
  const out = execFileSync('npm', ['pack', '--workspace', 'packages/connspec', '--workspace', 'packages/nx', '--pack-destination', dir, '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [connspec, nx] = JSON.parse(out) as Packed[];
  if (!connspec || !nx) throw new Error(`npm pack printed ${out}`);
  return { connspec: { ...connspec, tarball: join(dir, connspec.filename) }, nx: { ...nx, tarball: join(dir, nx.filename) } };
}

/** The commands of a README recipe block (`<!-- recipe:<name> -->` then a bash block), comments dropped. */
export function recipe(name: string): string[] {
  const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = new RegExp(`<!-- recipe:${name} -->\\n\`\`\`bash\\n([\\s\\S]*?)\`\`\``).exec(text)?.[1];
  if (block === undefined) throw new Error(`README.md has no <!-- recipe:${name} --> block`);
  return block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l !== '');
}

export interface Shell {
  readonly status: number | null;
  readonly output: string;
}

/** Runs one command line in `cwd` with a clean environment for npm and Nx (no daemon, no cloud). */
export function sh(command: string, cwd: string, env: Record<string, string> = {}): Shell {
  const r = spawnSync('bash', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NO_COLOR: '1', FORCE_COLOR: '0', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true', ...env },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Every file below `dir` with its bytes, keyed by `/`-separated relative path. */
export function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** The remote cache server (`cache-server.mjs`) as a child process; `stats` asks it what it holds and served. */
export async function cacheServer(): Promise<{ url: string; stats: () => Promise<{ stored: number; hits: number }>; close: () => void }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./cache-server.mjs', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`cache server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return { url, stats: async () => (await (await fetch(`${url}/stats`)).json()) as { stored: number; hits: number }, close: () => void child.kill() };
}

// The four peer tools connspec replaces, as measured steps over the same schema folder, and what
// each one produced (files, lines, what it printed). Installed pinned by setup-peers.sh (Python,
// Maven) and package.json (the two npm peers, run in-process by small node scripts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../openmetadata/run-corpus.js';
import type { Outcome, Side, Step } from './measure.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');

/** The OM input as the peers see it: the closure's schema folder and its connection files. */
export interface PeerInput {
  readonly schemaDir: string;
  /** A JSON file listing the connection files (relative to schemaDir), for the npm peers. */
  readonly connectionList: string;
  readonly baseUrl: string;
  /** Where each peer writes, `<outRoot>/<peer>`. */
  readonly outRoot: string;
}

export interface Peer {
  readonly name: string;
  readonly version: string;
  /** What it was asked to produce, said once in the results. */
  readonly how: string;
  readonly step: Step;
  /** What the last run produced, from its output folder and what it printed. */
  readonly produced: (last: Outcome) => string;
}

/** Runs tools/bench/setup-peers.sh (idempotent) and returns the venv it installed into. */
export function setupPeers(): string {
  const out = execFileSync('bash', [join(HERE, 'setup-peers.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').at(-1) ?? '';
}

function linesIn(dir: string, suffix: string): { files: number; lines: number } {
  const files = listFiles(dir, suffix);
  const lines = files.reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').split('\n').length - 1, 0);
  return { files: files.length, lines };
}

/** Distinct warning messages a tool printed (Python's `file:line: XWarning: message` lines, deduplicated by message). */
function warnings(text: string): string[] {
  const found = text.split('\n').map((l) => /(\w*Warning): (.*)$/.exec(l)).filter((m) => m !== null);
  return [...new Set(found.map((m) => `${m[1]}: ${m[2]}`))];
}

const npmVersion = (name: string): string => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

function datamodelCodegen(input: PeerInput, venv: string): Peer {
  const out = join(input.outRoot, 'datamodel-codegen');
  const argv = [join(venv, 'bin/datamodel-codegen'), '--input', input.schemaDir, '--input-file-type', 'jsonschema', '--output-model-type', 'pydantic_v2.BaseModel', '--output', out, '--disable-timestamp'];
  return {
    name: 'datamodel-codegen',
    version: '0.89.0',
    how: 'once over the whole closure folder (directory input; it follows the cross-file $refs), Pydantic v2 BaseModel, one module per schema file',
    step: { argv, cwd: input.schemaDir, fresh: [out] },
    produced: (last) => {
      const { files, lines } = linesIn(out, '.py');
      const w = warnings(last.stderr);
      return `${files} .py files, ${lines} lines; exit 0; ${w.length} distinct warning(s)${w.length ? `: ${w.map((x) => x.slice(0, 70)).join('; ')}` : ''}`;
    },
  };
}

function jsonschema2pojo(input: PeerInput): Peer {
  const out = join(input.outRoot, 'jsonschema2pojo');
  const argv = ['mvn', '-q', '-o', '-B', '-f', join(HERE, 'pom.xml'), 'jsonschema2pojo:generate', `-Dsrc=${input.schemaDir}`, `-Dout=${out}`];
  return {
    name: 'jsonschema2pojo',
    version: 'maven plugin 1.2.1',
    how: 'Maven plugin (`mvn -q -o`) over the whole closure folder, Jackson 2 annotations, JSR-303, builders, target Java 17',
    step: { argv, cwd: input.schemaDir, fresh: [out] },
    produced: (last) => {
      const { files, lines } = linesIn(out, '.java');
      const printed = `${last.stdout}${last.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => /WARN|ERROR/.test(l));
      return `${files} .java files, ${lines} lines; exit 0; ${printed.length} warning/error line(s)${printed.length ? `: ${printed.slice(0, 3).join('; ')}` : ''}`;
    },
  };
}

/** The npm peers print a one-line JSON summary of what they wrote. */
function npmPeer(name: string, script: string, input: PeerInput, how: string, extra: readonly string[] = []): Peer {
  const out = join(input.outRoot, name);
  return {
    name,
    version: npmVersion(name === 'quicktype' ? 'quicktype-core' : name),
    how,
    step: { argv: [process.execPath, join(HERE, script), input.schemaDir, input.connectionList, out, ...extra], cwd: input.schemaDir, fresh: [out] },
    produced: (last) => {
      const s = JSON.parse(last.stdout.trim().split('\n').at(-1) ?? '{}') as { files: number; lines: number; inputs: number; failures?: string[]; unresolved?: string[] };
      const failed = s.failures?.length ? `; ${s.failures.length} input(s) failed: ${s.failures.slice(0, 3).join('; ')}` : '; no input failed';
      const unresolved = s.unresolved?.length ? `; ${s.unresolved.length} $ref address(es) it could not resolve (it resolves by $id): ${s.unresolved.join(', ')}` : '';
      const printed = last.stderr.split('\n').filter((l) => l.trim()).length;
      return `${s.inputs} connection schemas in, ${s.files} .ts file(s), ${s.lines} lines; exit 0, ${printed} line(s) on stderr${failed}${unresolved}`;
    },
  };
}

/** The four peers, in the order they run as the combined side. */
export function peers(input: PeerInput, venv: string): Peer[] {
  return [
    datamodelCodegen(input, venv),
    jsonschema2pojo(input),
    npmPeer('quicktype', 'quicktype-peer.mjs', input, 'quicktype-core in one node process: every connection schema as one input set, rendered as one TypeScript module with its runtime Convert checks (its default)', [input.baseUrl]),
    npmPeer('json-schema-to-typescript', 'json-schema-to-typescript-peer.mjs', input, 'in one node process: compileFromFile per connection schema (refs resolved from disk), one .ts per connection'),
  ];
}

export const peerSide = (all: readonly Peer[]): Side => ({ name: 'peers (4, in sequence)', steps: all.map((p) => p.step) });

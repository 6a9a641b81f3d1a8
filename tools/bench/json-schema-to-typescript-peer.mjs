// The json-schema-to-typescript peer of `npm run bench`, in plain JavaScript so its process does not pay
// for tsx: compiles each connection schema on its own (as the tool is used: one file in, one module out,
// its `$ref`s resolved from disk relative to the file), into <out dir>/<same path>.ts.
// `node tools/bench/json-schema-to-typescript-peer.mjs <schema dir> <connections.json> <out dir>`.
// Prints a one-line JSON summary (files written, total lines, failures with their first message line).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compileFromFile } from 'json-schema-to-typescript';

const [schemaDir = '', list = '', outDir = ''] = process.argv.slice(2);
const files = JSON.parse(readFileSync(list, 'utf8'));
let lines = 0;
const failures = [];
for (const file of files) {
  const path = resolve(schemaDir, file);
  try {
    const ts = await compileFromFile(path, { cwd: dirname(path), bannerComment: '', format: true });
    const target = join(outDir, file.replace(/\.json$/, '.ts'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, ts);
    lines += ts.split('\n').length - 1;
  } catch (error) {
    failures.push(`${file}: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  }
}
console.log(JSON.stringify({ files: files.length - failures.length, lines, inputs: files.length, failures }));

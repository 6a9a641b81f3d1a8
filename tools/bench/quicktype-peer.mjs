// The quicktype peer of `npm run bench`, in plain JavaScript so its process does not pay for tsx:
// quicktype-core (pinned in package.json) reads every connection schema of the tree from disk,
// resolving their `$ref`s itself, and renders one TypeScript module with its runtime `Convert` checks
// (quicktype's default).
//   node tools/bench/quicktype-peer.mjs <schema dir> <connections.json> <out dir> <base url>
// connections.json lists the connection files relative to the schema dir. Prints a one-line JSON summary.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype } from 'quicktype-core';

const [schemaDir = '', list = '', outDir = '', baseUrl = ''] = process.argv.slice(2);
const files = JSON.parse(readFileSync(list, 'utf8'));
const missing = new Set();

/**
 * quicktype resolves a `$ref` against the enclosing `$id` (here https://open-metadata.org/schema/...)
 * and would fetch it over the network; this store reads such addresses from the tree instead.
 * An address with no file (an `$id` that is not the file's path) is recorded and left unresolved.
 */
class DiskStore extends JSONSchemaStore {
  async fetch(address) {
    const path = address.startsWith(baseUrl) ? join(schemaDir, address.slice(baseUrl.length)) : address.startsWith('file:') ? fileURLToPath(address) : address;
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8'));
    missing.add(address);
    return undefined;
  }
}

const input = new JSONSchemaInput(new DiskStore());
for (const file of files) {
  const path = resolve(schemaDir, file);
  // The top-level name is the file's stem; `$ref`s resolve against the file's own path.
  await input.addSource({ name: file.replace(/^.*\//, '').replace(/\.json$/, ''), uris: [path], schema: readFileSync(path, 'utf8') });
}
const data = new InputData();
data.addInput(input);
const result = await quicktype({ inputData: data, lang: 'typescript' });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'connections.ts'), `${result.lines.join('\n')}\n`);
console.log(JSON.stringify({ files: 1, lines: result.lines.length, inputs: files.length, unresolved: [...missing].sort() }));

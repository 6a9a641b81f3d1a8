// A self-hosted Nx remote cache: the HTTP API Nx uses when NX_SELF_HOSTED_REMOTE_CACHE_SERVER is set
// (since Nx 20.8): PUT and GET /v1/cache/<hash>, tar archives as bodies. In memory; GET /stats says
// how many entries it holds and how many GETs it served. Run as its own process (the test's commands
// block its event loop); prints its port on the first line.
import { createServer } from 'node:http';

const store = new Map();
let hits = 0;
const server = createServer((req, res) => {
  if (req.url === '/stats') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ stored: store.size, hits }));
  const hash = /^\/v1\/cache\/([^/?]+)/.exec(req.url ?? '')?.[1];
  if (hash === undefined) return void res.writeHead(404).end();
  if (req.method === 'GET') {
    const body = store.get(hash);
    if (body) hits++;
    return void (body ? res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body) : res.writeHead(404).end());
  }
  if (req.method !== 'PUT') return void res.writeHead(405).end();
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (store.has(hash)) return void res.writeHead(409).end();
    store.set(hash, Buffer.concat(chunks));
    res.writeHead(200).end();
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));

// A small static server for the browser tests: serves e2e/web/ and the graphql-ws browser client
// (its ES modules, straight from node_modules) on loopback, so a page has an origin of its own.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const e2eDir = fileURLToPath(new URL('../', import.meta.url));
const ROOTS = {
  '/vendor/graphql-ws/': join(e2eDir, 'node_modules/graphql-ws/dist'),
  '/': join(e2eDir, 'web'),
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** The file a URL path names under one of the roots, or null (also for any path that leaves its root). */
function fileFor(pathname) {
  for (const [prefix, root] of Object.entries(ROOTS)) {
    if (pathname.startsWith(prefix)) {
      const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length)) || 'index.html'));
      return file.startsWith(root + sep) ? file : null;
    }
  }
  return null;
}

/** Starts a server on 127.0.0.1:`port` (0: any free port); resolves with it and its origin. */
export async function startStaticServer(port = 0) {
  const server = createServer(async (request, response) => {
    const file = fileFor(new URL(request.url, 'http://localhost').pathname);
    const found = file && await stat(file).then((s) => s.isFile(), () => false);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

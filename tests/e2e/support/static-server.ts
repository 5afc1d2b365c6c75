// A tiny static file server for the browser tests, so tests control headers (CSP) and routes.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export interface StaticRoute {
  /** URL path prefix, e.g. "/host/". */
  prefix: string;
  /** Folder served under that prefix. */
  dir: string;
  /** Extra response headers for files under this prefix (e.g. Content-Security-Policy). */
  headers?: Record<string, string>;
}

export async function startStaticServer(
  routes: StaticRoute[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const sorted = [...routes].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = sorted.find((r) => path.startsWith(r.prefix));
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    const root = resolve(route.dir);
    let file = normalize(join(root, path.slice(route.prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...route.headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A running static server for a built site. */
export interface StaticServer {
  /** Origin plus base path, ending in a slash: http://127.0.0.1:PORT/base/ */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `root` under `base` on a free loopback port, like a plain intranet web server. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Runbook links may be long (issue 25: thousands of `server=`): Node's 16 KB default header
  // limit would refuse them before the page could.
  const server: Server = createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(prefix)) {
        res.writeHead(404).end('outside base path');
        return;
      }
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(normalize(root))) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        try {
          const body = await readFile(join(root, '404.html'));
          res.writeHead(404, { 'content-type': types['.html'] ?? 'text/html' }).end(body);
        } catch {
          res.writeHead(404).end('not found');
        }
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

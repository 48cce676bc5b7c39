// Loopback servers for the `tls:` source tests: real TLS servers with the test PKI's
// certificates, and misbehaving ones (plain text, silence, an old protocol). Each one closes
// itself after `lifetimeMs`, so that none outlives a test run even if a test forgets it.
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import {
  createSecureContext,
  createServer as createTlsServer,
  type SecureContext,
  type SecureVersion,
} from 'node:tls';

/** A server's certificate chain (PEM, its own first) and private key. */
export interface ServerIdentity {
  readonly certPem: string;
  readonly keyPem: string;
}

/** What a test server does. */
export type ServerSpec =
  | {
      readonly kind: 'tls';
      readonly identity: ServerIdentity;
      readonly minVersion?: SecureVersion;
      readonly maxVersion?: SecureVersion;
      /** Require a client certificate issued by this CA (PEM), as Lync's MTLS listeners do. */
      readonly requireClientCertFrom?: string;
      /** Other identities chosen by the server name indication. */
      readonly sni?: Readonly<Record<string, ServerIdentity>>;
    }
  | { readonly kind: 'plain-text'; readonly text: string }
  | { readonly kind: 'silent' };

/** A listening server: where it listens, and how to stop it early. */
export interface TestServer {
  readonly host: string;
  readonly port: number;
  readonly close: () => Promise<void>;
}

function build(spec: ServerSpec, sockets: Set<Socket>): Server {
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };
  if (spec.kind === 'plain-text') {
    return createTcpServer((socket) => {
      track(socket);
      socket.end(spec.text);
    });
  }
  if (spec.kind === 'silent') return createTcpServer(track);
  const sni = spec.sni ?? {};
  const server = createTlsServer({
    key: spec.identity.keyPem,
    cert: spec.identity.certPem,
    ...(spec.minVersion ? { minVersion: spec.minVersion } : {}),
    ...(spec.maxVersion ? { maxVersion: spec.maxVersion } : {}),
    ...(spec.requireClientCertFrom
      ? { requestCert: true, rejectUnauthorized: true, ca: [spec.requireClientCertFrom] }
      : {}),
    ...(Object.keys(sni).length === 0
      ? {}
      : {
          SNICallback: (
            name: string,
            callback: (error: Error | null, context?: SecureContext) => void,
          ) => {
            const identity = sni[name] ?? spec.identity;
            callback(null, createSecureContext({ key: identity.keyPem, cert: identity.certPem }));
          },
        }),
  });
  server.on('connection', track);
  // A handshake the server refuses is the point of several tests, not a failure.
  server.on('tlsClientError', () => undefined);
  return server;
}

/** Starts a server on `host` (127.0.0.1 or ::1) on a free port. */
export function startServer(
  spec: ServerSpec,
  host = '127.0.0.1',
  lifetimeMs = 120_000,
): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = build(spec, sockets);
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      if (!server.listening) resolve();
      else server.close(() => resolve());
    });
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ host, port, close });
    });
  });
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = await startServer({ kind: 'silent' });
  await server.close();
  return server.port;
}

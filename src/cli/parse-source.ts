// Where an input comes from, as typed: a file, `-` (standard input), or `tls:` (a server's
// handshake). A port is never guessed: a missing or invalid one is an argument error. A file
// whose name starts with "tls:" stays reachable as "./tls:…".
import { isIPv6 } from 'node:net';

/** A parsed source argument. `host` of a server's TLS source defaults to its FQDN. */
export type SourceArg =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'tls'; readonly host: string | undefined; readonly port: number };

/** The source, or the key (in the `cli` namespace) of why the value is unusable. */
export type SourceResult =
  | { readonly ok: true; readonly source: SourceArg }
  | {
      readonly ok: false;
      readonly key: 'cli.error.tls-syntax' | 'cli.error.tls-port' | 'cli.error.tls-host-missing';
    };

const prefix = 'tls:';
// A host name or an IPv4 address: no spaces, slashes, brackets, colons or user information.
const hostPattern = /^[^\s/\\@[\]:]+$/u;

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** Splits `[v6]:port`, `host:port` or `port` (host undefined); null when it cannot be split. */
function splitAddress(rest: string): { host: string | undefined; port: string } | null {
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(rest);
  if (bracketed !== null) {
    const host = bracketed[1] ?? '';
    return isIPv6(host) ? { host, port: bracketed[2] ?? '' } : null;
  }
  const colon = rest.lastIndexOf(':');
  if (colon < 0) return { host: undefined, port: rest };
  const host = rest.slice(0, colon);
  // An IPv6 address without brackets is ambiguous (where does the port start?): refused.
  return hostPattern.test(host) ? { host, port: rest.slice(colon + 1) } : null;
}

/** Parses the source of a `--reference` (host required) or of a `--server` (host optional). */
export function parseSource(value: string, role: 'reference' | 'server'): SourceResult {
  if (value === '-') return { ok: true, source: { kind: 'stdin' } };
  if (!value.startsWith(prefix)) return { ok: true, source: { kind: 'file', path: value } };
  const address = splitAddress(value.slice(prefix.length));
  if (address === null) return { ok: false, key: 'cli.error.tls-syntax' };
  if (address.host === undefined && !/^\d*$/.test(address.port)) {
    return { ok: false, key: 'cli.error.tls-syntax' };
  }
  const port = parsePort(address.port);
  if (port === undefined) return { ok: false, key: 'cli.error.tls-port' };
  if (address.host === undefined && role === 'reference') {
    return { ok: false, key: 'cli.error.tls-host-missing' };
  }
  return { ok: true, source: { kind: 'tls', host: address.host, port } };
}

// A tenth of a second is about the least a TLS handshake needs even on a local network; a
// shorter wait would round to (or near) 0 ms and report every server as not answering.
const minTimeoutSeconds = 0.1;
const maxTimeoutSeconds = 600;

/** Parses `--timeout SECONDS`: a decimal from 0.1 to 600; milliseconds, or undefined. */
export function parseTimeout(value: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  const seconds = Number(value);
  return seconds >= minTimeoutSeconds && seconds <= maxTimeoutSeconds
    ? Math.round(seconds * 1000)
    : undefined;
}

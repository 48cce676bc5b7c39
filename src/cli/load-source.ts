// Gets the bytes of one input from where the user said: a file, standard input, or a server's
// TLS handshake. Only a `tls:` source opens a connection, and only to the host it names.
import type { KeyOf } from '../i18n/translate.ts';
import { isIP } from 'node:net';
import { toALabels, toPem } from '../lib/cert/index.ts';
import { tlsAddress, type InputSource } from '../lib/report/index.ts';
import type { SourceArg } from './parse-source.ts';
import { readFileSource, readStreamSource } from './read-source.ts';

/** The bytes and their origin, or the key (in the `cli` namespace) of why there are none. */
export type LoadResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly source: InputSource }
  | {
      readonly ok: false;
      readonly key: KeyOf<'cli'>;
      readonly params: Readonly<Record<string, string>>;
    };

/** What loading needs from the process. */
export interface LoadContext {
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
  readonly now: () => Date;
  readonly limit: number;
  readonly timeoutMs: number;
  /** Runs a fetch when one of the bounded number of connection slots is free. */
  readonly fetchSlot: <T>(task: () => Promise<T>) => Promise<T>;
}

/** The host name as DNS and SNI want it: A-labels, no trailing dot; null for an IP address. */
function serverName(name: string): string | null {
  const bare = name.replace(/\.$/, '');
  if (isIP(bare) !== 0) return null;
  const ascii = toALabels(bare);
  // The URL parser reads some numeric names ("10.1.2") as IPv4 addresses: never an SNI.
  return ascii === null || isIP(ascii) !== 0 ? null : ascii;
}

/** Loads one input; `fqdn` is the server's (the default host and the SNI), absent for references. */
export async function loadSource(
  arg: SourceArg,
  fqdn: string | undefined,
  context: LoadContext,
): Promise<LoadResult> {
  if (arg.kind !== 'tls') {
    const read =
      arg.kind === 'stdin'
        ? await readStreamSource(context.stdin(), context.limit)
        : await readFileSource(arg.path, context.limit);
    if (!read.ok) return read;
    return { ok: true, bytes: read.bytes, source: arg };
  }
  const host = arg.host ?? fqdn ?? '';
  const address = tlsAddress(host, arg.port);
  const sni = serverName(fqdn ?? host);
  const connectTo = serverName(host) ?? host;
  // Loaded only for a tls: source, with Node's TLS module: a run on files alone never reads them.
  const { fetchChain } = await import('./fetch-chain.ts');
  const fetched = await context.fetchSlot(() =>
    fetchChain({ host: connectTo, port: arg.port, serverName: sni }, context.timeoutMs),
  );
  if (!fetched.ok) {
    const seconds = String(context.timeoutMs / 1000);
    return {
      ok: false,
      key: `cli.error.tls.${fetched.failure}`,
      params: { address, host, seconds, alert: fetched.detail, code: fetched.detail },
    };
  }
  const text = toPem(fetched.certificates);
  return {
    ok: true,
    bytes: new TextEncoder().encode(text),
    source: {
      kind: 'tls',
      host,
      port: arg.port,
      serverName: sni,
      tlsVersion: fetched.tlsVersion,
      handshake: fetched.handshake,
      fetchedAt: context.now(),
    },
  };
}

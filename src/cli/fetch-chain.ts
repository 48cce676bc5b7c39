// Fetches the certificate chain a server presents in its TLS handshake. Nothing is trusted or
// validated here (the core's checks decide): the chain is kept even when the server then ends
// the handshake because it wants a client certificate, as Lync's mutual-TLS listeners do.
// load-source.ts imports this module only for a tls: source: loading Node's TLS module costs a
// quarter of a second, which a run on files alone should not pay.
import { connect, type TLSSocket } from 'node:tls';
import type { TlsHandshake } from '../lib/report/index.ts';

/** Where to connect, and the server name indication to send (none for an IP address). */
export interface TlsTarget {
  readonly host: string;
  readonly port: number;
  readonly serverName: string | null;
}

/** Why no chain was fetched. */
export type FetchFailure =
  | 'not-resolved'
  | 'refused'
  | 'unreachable'
  | 'timed-out'
  | 'not-tls'
  | 'alert'
  | 'closed'
  | 'no-certificate'
  | 'failed';

/** The DER certificates as presented (the server's own first), or why there are none. */
export type FetchResult =
  | {
      readonly ok: true;
      readonly certificates: readonly Uint8Array[];
      readonly tlsVersion: string;
      readonly handshake: TlsHandshake;
    }
  | { readonly ok: false; readonly failure: FetchFailure; readonly detail: string };

const notResolved = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const unreachable = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN']);
const closed = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
// What OpenSSL says when the bytes on the port are not TLS records at all.
const notTls =
  /^ERR_SSL_(WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|HTTPS_PROXY_REQUEST|RECORD_LAYER_FAILURE|UNKNOWN_PROTOCOL)$/;

/** Sorts a connection error into the failures users are told about. */
export function classifyError(code: string): { failure: FetchFailure; detail: string } {
  if (notResolved.has(code)) return { failure: 'not-resolved', detail: code };
  if (code === 'ECONNREFUSED') return { failure: 'refused', detail: code };
  if (code === 'ETIMEDOUT') return { failure: 'timed-out', detail: code };
  if (unreachable.has(code)) return { failure: 'unreachable', detail: code };
  if (closed.has(code)) return { failure: 'closed', detail: code };
  if (notTls.test(code)) return { failure: 'not-tls', detail: code };
  // Node names alerts ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION, ERR_SSL_SSL/TLS_ALERT_…, and so on.
  const alert = /ALERT_(.+)$/.exec(code);
  if (alert) return { failure: 'alert', detail: (alert[1] ?? '').toLowerCase().replace(/_/g, ' ') };
  return { failure: 'failed', detail: code === '' ? 'unknown' : code };
}

/**
 * Every certificate of the server's Certificate message, in the order sent, duplicates and
 * strays included. Node builds the peer's X509Certificate from OpenSSL's list of the certificates
 * received (SSL_get_peer_cert_chain) and links each one's `issuerCertificate` to the next one in
 * that list, by position. getPeerCertificate(true) instead follows issuer names and key
 * identifiers and drops whatever is off that path, such as an extra CA with a borrowed name.
 * Reading the records off the socket instead would find TLS 1.3's Certificate message encrypted;
 * OpenSSL's list holds it as decrypted, for either version.
 * Node 20 empties OpenSSL's list while reading it (fixed in later versions): read it only once.
 */
function presentedChain(socket: TLSSocket): Uint8Array[] {
  const chain: Uint8Array[] = [];
  for (
    let cert = socket.getPeerX509Certificate();
    cert !== undefined;
    cert = cert.issuerCertificate
  ) {
    chain.push(new Uint8Array(cert.raw));
  }
  return chain;
}

const errorCode = (cause: unknown): string =>
  typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string'
    ? cause.code
    : '';

/** Connects, takes the presented chain, and disconnects; never throws, never waits past timeout. */
export async function fetchChain(target: TlsTarget, timeoutMs: number): Promise<FetchResult> {
  return new Promise((resolve) => {
    let socket: TLSSocket | undefined;
    let settled = false;
    const finish = (result: FetchResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket?.destroy();
      resolve(result);
    };
    const captured = (handshake: TlsHandshake): FetchResult | null => {
      if (socket === undefined) return null;
      const certificates = presentedChain(socket);
      const tlsVersion = socket.getProtocol() ?? 'unknown';
      return certificates.length > 0 ? { ok: true, certificates, tlsVersion, handshake } : null;
    };
    const timer = setTimeout(() => {
      finish({ ok: false, failure: 'timed-out', detail: `${timeoutMs} ms` });
    }, timeoutMs);
    try {
      socket = connect({
        host: target.host,
        port: target.port,
        ...(target.serverName === null ? {} : { servername: target.serverName }),
        // The chain is judged by the checks, not by Node: no verification, and an empty trust
        // store, so that Node adds no CA certificate the server did not send.
        rejectUnauthorized: false,
        ca: [],
        minVersion: 'TLSv1.2',
      });
    } catch (cause) {
      finish({ ok: false, ...classifyError(errorCode(cause)) });
      return;
    }
    socket.once('secureConnect', () => {
      finish(captured('complete') ?? { ok: false, failure: 'no-certificate', detail: '' });
    });
    socket.once('error', (cause) => {
      const code = errorCode(cause);
      // With TLS 1.2 a server that requires a client certificate ends the handshake with an
      // alert after it sent its own chain: that chain is still there to take, but only now
      // (after 'close' the handle is gone). Without a completed handshake, nothing shows that
      // the server holds the key of the certificate it sent, and the report says so.
      const chain = code.startsWith('ERR_SSL_') ? captured('incomplete') : null;
      finish(chain ?? { ok: false, ...classifyError(code) });
    });
    socket.once('close', () => {
      finish({ ok: false, failure: 'closed', detail: '' });
    });
  });
}

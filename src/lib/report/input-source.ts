// Where an input came from: a file, standard input, or a server's TLS handshake (CLI only; the
// page has no sources). Reports show it, and the JSON gives it per input.
import type { ServerResult } from '../cert/types.ts';
import { formatDate } from '../../i18n/format-date.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/translate.ts';

/**
 * How a TLS fetch's handshake ended: complete, so the server proved it holds the key of the
 * certificate it sent, or incomplete, ended after the certificates arrived (by a listener that
 * requires a client certificate, or by a server that could not prove its key).
 */
export type TlsHandshake = 'complete' | 'incomplete';

/** One input's origin. */
export type InputSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | {
      readonly kind: 'tls';
      readonly host: string;
      readonly port: number;
      /** The server name indication sent, or null when connecting to an IP address. */
      readonly serverName: string | null;
      /** As Node names it: `TLSv1.2`, `TLSv1.3`. */
      readonly tlsVersion: string;
      readonly fetchedAt: Date;
      readonly handshake: TlsHandshake;
    };

/** What names a source, known before it is read or fetched (a TLS source: host and port). */
export type SourceAddress =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'tls'; readonly host: string; readonly port: number };

/** The origin of each input, by input index. */
export interface InputSources<S extends SourceAddress = InputSource> {
  readonly references?: readonly (S | undefined)[];
  readonly servers?: readonly (S | undefined)[];
}

/** The source in the JSON report. */
export type SourceJson =
  | { readonly kind: 'file' | 'stdin'; readonly name: string }
  | {
      readonly kind: 'tls';
      readonly name: string;
      readonly serverName: string | null;
      readonly tlsVersion: string;
      readonly fetchedAt: string;
      readonly handshake: TlsHandshake;
      /** Said only when the handshake is incomplete: what that means, in the report's language. */
      readonly note?: string;
    };

/** `tls:host:port`, with an IPv6 address in brackets, as the user writes it. */
export function tlsAddress(host: string, port: number): string {
  return `tls:${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The short name of a source: the path as given, "standard input", or `tls:host:port`. */
export function sourceName(source: SourceAddress, t: Translate): string {
  switch (source.kind) {
    case 'file':
      return source.path;
    case 'stdin':
      return t('cli:cli.input.stdin');
    case 'tls':
      return tlsAddress(source.host, source.port);
  }
}

/** The source with its details (for a TLS fetch: the protocol version and when). */
export function sourceDetails(source: InputSource, t: Translate, lang: Language): string {
  if (source.kind !== 'tls') return sourceName(source, t);
  return t('report:report.value.tls-source', {
    address: tlsAddress(source.host, source.port),
    version: source.tlsVersion,
    time: formatDate(lang, source.fetchedAt, 'minute'),
  });
}

/** The note a source needs: a TLS handshake that ended before the server proved its key. */
export function sourceNote(source: InputSource, t: Translate): string | null {
  // Stryker disable next-line ConditionalExpression: only a TLS source has a handshake to be incomplete
  return source.kind === 'tls' && source.handshake === 'incomplete'
    ? t('report:report.note.handshake-incomplete')
    : null;
}

/** The source as the JSON report gives it. */
export function sourceJson(source: InputSource, t: Translate): SourceJson {
  switch (source.kind) {
    case 'file':
      return { kind: 'file', name: source.path };
    case 'stdin':
      return { kind: 'stdin', name: '-' };
    case 'tls': {
      const note = sourceNote(source, t);
      return {
        kind: 'tls',
        name: tlsAddress(source.host, source.port),
        serverName: source.serverName,
        tlsVersion: source.tlsVersion,
        fetchedAt: source.fetchedAt.toISOString(),
        handshake: source.handshake,
        ...(note === null ? {} : { note }),
      };
    }
  }
}

/** The source of one server's result (or of one certificate of a server that has several). */
export function certificateSource(
  result: ServerResult,
  sources: InputSources = {},
): InputSource | undefined {
  return sources.servers?.[result.index];
}

// PEM blocks before any label keep the rule for many certificates at once: each end-entity
// certificate is a server named by its first DNS name (SAN), with the CA certificates beside it
// as its chain; a request is named by the first DNS name it asks for.
import type { ParseResult } from '../types.ts';

/** One server found by its SAN; `fqdn` is null when the certificate names no DNS name. */
export interface SanServer {
  readonly fqdn: string | null;
  readonly parsed: ParseResult;
}

/** The servers of an unlabelled input that parsed, in the order of their certificates. */
export function serversBySan(parsed: Extract<ParseResult, { ok: true }>): SanServer[] {
  if (parsed.request) {
    return [{ fqdn: parsed.request.dnsNames?.[0] ?? null, parsed }];
  }
  const cas = parsed.certificates.filter((certificate) => certificate.isCa);
  return parsed.certificates
    .filter((certificate) => !certificate.isCa)
    .map((certificate) => ({
      fqdn: certificate.dnsNames?.[0] ?? null,
      parsed: { ok: true, certificates: [certificate, ...cas] },
    }));
}

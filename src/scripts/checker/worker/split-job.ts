// "Many servers at once": a split request's inputs, each read into its certificates (a request as
// one of its own) ready for the page to place by their SAN, and a bundle into its labels
// (split-bundle.ts). Loaded with the first split, since a check never needs it.
import {
  canonicalHost,
  parseInput,
  toPem,
  type InputError,
  type ParsedInput,
} from '../../../lib/cert/index.ts';
import type { SplitCertificate, SplitRequestMessage } from '../protocol.ts';
import { splitBundle } from './split-bundle.ts';
import { inputBytes, type JobContext } from './job.ts';

const encoder = new TextEncoder();

/** The certificates of one parsed input, a request as one of its own, ready for the page. */
function certificatesOf(parsed: Extract<ParsedInput, { ok: true }>): SplitCertificate[] {
  const split = (
    der: Uint8Array,
    dnsNames: readonly string[] | null,
    facts: Pick<SplitCertificate, 'request' | 'isCa' | 'subject' | 'issuer'>,
  ): SplitCertificate => ({
    ...facts,
    pem: toPem([der], facts.request ? 'CERTIFICATE REQUEST' : 'CERTIFICATE'),
    dnsNames: dnsNames ?? [],
    hosts: (dnsNames ?? []).map(canonicalHost),
  });
  if (parsed.request) {
    const { der, dnsNames, subject } = parsed.request;
    return [
      split(der, dnsNames, { request: true, isCa: false, subject: subject.text, issuer: '' }),
    ];
  }
  return parsed.certificates.map((certificate) =>
    split(certificate.der, certificate.dnsNames, {
      request: false,
      isCa: certificate.isCa,
      subject: certificate.subject.text,
      issuer: certificate.issuer.text,
    }),
  );
}

/**
 * Whether `bytes` may be a labelled bundle: a `#` at the start of a line, in UTF-8 or UTF-16
 * (after a byte order mark, or a line feed with or without its zero byte). Only then is the
 * bundle reader loaded; Base-64 never holds `#`, and binary input that happens to is read as before.
 */
export function mayHoldLabels(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x23); at >= 0; at = bytes.indexOf(0x23, at + 1)) {
    const before = bytes[at - 1] === 0 ? bytes[at - 2] : bytes[at - 1];
    // A byte order mark starts with 0xEF, 0xFE or 0xFF; DER starts with 0x30.
    if (at === 0 || (at <= 3 && (bytes[0] ?? 0) >= 0xef) || before === 0x0a) return true;
  }
  return false;
}

/** Splits inputs into their certificates (for many servers at once); a bundle into its labels. */
export async function runSplitJob(
  request: SplitRequestMessage,
  context: JobContext,
): Promise<void> {
  const inputs = [];
  for (const input of request.inputs) {
    const bytes = inputBytes(input);
    const split = mayHoldLabels(bytes) ? await splitBundle(bytes) : null;
    if (split?.ok === false) {
      inputs.push({ key: input.key, certificates: null, error: split.error, bundle: null });
      continue;
    }
    let certificates: SplitCertificate[] | null = null;
    let error: InputError | null = null;
    for (const text of split === null ? [bytes] : split.unlabelled.map((t) => encoder.encode(t))) {
      const parsed = await parseInput(text);
      if (parsed.ok) certificates = [...(certificates ?? []), ...certificatesOf(parsed)];
      else error ??= parsed.error;
    }
    inputs.push({ key: input.key, certificates, error, bundle: split?.bundle ?? null });
  }
  if (context.isCurrent()) context.post({ type: 'split', id: request.id, inputs });
}

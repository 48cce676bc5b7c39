// The worker's work for one request: read every input once to say what it holds (its format and
// each certificate's name), check them all in the core, and give each server's result the index
// of the input it came from.
import { checkParsed, parseInput, refuseRequest } from '../../lib/cert/index.ts';
import type {
  CertificateInfo,
  CheckReport,
  InputError,
  ParseResult,
  RequestInfo,
} from '../../lib/cert/types.ts';
import type {
  CheckRequestMessage,
  IndexedResult,
  InputFormat,
  Recognition,
  SplitRequestMessage,
  WorkerInput,
  WorkerResponse,
} from './worker-protocol.ts';
import { commonName } from './common-name.ts';

const encoder = new TextEncoder();

// The signedData content type (1.2.840.113549.1.7.2) as DER, which opens every PKCS#7 bundle.
const signedDataOid = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
const bundleArmor = /-----BEGIN (PKCS7|PKCS #7 SIGNED DATA|CMS|CERTIFICATE CHAIN)-----/;

function startsWithin(bytes: Uint8Array, needle: readonly number[], window: number): boolean {
  const end = Math.min(bytes.length - needle.length, window);
  for (let at = 0; at <= end; at += 1) {
    if (needle.every((byte, offset) => bytes[at + offset] === byte)) return true;
  }
  return false;
}

/** The format of an input that parsed: binary DER (bundle or not), PEM armor, or bare Base-64. */
export function inputFormat(bytes: Uint8Array): InputFormat {
  if (bytes[0] === 0x30) return startsWithin(bytes, signedDataOid, 24) ? 'pkcs7' : 'der';
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const text = new TextDecoder(utf16 ? 'utf-16' : 'utf-8').decode(bytes);
  if (bundleArmor.test(text)) return 'pkcs7';
  return text.includes('-----BEGIN ') ? 'pem' : 'base64';
}

/** A certificate's name for people: its CN, else its first DNS name, else its subject. */
export function certificateName(certificate: CertificateInfo): string {
  return commonName(certificate.subject) ?? certificate.dnsNames?.[0] ?? certificate.subject.text;
}

/** The name a certificate request asks for: its first DNS name, else its CN, else its subject. */
export function requestName(request: RequestInfo): string {
  return request.dnsNames?.[0] ?? commonName(request.subject) ?? request.subject.text;
}

/** The recognized line's data for one input and its parse result. */
export function describeInput(bytes: Uint8Array, parsed: ParseResult): Recognition {
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return {
    ok: true,
    format: inputFormat(bytes),
    names: parsed.certificates.map(certificateName),
    request: parsed.request ? requestName(parsed.request) : null,
  };
}

/** Where a job reports to, and whether a newer request has superseded it. */
export interface JobContext {
  readonly post: (message: WorkerResponse) => void;
  readonly isCurrent: () => boolean;
  /** Milliseconds, for spacing progress messages. */
  readonly now: () => number;
  /** Resolves after `ms` milliseconds (a test may resolve at once, or never). */
  readonly after: (ms: number) => Promise<void>;
}

/**
 * A check that has not answered this long after its inputs were read sends their recognized
 * lines first. A quicker one sends them with its verdicts: the page then renders once, not twice
 * within a few milliseconds, and a person sees both at once either way.
 */
export const recognizedFirstAfterMs = 50;

/** An input's bytes; text is encoded here, off the page's main thread. */
export function inputBytes(input: WorkerInput): Uint8Array {
  return 'text' in input ? encoder.encode(input.text) : input.bytes;
}

/**
 * Gives each result the index of its server: the core lists usable servers in the order given
 * and names every unusable one by index, so the indices of the usable ones are exactly known.
 */
export function indexResults(report: CheckReport, serverCount: number): IndexedResult[] {
  const failed = new Set(
    report.failures.flatMap((failure) =>
      failure.input.kind === 'server' ? [failure.input.index] : [],
    ),
  );
  const usable = [...Array(serverCount).keys()].filter((index) => !failed.has(index));
  return report.servers.flatMap((result, position) => {
    const server = usable[position];
    return server === undefined ? [] : [{ server, result }];
  });
}

/** Runs a check request; returns early (posting nothing more) once superseded. */
export async function runCheckJob(
  request: CheckRequestMessage,
  context: JobContext,
): Promise<void> {
  const { post, isCurrent, now } = context;
  const { id, inputs } = request;
  const references = new Set(request.references);
  const parsedInputs: ParseResult[] = [];
  const recognized: { key: string; recognition: Recognition }[] = [];
  const errors: { key: string; error: InputError }[] = [];
  let lastProgress = now();
  // Every input's parse starts at once so that their WebCrypto digests overlap; they are taken
  // in order, so progress and a superseding request are still noticed between inputs.
  const reads = inputs.map((input) => {
    const data = inputBytes(input);
    return { input, data, parsing: parseInput(data) };
  });
  for (const [index, { input, data, parsing }] of reads.entries()) {
    const read = await parsing;
    // A request is checked as a server's input; in a reference field it names no CA.
    const parsed = references.has(index) ? refuseRequest(read) : read;
    parsedInputs.push(parsed);
    const recognition = describeInput(data, parsed);
    if (!isCurrent()) return;
    recognized.push({ key: input.key, recognition });
    if (!recognition.ok) errors.push({ key: input.key, error: recognition.error });
    if (now() - lastProgress > 100) {
      lastProgress = now();
      post({ type: 'progress', id, done: index + 1, total: inputs.length + 1 });
    }
  }
  if (request.references.length === 0 && request.servers.length === 0) {
    post({ type: 'report', id, report: null, results: [], errors, recognized });
    return;
  }
  // Each input was parsed once, above; the check takes those results.
  const unread: ParseResult = { ok: true, certificates: [] };
  const checking = checkParsed({
    references: request.references.map((index) => parsedInputs[index] ?? unread),
    servers: request.servers.map((server) => ({
      fqdn: server.fqdn,
      parsed: parsedInputs[server.input] ?? unread,
    })),
    at: new Date(request.at),
  });
  const slow = await Promise.race([
    checking.then(() => false),
    context.after(recognizedFirstAfterMs).then(() => true),
  ]);
  if (slow && isCurrent()) post({ type: 'recognized', id, inputs: recognized });
  const report = await checking;
  if (!isCurrent()) return;
  // Inputs the core refused only while checking (too many signature checks) are named too.
  const named = new Set(errors.map((error) => error.key));
  for (const { input, error } of report.failures) {
    const index =
      input.kind === 'reference'
        ? request.references[input.index]
        : request.servers[input.index]?.input;
    const key = index === undefined ? undefined : inputs[index]?.key;
    if (key !== undefined && !named.has(key)) errors.push({ key, error });
  }
  post({
    type: 'report',
    id,
    report,
    results: indexResults(report, request.servers.length),
    errors,
    recognized,
  });
}

/** Splits inputs into their certificates (for many servers at once). */
export async function runSplitJob(
  request: SplitRequestMessage,
  context: JobContext,
): Promise<void> {
  const inputs = [];
  for (const input of request.inputs) {
    const parsed = await parseInput(inputBytes(input));
    inputs.push(
      parsed.ok && parsed.request
        ? {
            key: input.key,
            certificates: [
              {
                der: parsed.request.der,
                request: true,
                isCa: false,
                dnsNames: parsed.request.dnsNames ?? [],
                subject: parsed.request.subject.text,
                issuer: '',
              },
            ],
            error: null,
          }
        : parsed.ok
          ? {
              key: input.key,
              certificates: parsed.certificates.map((certificate) => ({
                der: certificate.der,
                request: false,
                isCa: certificate.isCa,
                dnsNames: certificate.dnsNames ?? [],
                subject: certificate.subject.text,
                issuer: certificate.issuer.text,
              })),
              error: null,
            }
          : { key: input.key, certificates: null, error: parsed.error },
    );
  }
  if (context.isCurrent()) context.post({ type: 'split', id: request.id, inputs });
}

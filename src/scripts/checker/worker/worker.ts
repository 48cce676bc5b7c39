// The checker's module worker: parses and checks off the page's main thread, so that no input,
// however large or hostile, can freeze the page. Requests are taken in order, one at a time; a
// check reads every input once (its format and each certificate's name, told before any verdict),
// checks them all in the core and answers with the report, whose results name their server; a
// split (many servers at once) answers with each input's certificates (split-job.ts, loaded with
// the first split).
import {
  checkParsed,
  commonName,
  parseInput,
  refuseRequest,
  type CertificateInfo,
  type InputError,
  type ParseResult,
  type ParsedInput,
  type RequestInfo,
} from '../../../lib/cert/index.ts';
import type {
  CheckRequestMessage,
  RecognizedInput,
  Recognition,
  SplitRequestMessage,
  WorkerAnswer,
  WorkerRequest,
} from '../protocol.ts';
import type { JobContext } from './job.ts';
import { warmUp } from './warm-up.ts';

/**
 * A check that has not answered this long after its inputs were read sends their recognized
 * lines first. A quicker one sends them with its verdicts: the page then renders once, not twice
 * within a few milliseconds, and a person sees both at once either way.
 */
export const recognizedFirstAfterMs = 50;

/** A certificate's name for people: its CN, else its first DNS name, else its subject. */
const certificateName = (certificate: CertificateInfo): string =>
  commonName(certificate.subject) ?? certificate.dnsNames?.[0] ?? certificate.subject.text;

/** The name a certificate request asks for: its first DNS name, else its CN, else its subject. */
const requestName = (request: RequestInfo): string =>
  request.dnsNames?.[0] ?? commonName(request.subject) ?? request.subject.text;

/** The recognized line's data for one parsed input. */
export function describeInput(parsed: ParsedInput): Recognition {
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return {
    ok: true,
    format: parsed.format,
    names: parsed.certificates.map(certificateName),
    request: parsed.request ? requestName(parsed.request) : null,
  };
}

/** Runs a check request; returns early (posting nothing more) once superseded. */
export async function runCheckJob(
  request: CheckRequestMessage,
  context: JobContext,
): Promise<void> {
  const { post, isCurrent, now } = context;
  const { id, inputs } = request;
  const references = new Set(request.references);
  const parsedInputs: ParsedInput[] = [];
  const recognized: RecognizedInput[] = [];
  const errors: { key: string; error: InputError }[] = [];
  let lastProgress = now();
  // Every input's parse starts at once so that their WebCrypto digests overlap; they are taken
  // in order, so progress and a superseding request are still noticed between inputs.
  const reads = inputs.map((input) => ({
    input,
    parsing: parseInput('text' in input ? input.text : input.bytes),
  }));
  for (const [index, { input, parsing }] of reads.entries()) {
    const read = await parsing;
    // A request is checked as a server's input; in a reference field it names no CA.
    const parsed = references.has(index) ? refuseRequest(read) : read;
    parsedInputs.push(parsed);
    if (!isCurrent()) return;
    const recognition = describeInput(parsed);
    recognized.push({ key: input.key, recognition });
    if (!recognition.ok) errors.push({ key: input.key, error: recognition.error });
    if (now() - lastProgress > 100) {
      lastProgress = now();
      post({ type: 'progress', id, done: index + 1, total: inputs.length + 1 });
    }
  }
  if (request.references.length === 0 && request.servers.length === 0) {
    post({ type: 'report', id, report: null, errors, recognized });
    return;
  }
  // Each input was parsed once, above; the check takes those results.
  const unread: ParseResult = { ok: true, certificates: [] };
  const checking = checkParsed({
    references: request.references.map((index) => parsedInputs[index] ?? unread),
    servers: request.servers.map((server) => ({
      fqdn: server.fqdn,
      parsed: parsedInputs[server.input] ?? unread,
      label: server.label,
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
  post({ type: 'report', id, report, errors, recognized });
}

/** `runSplitJob`, loaded with the first split: a check never needs it. */
async function runSplitJob(request: SplitRequestMessage, context: JobContext): Promise<void> {
  const { runSplitJob: run } = await import('./split-job.ts');
  return run(request, context);
}

/** The worker's global scope, as far as it is used here. */
export interface WorkerScope {
  postMessage(message: WorkerAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

/** Answers the page's requests in `scope`, the newest check and the newest split only. */
export function serve(scope: WorkerScope): void {
  const latest = { check: 0, split: 0 };
  const stopWarmUp = new AbortController();
  // Requests wait for the one before (and the warm-up), so two jobs never share the CPU.
  let queue: Promise<unknown> = warmUp(runCheckJob, stopWarmUp.signal);
  scope.addEventListener('message', (event) => {
    const request = event.data;
    latest[request.type] = Math.max(latest[request.type], request.id);
    // The checker's start-up check of empty fields may wait for the warm-up; real input may not.
    if (request.inputs.length > 0) stopWarmUp.abort();
    const context: JobContext = {
      post: (message) => scope.postMessage(message),
      isCurrent: () => request.id === latest[request.type],
      now: () => performance.now(),
      after: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
    queue = queue.then(async () => {
      if (!context.isCurrent()) return;
      try {
        await (request.type === 'check'
          ? runCheckJob(request, context)
          : runSplitJob(request, context));
      } catch (error) {
        console.error(error);
        scope.postMessage({ type: 'failed', id: request.id });
      }
    });
  });
}

// Only a worker has a WorkerGlobalScope: the unit tests import the jobs above without one.
if ('WorkerGlobalScope' in globalThis) serve(globalThis as unknown as WorkerScope);

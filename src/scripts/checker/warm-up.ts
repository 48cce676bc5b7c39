// The first check pays for compiling the parser, the name comparison and the checks, and for
// WebCrypto's first RSA and ECDSA key imports. The worker does that on built-in certificates as
// soon as it starts, so the user's first check does not; the first request stops it.
import { checkCertificates, exerciseParser, parseInput } from '../../lib/cert/index.ts';
import { runCheckJob } from './check-job.ts';
import { warmUpDers, warmUpFqdn, warmUpReferencePem, warmUpServerPem } from './warm-up-certs.ts';

// The parser dominates a first check with many certificates; the JIT fully optimizes it only
// after some dozens of runs.
const parserRounds = 16;

// A message to itself rather than a timer: the request waiting behind it gets its turn first, and
// a test's fake clock (which may freeze timers) cannot stall the worker.
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Checks the built-in certificates, then trains the parser, until done or aborted. */
export async function warmUp(signal: AbortSignal): Promise<void> {
  const encoder = new TextEncoder();
  const ders = warmUpDers();
  try {
    const [der] = ders;
    if (der !== undefined) await parseInput(der);
    if (signal.aborted) return;
    await checkCertificates({
      references: [encoder.encode(warmUpReferencePem)],
      servers: [{ fqdn: warmUpFqdn, input: encoder.encode(warmUpServerPem) }],
      at: new Date(),
    });
    // The whole job too: reading text inputs, describing them and checking (its certificates
    // are cached after the first round, so this trains the code around the parser).
    const job = {
      type: 'check',
      id: 0,
      at: Date.now(),
      inputs: [
        { key: 'reference', text: warmUpReferencePem },
        { key: 'server', text: warmUpServerPem },
      ],
      references: [0],
      servers: [{ fqdn: warmUpFqdn, input: 1 }],
    } as const;
    const context = {
      post: () => undefined,
      isCurrent: () => !signal.aborted,
      now: () => 0,
      after: () => new Promise<void>(() => undefined),
    };
    for (let round = 0; round < parserRounds && !signal.aborted; round += 1) {
      // A request waiting in the queue gets its turn between rounds.
      await pause();
      await Promise.all(ders.map((one) => exerciseParser(one).catch(() => false)));
      await runCheckJob(job, context);
    }
  } catch {
    // A failed warm-up only means the first real check compiles the code itself.
  }
}

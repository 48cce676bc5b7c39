// The first check pays for compiling the parser, the name comparison and the checks, and for
// WebCrypto's first RSA and ECDSA key imports. The worker does that on built-in certificates as
// soon as it starts, so the user's first check does not; the first request with input stops it.
// Its last report goes to the page, whose renderers need the same training.
import { exerciseParser, parseInput } from '../../lib/cert/index.ts';
import type { CheckReport } from '../../lib/cert/types.ts';
import { runCheckJob } from './check-job.ts';
import type { WorkerResponse } from './worker-protocol.ts';
import { warmUpDers, warmUpFqdn, warmUpReferencePem, warmUpServerPem } from './warm-up-certs.ts';

// The parser dominates a first check with many certificates; the JIT fully optimizes it only
// after some dozens of runs.
const parserRounds = 16;

// Servers in each warm-up check, as a real check has several: the per-server checks then run
// often enough to be optimized, not just compiled.
const warmUpServers = 8;

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

/**
 * Runs checks of the built-in certificates and trains the parser, until done or aborted; a
 * warm-up that ran to the end hands its last report to `done`, for the page to train its renderer.
 */
export async function warmUp(
  signal: AbortSignal,
  done: (report: CheckReport) => void = () => undefined,
): Promise<void> {
  const ders = warmUpDers();
  // A whole job as the page sends one: text inputs read, described and checked against several
  // servers. Its certificates are cached after the first round, so later rounds train the code
  // around the parser, and the parser itself is trained on the DER copies beside it.
  const job = {
    type: 'check',
    id: 0,
    at: Date.now(),
    inputs: [
      { key: 'reference', text: warmUpReferencePem },
      { key: 'server', text: warmUpServerPem },
    ],
    references: [0],
    // One server under a name its certificate does not carry: a failing check, shown with its
    // message, is part of what a report renders.
    servers: Array.from({ length: warmUpServers }, (_, index) => ({
      fqdn: index === 0 ? `other.${warmUpFqdn}` : warmUpFqdn,
      input: 1,
    })),
  } as const;
  let last: CheckReport | null = null;
  const context = {
    post: (message: WorkerResponse) => {
      if (message.type === 'report') last = message.report;
    },
    isCurrent: () => !signal.aborted,
    now: () => 0,
    after: () => new Promise<void>(() => undefined),
  };
  try {
    const [der] = ders;
    // Binary input (a dropped .cer file) takes a path of its own.
    if (der !== undefined) await parseInput(der);
    for (let round = 0; round < parserRounds && !signal.aborted; round += 1) {
      await runCheckJob(job, context);
      // A request waiting in the queue gets its turn between rounds.
      await pause();
      await Promise.all(ders.map((one) => exerciseParser(one).catch(() => false)));
    }
    if (last !== null && !signal.aborted) done(last);
  } catch {
    // A failed warm-up only means the first real check compiles the code itself.
  }
}

// The first check pays for compiling the parser, the name comparison and the checks, and for
// WebCrypto's first key import and signature verification: measured in Chromium, a cold first
// check of one server took about 17 ms, a warmed one about 10 (docs/design.md). The worker does
// that work on built-in certificates as soon as it starts; the first request with input stops it.
// Each round's server certificate is new bytes (warmUpVariant), so the parser runs every round.
import type { CheckRequestMessage, WorkerAnswer } from '../protocol.ts';
import { warmUpFqdn, warmUpPem, warmUpVariant } from './warm-up-certs.ts';

/** How the worker runs a check job (passed in: the worker module imports this one). */
type RunCheck = (
  request: CheckRequestMessage,
  context: {
    readonly post: (message: WorkerAnswer) => void;
    readonly isCurrent: () => boolean;
    readonly now: () => number;
    readonly after: (ms: number) => Promise<void>;
  },
) => Promise<void>;

// Rounds of the warm-up check: the JIT optimizes only code that ran several times.
const rounds = 16;

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
 * Runs checks of the built-in certificates until done or aborted; each round's report is the
 * worker's own, never sent. Resolves with the number of rounds run.
 */
export async function warmUp(runCheckJob: RunCheck, signal: AbortSignal): Promise<number> {
  // A whole job as the page sends one: text inputs read, described and checked against several
  // servers, one of them under a name its certificate does not carry (a failing check).
  const job = (round: number): CheckRequestMessage => ({
    type: 'check',
    id: 0,
    at: Date.now(),
    inputs: [
      { key: 'reference', text: warmUpPem },
      { key: 'server', text: warmUpVariant(round) },
    ],
    references: [0],
    servers: Array.from({ length: warmUpServers }, (_, index) => ({
      fqdn: index === 0 ? `other.${warmUpFqdn}` : warmUpFqdn,
      input: 1,
    })),
  });
  const context = {
    post: () => undefined,
    isCurrent: () => !signal.aborted,
    now: () => 0,
    after: () => new Promise<void>(() => undefined),
  };
  let round = 0;
  try {
    for (; round < rounds && !signal.aborted; round += 1) {
      await runCheckJob(job(round), context);
      // A request waiting in the queue gets its turn between rounds.
      await pause();
    }
  } catch {
    // A failed warm-up only means the first real check compiles the code itself.
  }
  return round;
}

// The first check on a fresh page pays for compiling the parser, the name comparison, the checks
// and the result renderer, and for WebCrypto's first RSA and ECDSA key imports. Doing that on
// built-in certificates while the browser is idle keeps it out of the user's first check. The
// warm-up sends nothing, stores nothing and shows nothing.
import {
  checkCertificates,
  exerciseParser,
  parseInput,
  type CheckReport,
} from '../../lib/cert/index.ts';
import { warmUpDers, warmUpFqdn, warmUpReferencePem, warmUpServerPem } from './warm-up-certs.ts';

// The parser dominates a first check with many certificates; the JIT fully optimizes it only
// after some dozens of runs.
const parserRounds = 16;

// Safari has no requestIdleCallback: there a short timeout gives one slice of work at a time.
function whenIdle(timeout: number): Promise<IdleDeadline | null> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(resolve, { timeout });
    else setTimeout(() => resolve(null), 20);
  });
}

/** Checks the built-in certificates once the browser is idle; null if aborted or failed. */
export async function warmUpWhenIdle(signal: AbortSignal): Promise<CheckReport | null> {
  await whenIdle(1000);
  if (signal.aborted) return null;
  const encoder = new TextEncoder();
  try {
    const [der] = warmUpDers();
    if (der !== undefined) await parseInput(der);
    return await checkCertificates({
      references: [encoder.encode(warmUpReferencePem)],
      servers: [{ fqdn: warmUpFqdn, input: encoder.encode(warmUpServerPem) }],
      at: new Date(),
    });
  } catch {
    // A failed warm-up only means the first real check compiles the code itself.
    return null;
  }
}

/** Runs the parser on the built-in certificates in idle time until done or aborted. */
export async function trainParserWhenIdle(signal: AbortSignal): Promise<void> {
  const ders = warmUpDers();
  let round = 0;
  while (round < parserRounds && !signal.aborted) {
    // A busy page may offer no idle period for long: then a slice runs after a short wait anyway.
    const deadline = await whenIdle(100);
    // A round takes a few milliseconds; fit as many as the idle period has room for.
    do {
      await Promise.all(ders.map((der) => exerciseParser(der).catch(() => false)));
      round += 1;
    } while (round < parserRounds && !signal.aborted && (deadline?.timeRemaining() ?? 0) > 10);
  }
}

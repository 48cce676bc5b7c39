// What both of the worker's jobs (a check in worker.ts, a split in split-job.ts) are given: where
// to report and whether they are still wanted, and their inputs' bytes.
import type { WorkerAnswer, WorkerInput } from '../protocol.ts';

/** Where a job reports to, and whether a newer request has superseded it. */
export interface JobContext {
  readonly post: (message: WorkerAnswer) => void;
  readonly isCurrent: () => boolean;
  /** Milliseconds, for spacing progress messages. */
  readonly now: () => number;
  /** Resolves after `ms` milliseconds (a test may resolve at once, or never). */
  readonly after: (ms: number) => Promise<void>;
}

const encoder = new TextEncoder();

/** An input's bytes; text is encoded here, off the page's main thread. */
export function inputBytes(input: WorkerInput): Uint8Array {
  return 'text' in input ? encoder.encode(input.text) : input.bytes;
}

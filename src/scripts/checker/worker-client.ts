// The page's side of the worker protocol: sends requests, says when one is slow, and replaces a
// worker that is stuck on a superseded request instead of waiting for it.
import type { CheckReport } from '../../lib/cert/types.ts';
import type { WorkerMessage, WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/** The part of a Worker the client uses. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
}

/** A check is slow, and shows progress, after this many milliseconds without an answer. */
export const slowAfterMs = 500;

/** A newer check replaces a worker still busy with an older one after this many milliseconds. */
export const restartAfterMs = 2000;

/** Sends requests to a worker made by `create`, answering through `onResponse`. */
export interface WorkerClient {
  send(request: WorkerRequest): void;
}

/** Options of the client; `timers` are the platform's or a test's. */
export interface ClientOptions {
  readonly create: () => WorkerLike;
  readonly onResponse: (message: WorkerResponse) => void;
  /** Receives the worker's warm-up report, which answers no request. */
  readonly onWarmed: (report: CheckReport) => void;
  readonly onSlow: (id: number) => void;
  readonly setTimer: (callback: () => void, ms: number) => unknown;
}

/** Creates the client; the worker starts at once so that it warms up while the user reads. */
export function createWorkerClient(options: ClientOptions): WorkerClient {
  const { create, onResponse, onWarmed, onSlow, setTimer } = options;
  // The requests still unanswered, and whether each has been waiting too long to wait for.
  const open = new Map<number, { stuck: boolean }>();
  let worker = start();

  function start(): WorkerLike {
    const created = create();
    created.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'warmed') {
        onWarmed(message.report);
        return;
      }
      if (message.type === 'report' || message.type === 'split' || message.type === 'failed') {
        open.delete(message.id);
      }
      onResponse(message);
    };
    return created;
  }

  return {
    send(request) {
      // A worker stuck on a superseded request would answer the new one only after it: a fresh
      // worker answers at once. Not sooner, since loading a worker is a request of its own.
      if (request.type === 'check' && [...open.values()].some((entry) => entry.stuck)) {
        worker.terminate();
        open.clear();
        worker = start();
      }
      const entry = { stuck: false };
      open.set(request.id, entry);
      setTimer(() => {
        if (open.has(request.id)) onSlow(request.id);
      }, slowAfterMs);
      setTimer(() => {
        entry.stuck = open.has(request.id);
      }, restartAfterMs);
      worker.postMessage(request);
    },
  };
}

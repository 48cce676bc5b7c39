// When a check runs and where. Typing waits for a pause so that results do not flicker with every
// key; whole inputs and buttons run at once. Checks run in the worker: a request that has waited
// half a second is slow (the page shows progress); a newer check replaces a worker stuck on a
// superseded one instead of waiting for it; a worker that crashed is said to have failed and is
// replaced by the next request. Which answer may show is the request id's business (reduce.ts).
// The worker and the timers are passed in, so all of this is tested without a browser.
import type { WorkerAnswer, WorkerRequest } from '../protocol.ts';
import type { Action } from './state.ts';

/** Typing pause before a debounced run, in milliseconds. */
export const typingPauseMs = 120;

/** A check is slow, and shows progress, after this many milliseconds without an answer. */
export const slowAfterMs = 500;

/** A newer check replaces a worker still busy with an older one after this many milliseconds. */
export const restartAfterMs = 2000;

/** The part of a Worker the page uses. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The timer functions used (the platform's, or a test's fake ones). */
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(handle: number | undefined): void;
}

/** What the checks are wired to. */
export interface ChecksOptions {
  readonly create: () => WorkerLike;
  /** Builds and sends the check of the current state (through `send`). */
  readonly run: () => void;
  readonly onAnswer: (message: WorkerAnswer) => void;
  readonly onSlow: (id: number) => void;
  /** The worker crashed: no open request will be answered. */
  readonly onFailed: () => void;
  readonly timers: Timers;
}

/** The page's checks. */
export interface Checks {
  /** Reacts to a change of the inputs. */
  changed(kind: 'typing' | 'whole'): void;
  /** Runs now, cancelling a debounced run that is still waiting. */
  runNow(): void;
  /** Ends start-up: until then every change waits, and start-up's own run covers them all. */
  start(): void;
  /** Sends a request to the worker, starting a new worker when needed. */
  send(request: WorkerRequest): void;
  /** Replaces the worker (after a failure, on Retry) and runs a check at once. */
  retry(): void;
}

/** Creates the checks; the worker starts at once so that it warms up while the user reads. */
export function createChecks(options: ChecksOptions): Checks {
  const { create, run, onAnswer, onSlow, onFailed, timers } = options;
  // The requests still unanswered, and whether each has been waiting too long to wait for.
  const open = new Map<number, { stuck: boolean }>();
  let worker: WorkerLike | null = start();
  let pause: number | undefined;
  let started = false;

  function start(): WorkerLike {
    const created = create();
    created.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'report' || message.type === 'split' || message.type === 'failed') {
        open.delete(message.id);
      }
      onAnswer(message);
    };
    created.onerror = () => {
      created.terminate();
      if (worker === created) worker = null;
      open.clear();
      onFailed();
    };
    return created;
  }

  function replace(): WorkerLike {
    worker?.terminate();
    open.clear();
    worker = start();
    return worker;
  }

  const runNow = (): void => {
    timers.clear(pause);
    pause = undefined;
    run();
  };

  return {
    changed(kind) {
      if (kind === 'whole' && started) {
        runNow();
        return;
      }
      timers.clear(pause);
      pause = timers.set(runNow, typingPauseMs);
    },
    runNow,
    start() {
      started = true;
    },
    send(request) {
      // A worker stuck on a superseded request would answer the new one only after it: a fresh
      // worker answers at once. Not sooner, since loading a worker is a request of its own.
      const stuck = request.type === 'check' && [...open.values()].some((entry) => entry.stuck);
      const target = worker === null || stuck ? replace() : worker;
      const entry = { stuck: false };
      open.set(request.id, entry);
      timers.set(() => {
        if (open.has(request.id)) onSlow(request.id);
      }, slowAfterMs);
      timers.set(() => {
        entry.stuck = open.has(request.id);
      }, restartAfterMs);
      target.postMessage(request);
    },
    retry() {
      replace();
      runNow();
    },
  };
}

/** How an action changes the inputs: checked after a typing pause, at once, or not at all. */
export function changeOf(action: Action): 'typing' | 'whole' | null {
  switch (action.type) {
    case 'edit-text':
      return action.field === 'bulk' ? null : action.kind;
    case 'edit-fqdn':
      return 'typing';
    case 'add-files':
    case 'remove-file':
    case 'refuse':
      return action.field === 'bulk' ? null : 'whole';
    case 'add-row':
      // An empty row changes no result; prefilled FQDNs may need their syntax shown.
      return action.fqdns.length > 0 ? 'whole' : null;
    case 'link':
    case 'remove-row':
    case 'clear':
    case 'set-day':
      return 'whole';
    case 'answer':
      return action.message.type === 'split' ? 'whole' : null;
    default:
      return null;
  }
}

// When the checker runs. Typing waits for a pause so results do not flicker with every key; whole
// inputs and buttons run at once. Which run may show its outcome is the request id's business
// (reduce-state.ts drops superseded answers). Timers are passed in, so this is tested without a
// browser.

/** Typing pause before a debounced run, in milliseconds. */
export const typingPauseMs = 120;

/** The timer functions the scheduler uses (the platform's, or a test's fake ones). */
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(handle: number | undefined): void;
}

/** Runs checks now or after a typing pause. */
export interface Scheduler {
  /** Reacts to a change of the inputs. */
  changed(kind: 'typing' | 'whole'): void;
  /** Runs now, cancelling a debounced run that is still waiting. */
  runNow(): void;
  /** Ends start-up: until then every change waits, and start-up's own run covers them all. */
  start(): void;
}

/** A scheduler that calls `run` for each check. */
export function createScheduler(run: () => void, timers: Timers): Scheduler {
  let timer: number | undefined;
  let started = false;
  const runNow = (): void => {
    timers.clear(timer);
    timer = undefined;
    run();
  };
  return {
    changed(kind) {
      if (kind === 'whole' && started) {
        runNow();
        return;
      }
      timers.clear(timer);
      timer = timers.set(runNow, typingPauseMs);
    },
    runNow,
    start() {
      started = true;
    },
  };
}

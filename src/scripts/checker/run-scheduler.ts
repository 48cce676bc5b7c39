// When the checker runs. Typing waits for a pause so results do not flicker with every key; whole
// inputs and buttons run at once. Only the newest run may show its outcome, so a slow older run
// never overwrites a newer one.
import type { ChangeKind } from './change-kind.ts';

/** Typing pause before a debounced run, in milliseconds. */
const typingPauseMs = 120;

/** Runs one check task now or after typing, dropping the outcome of superseded runs. */
export interface RunScheduler {
  /** Runs now, cancelling a debounced run that is still waiting. */
  run(): Promise<void>;
  /** Reacts to an edit of a field or FQDN, according to how it changed. */
  changed(kind: ChangeKind): void;
  /** Ends start-up: from now on whole inputs run at once. */
  start(): void;
}

/** A scheduler for `task`, which must drop its outcome once `isCurrent()` is false. */
export function createRunScheduler(
  task: (isCurrent: () => boolean) => Promise<void>,
): RunScheduler {
  const state = {
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    generation: 0,
    started: false,
  };
  const run = (): Promise<void> => {
    clearTimeout(state.timer);
    const current = ++state.generation;
    return task(() => current === state.generation);
  };
  return {
    run,
    changed(kind) {
      // Until start-up is done its own final run covers every replayed change.
      if (kind === 'typing' || !state.started) {
        clearTimeout(state.timer);
        state.timer = setTimeout(() => void run(), typingPauseMs);
      } else {
        void run();
      }
    },
    start() {
      state.started = true;
    },
  };
}

// The scheduler without a browser: typing waits for a pause, whole inputs and buttons run at
// once, start-up's own run covers the changes replayed before it.
import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  typingPauseMs,
  type Timers,
} from '../../../src/scripts/checker/scheduler.ts';

/** Fake timers: `advance` fires what is due. */
function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  return {
    set(callback, ms) {
      pending.set(next, { at: now + ms, callback });
      return next++;
    },
    clear(handle) {
      if (handle !== undefined) pending.delete(handle);
    },
    advance(ms) {
      now += ms;
      for (const [handle, timer] of [...pending]) {
        if (timer.at > now) continue;
        pending.delete(handle);
        timer.callback();
      }
    },
  };
}

type Step = { readonly do: 'typing' | 'whole' | 'run' | 'start'; readonly wait?: number };

const cases: readonly { name: string; input: readonly Step[]; want: number }[] = [
  {
    name: 'a keystroke runs after the typing pause',
    input: [{ do: 'start' }, { do: 'typing', wait: typingPauseMs }],
    want: 1,
  },
  {
    name: 'a keystroke does not run before the pause',
    input: [{ do: 'start' }, { do: 'typing', wait: typingPauseMs - 1 }],
    want: 0,
  },
  {
    name: 'keystrokes within the pause make one run',
    input: [
      { do: 'start' },
      { do: 'typing', wait: 50 },
      { do: 'typing', wait: 50 },
      { do: 'typing', wait: typingPauseMs },
    ],
    want: 1,
  },
  { name: 'a paste runs at once', input: [{ do: 'start' }, { do: 'whole' }], want: 1 },
  {
    name: 'a button run cancels the waiting keystroke run',
    input: [{ do: 'start' }, { do: 'typing' }, { do: 'run', wait: typingPauseMs * 2 }],
    want: 1,
  },
  { name: 'before start-up ends, a paste waits too', input: [{ do: 'whole', wait: 10 }], want: 0 },
];

describe('scheduler', () => {
  it.each(cases)('$name', ({ input, want }) => {
    const timers = fakeTimers();
    let runs = 0;
    const scheduler = createScheduler(() => (runs += 1), timers);
    for (const step of input) {
      if (step.do === 'start') scheduler.start();
      else if (step.do === 'run') scheduler.runNow();
      else scheduler.changed(step.do);
      timers.advance(step.wait ?? 0);
    }
    expect(runs).toBe(want);
  });
});

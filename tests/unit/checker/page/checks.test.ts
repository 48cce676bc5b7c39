// When and where checks run, without a browser: typing waits for a pause, whole inputs and buttons
// run at once, start-up's own run covers the changes replayed before it; slow requests are
// reported once, a newer check replaces a worker stuck on an older one, a crashed worker is said
// to have failed and replaced by the next request.
import { describe, expect, it } from 'vitest';
import {
  createChecks,
  restartAfterMs,
  slowAfterMs,
  typingPauseMs,
  type Timers,
  type WorkerLike,
} from '../../../../src/scripts/checker/page/checks.ts';
import type { WorkerAnswer, WorkerRequest } from '../../../../src/scripts/checker/protocol.ts';

/** Fake timers: `advance` fires what is due. */
function fakeTimers(): Timers & { advance(ms: number): void; delays(): number[] } {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; ms: number; callback: () => void }>();
  return {
    set(callback, ms) {
      pending.set(next, { at: now + ms, ms, callback });
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
    delays: () => [...pending.values()].map((timer) => timer.ms),
  };
}

interface FakeWorker extends WorkerLike {
  readonly received: WorkerRequest[];
  terminated: boolean;
  answer(message: WorkerAnswer): void;
  crash(): void;
}

function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    received: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      worker.received.push(message);
    },
    terminate() {
      worker.terminated = true;
    },
    answer(message) {
      worker.onmessage?.({ data: message } as MessageEvent<WorkerAnswer>);
    },
    crash() {
      worker.onerror?.(new Event('error') as ErrorEvent);
    },
  };
  return worker;
}

const check = (id: number): WorkerRequest => ({
  type: 'check',
  id,
  at: 0,
  inputs: [],
  references: [],
  servers: [],
});
const report = (id: number): WorkerAnswer => ({
  type: 'report',
  id,
  report: null,
  errors: [],
  recognized: [],
});

function setUp() {
  const workers: FakeWorker[] = [];
  const timers = fakeTimers();
  const events: string[] = [];
  let runs = 0;
  const checks = createChecks({
    create: () => {
      const worker = fakeWorker();
      workers.push(worker);
      return worker;
    },
    run: () => (runs += 1),
    onAnswer: (message) => events.push(`answer ${message.id}`),
    onSlow: (id) => events.push(`slow ${id}`),
    onFailed: () => events.push('failed'),
    timers,
  });
  return { checks, workers, timers, events, runs: () => runs };
}

type Step = { readonly do: 'typing' | 'whole' | 'run' | 'start'; readonly wait?: number };

const whenCases: readonly { name: string; input: readonly Step[]; want: number }[] = [
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

describe('when checks run', () => {
  it.each(whenCases)('$name', ({ input, want }) => {
    const { checks, timers, runs } = setUp();
    for (const step of input) {
      if (step.do === 'start') checks.start();
      else if (step.do === 'run') checks.runNow();
      else checks.changed(step.do);
      timers.advance(step.wait ?? 0);
    }
    expect(runs()).toBe(want);
  });
});

const whereCases: readonly {
  name: string;
  input: readonly ('send' | 'answer-last' | 'wait' | 'crash')[];
  want: { workers: number; events: string[]; terminated: boolean[] };
}[] = [
  {
    name: 'an answered request is never slow',
    input: ['send', 'answer-last', 'wait'],
    want: { workers: 1, events: ['answer 1'], terminated: [false] },
  },
  {
    name: 'an unanswered request is slow after half a second',
    input: ['send', 'wait'],
    want: { workers: 1, events: ['slow 1'], terminated: [false] },
  },
  {
    name: 'a newer check replaces a worker stuck on an older one',
    input: ['send', 'wait', 'send'],
    want: { workers: 2, events: ['slow 1'], terminated: [true, false] },
  },
  {
    name: 'a newer check while the older one is still young shares the worker',
    input: ['send', 'send'],
    want: { workers: 1, events: [], terminated: [false] },
  },
  {
    name: 'a crashed worker fails its request, which is then never slow',
    input: ['send', 'crash', 'wait'],
    want: { workers: 1, events: ['failed'], terminated: [true] },
  },
  {
    name: 'the request after a crash starts a new worker',
    input: ['send', 'crash', 'send', 'answer-last'],
    want: { workers: 2, events: ['failed', 'answer 2'], terminated: [true, false] },
  },
];

describe('where checks run', () => {
  it.each(whereCases)('$name', ({ input, want }) => {
    const { checks, workers, timers, events } = setUp();
    let id = 0;
    for (const step of input) {
      if (step === 'send') checks.send(check(++id));
      else if (step === 'answer-last') workers.at(-1)?.answer(report(id));
      else if (step === 'crash') workers.at(-1)?.crash();
      else timers.advance(restartAfterMs);
    }
    expect({
      workers: workers.length,
      events,
      terminated: workers.map((w) => w.terminated),
    }).toEqual(want);
  });

  it('waits only the slow and the restart delays', () => {
    const { checks, timers } = setUp();
    checks.send(check(1));
    expect(timers.delays().sort((a, b) => a - b)).toEqual([slowAfterMs, restartAfterMs]);
  });

  it('retry replaces the worker and runs a check at once', () => {
    const { checks, workers, runs } = setUp();
    checks.start();
    checks.retry();
    expect({ workers: workers.length, terminated: workers[0]?.terminated, runs: runs() }).toEqual({
      workers: 2,
      terminated: true,
      runs: 1,
    });
  });
});

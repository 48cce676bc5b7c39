// The page's side of the protocol without a browser: slow requests are reported once, a newer
// check replaces a worker stuck on a slow, superseded one, and the warm-up report, which answers
// no request, goes to a callback of its own.
import { describe, expect, it } from 'vitest';
import {
  createWorkerClient,
  restartAfterMs,
  slowAfterMs,
  type WorkerLike,
} from '../../../src/scripts/checker/worker-client.ts';
import type { CheckReport } from '../../../src/lib/cert/types.ts';
import type { WorkerMessage, WorkerRequest } from '../../../src/scripts/checker/worker-protocol.ts';

interface FakeWorker extends WorkerLike {
  readonly received: WorkerRequest[];
  terminated: boolean;
  answer(message: WorkerMessage): void;
}

function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    received: [],
    terminated: false,
    onmessage: null,
    postMessage(message) {
      worker.received.push(message);
    },
    terminate() {
      worker.terminated = true;
    },
    answer(message) {
      worker.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
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
const report = (id: number): WorkerMessage => ({
  type: 'report',
  id,
  report: null,
  results: [],
  errors: [],
  recognized: [],
});

function setUp() {
  const workers: FakeWorker[] = [];
  const timers: { ms: number; callback: () => void }[] = [];
  const slow: number[] = [];
  const answers: number[] = [];
  const warmed: CheckReport[] = [];
  const client = createWorkerClient({
    create: () => {
      const worker = fakeWorker();
      workers.push(worker);
      return worker;
    },
    onResponse: (message) => answers.push(message.id),
    onWarmed: (report) => warmed.push(report),
    onSlow: (id) => slow.push(id),
    setTimer: (callback, ms) => timers.push({ ms, callback }),
  });
  const fire = (): void => {
    for (const timer of timers.splice(0)) timer.callback();
  };
  return { client, workers, timers, slow, answers, warmed, fire };
}

const cases: readonly {
  name: string;
  input: readonly ('send' | 'answer-last' | 'wait')[];
  want: { workers: number; slow: number[]; terminated: boolean[] };
}[] = [
  {
    name: 'an answered request is never slow',
    input: ['send', 'answer-last', 'wait'],
    want: { workers: 1, slow: [], terminated: [false] },
  },
  {
    name: 'an unanswered request is slow after half a second',
    input: ['send', 'wait'],
    want: { workers: 1, slow: [1], terminated: [false] },
  },
  {
    name: 'a newer check replaces a worker stuck on an older one',
    input: ['send', 'wait', 'send'],
    want: { workers: 2, slow: [1], terminated: [true, false] },
  },
  {
    name: 'a newer check while the older one is still young shares the worker',
    input: ['send', 'send'],
    want: { workers: 1, slow: [], terminated: [false] },
  },
];

describe('worker client', () => {
  it.each(cases)('$name', ({ input, want }) => {
    const { client, workers, timers, slow, fire } = setUp();
    let id = 0;
    for (const step of input) {
      if (step === 'send') client.send(check(++id));
      else if (step === 'answer-last') workers.at(-1)?.answer(report(id));
      else fire();
    }
    expect(timers.every((timer) => [slowAfterMs, restartAfterMs].includes(timer.ms))).toBe(true);
    expect({ workers: workers.length, slow, terminated: workers.map((w) => w.terminated) }).toEqual(
      want,
    );
  });

  it('passes every answer on, with its request id', () => {
    const { client, workers, answers } = setUp();
    client.send(check(1));
    workers[0]?.answer({ type: 'progress', id: 1, done: 1, total: 2 });
    workers[0]?.answer(report(1));
    expect(answers).toEqual([1, 1]);
  });

  it('hands the warm-up report to its own callback, not on as an answer, and keeps requests open', () => {
    const { client, workers, answers, warmed, timers, slow } = setUp();
    client.send(check(1));
    const warmUpReport: CheckReport = {
      verdict: 'pass',
      checkedAt: new Date(0),
      referenceCas: [],
      servers: [],
      failures: [],
    };
    workers[0]?.answer({ type: 'warmed', report: warmUpReport });
    for (const timer of timers.splice(0)) timer.callback();
    expect({ answers, warmed, slow }).toEqual({ answers: [], warmed: [warmUpReport], slow: [1] });
  });
});

// The checker's module worker: parses and checks off the page's main thread, so no input, however
// large or hostile, can freeze the page. Only the newest request may answer.
import { runCheckJob, runSplitJob, type JobContext } from './check-job.ts';
import { warmUp } from './warm-up.ts';
import type { WorkerMessage, WorkerRequest } from './worker-protocol.ts';

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

// Checks and splits supersede their own kind only.
const latest = { check: 0, split: 0 };
// Requests arrive in order; each waits for the one before, so two jobs never share the CPU.
const stopWarmUp = new AbortController();
let queue: Promise<void> = warmUp(stopWarmUp.signal, (report) => {
  scope.postMessage({ type: 'warmed', report });
});

scope.addEventListener('message', (event) => {
  const request = event.data;
  latest[request.type] = Math.max(latest[request.type], request.id);
  // The checker's start-up check of empty fields may wait for the warm-up; real input may not.
  if (request.inputs.length > 0) stopWarmUp.abort();
  const context: JobContext = {
    post: (message) => scope.postMessage(message),
    isCurrent: () => request.id === latest[request.type],
    now: () => performance.now(),
    after: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  queue = queue.then(async () => {
    if (!context.isCurrent()) return;
    try {
      await (request.type === 'check'
        ? runCheckJob(request, context)
        : runSplitJob(request, context));
    } catch (error) {
      console.error(error);
      scope.postMessage({ type: 'failed', id: request.id });
    }
  });
});

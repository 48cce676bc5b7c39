// The worker's warm-up: it runs its rounds of checks of the built-in certificates to the end, and
// real input stops it at once.
import { describe, expect, it } from 'vitest';
import { warmUp } from '../../../../src/scripts/checker/worker/warm-up.ts';
import { runCheckJob } from '../../../../src/scripts/checker/worker/worker.ts';
import type { WorkerAnswer } from '../../../../src/scripts/checker/protocol.ts';

const cases: readonly { name: string; input: 'never' | 'at once'; want: number }[] = [
  { name: 'run to the end: every round', input: 'never', want: 16 },
  { name: 'stopped at once: no round', input: 'at once', want: 0 },
];

describe('warmUp', () => {
  it.each(cases)('$name', async ({ input, want }) => {
    const controller = new AbortController();
    if (input === 'at once') controller.abort();
    expect(await warmUp(runCheckJob, controller.signal)).toBe(want);
  });

  it('checks the built-in certificates, one server failing its host name', async () => {
    const reports: WorkerAnswer[] = [];
    const controller = new AbortController();
    await warmUp(async (request, context) => {
      await runCheckJob(request, { ...context, post: (message) => reports.push(message) });
      controller.abort();
    }, controller.signal);
    const [answer] = reports.filter((message) => message.type === 'report');
    const servers = answer?.type === 'report' ? (answer.report?.servers ?? []) : [];
    expect(servers.map((server) => server.verdict)).toEqual([
      'fail',
      ...Array.from({ length: 7 }, () => 'pass'),
    ]);
  });
});

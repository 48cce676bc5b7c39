// The worker's warm-up: run to the end, it hands over one report of the built-in certificates for
// the page to train its renderers on, with a failing server among passing ones so that failing
// checks are rendered too; stopped by real input, it hands over nothing.
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/lib/cert/types.ts';
import { warmUpFqdn } from '../../../src/scripts/checker/warm-up-certs.ts';
import { warmUp } from '../../../src/scripts/checker/warm-up.ts';

async function reportsOf(abortAfterRounds: number | null): Promise<CheckReport[]> {
  const controller = new AbortController();
  const reports: CheckReport[] = [];
  const warming = warmUp(controller.signal, (report) => reports.push(report));
  if (abortAfterRounds !== null) {
    // The warm-up pauses between rounds with a message to itself: abort during the first pause.
    await new Promise((resolve) => setTimeout(resolve, abortAfterRounds));
    controller.abort();
  }
  await warming;
  return reports;
}

const summary = (report: CheckReport) =>
  report.servers.map((server) => ({
    fqdn: server.fqdn,
    verdict: server.verdict,
    failing: server.checks.filter((check) => check.status === 'fail').map((check) => check.id),
  }));

const passing = { fqdn: warmUpFqdn, verdict: 'pass', failing: [] };

const cases: readonly { name: string; input: number | null; want: unknown }[] = [
  {
    name: 'run to the end: one report, the first server failing its host name',
    input: null,
    want: [
      [
        { fqdn: `other.${warmUpFqdn}`, verdict: 'fail', failing: ['hostname'] },
        ...Array.from({ length: 7 }, () => passing),
      ],
    ],
  },
  { name: 'aborted at once: no report', input: 0, want: [] },
];

describe('warmUp', () => {
  it.each(cases)('$name', async ({ input, want }) => {
    expect((await reportsOf(input)).map(summary)).toEqual(want);
  });
});

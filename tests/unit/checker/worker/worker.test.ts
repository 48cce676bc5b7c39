// The worker's jobs without a worker: every input described before the check, results carrying
// the index of their server, progress, and a superseded job that posts nothing more.
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CheckRequestMessage,
  WorkerAnswer,
} from '../../../../src/scripts/checker/protocol.ts';
import { runCheckJob } from '../../../../src/scripts/checker/worker/worker.ts';
import { runSplitJob } from '../../../../src/scripts/checker/worker/split-job.ts';
import { createTestPki, pemChain, pkcs7Der, type TestPki } from '../../../support/pki/index.ts';

let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki();
});

// A check's wait for its recognized-first delay: over at once (a slow check), or never (quick).
const delays = {
  over: () => Promise.resolve(),
  never: () => new Promise<void>(() => undefined),
} as const;

async function run(
  request: CheckRequestMessage,
  isCurrent: () => boolean = () => true,
  delay: keyof typeof delays = 'never',
): Promise<WorkerAnswer[]> {
  const posted: WorkerAnswer[] = [];
  let clock = 0;
  await runCheckJob(request, {
    post: (message) => posted.push(message),
    isCurrent,
    // Every reading is 150 ms later: each input posts progress.
    now: () => (clock += 150),
    after: delays[delay],
  });
  return posted;
}

describe('check job', () => {
  it('describes every input: format and certificate names, or the error', async () => {
    const { leaves, cas, privateKeyPem } = pki;
    const posted = await run({
      type: 'check',
      id: 1,
      at: pki.now.getTime(),
      inputs: [
        { key: 'pem', text: pemChain(leaves.pchat, cas.issuingCa1, cas.root) },
        { key: 'der', bytes: leaves.pchat.der },
        { key: 'p7b', bytes: pkcs7Der(leaves.frontEnd, cas.issuingCa1) },
        { key: 'base64', text: Buffer.from(leaves.pchat.der).toString('base64') },
        { key: 'garbage', text: 'hello world' },
        { key: 'key', text: privateKeyPem },
      ],
      references: [],
      servers: [],
    });
    // Nothing to check: the recognized lines come with the (empty) report.
    const report = posted.find((message) => message.type === 'report');
    const summary =
      report?.type === 'report'
        ? report.recognized.map(({ key, recognition }) =>
            recognition.ok
              ? [key, recognition.format, recognition.names.join(', ')]
              : [key, recognition.error.code],
          )
        : [];
    expect(summary).toEqual([
      ['pem', 'pem', 'pchat01.contoso.com, Contoso Issuing CA 1, Contoso Root CA'],
      ['der', 'der', 'pchat01.contoso.com'],
      ['p7b', 'pkcs7', 'fe01.contoso.com, Contoso Issuing CA 1'],
      ['base64', 'base64', 'pchat01.contoso.com'],
      ['garbage', 'no-certificate'],
      ['key', 'private-key'],
    ]);
    expect(posted.filter((message) => message.type === 'progress').length).toBeGreaterThan(0);
  });

  it('gives each result the index of the server it came from, skipping unusable ones', async () => {
    const { leaves } = pki;
    const posted = await run({
      type: 'check',
      id: 2,
      at: pki.now.getTime(),
      inputs: [
        { key: 'ref', text: pemChain(leaves.frontEnd, pki.cas.issuingCa1) },
        { key: 'a', text: 'not a certificate' },
        { key: 'b', text: leaves.pchat2.pem },
        { key: 'c', text: leaves.pchat.pem },
      ],
      references: [0],
      // Two servers share an FQDN on purpose: pairing never looks at FQDN text.
      servers: [
        { fqdn: leaves.pchat.fqdn, input: 1 },
        { fqdn: leaves.pchat.fqdn, input: 2 },
        { fqdn: leaves.pchat.fqdn, input: 3 },
      ],
    });
    const report = posted.find((message) => message.type === 'report');
    expect(
      report?.type === 'report'
        ? (report.report?.servers ?? []).map((result) => [
            result.index,
            result.details.subject.text,
          ])
        : [],
    ).toEqual([
      [1, expect.stringContaining('pchat02')],
      [2, expect.stringContaining('pchat01')],
    ]);
    expect(report?.type === 'report' ? report.errors.map((error) => error.key) : []).toEqual(['a']);
  });

  const orderCases: readonly {
    name: string;
    input: { currentFor: number; delay: keyof typeof delays };
    want: string[];
  }[] = [
    {
      name: 'superseded before it starts: posts nothing',
      input: { currentFor: 0, delay: 'never' },
      want: [],
    },
    {
      name: 'superseded while checking: posts no report',
      input: { currentFor: 1, delay: 'never' },
      want: ['progress'],
    },
    {
      name: 'superseded while checking slowly: the recognized lines, no report',
      input: { currentFor: 2, delay: 'over' },
      want: ['progress', 'recognized'],
    },
    {
      name: 'a quick check: the recognized lines come with the report',
      input: { currentFor: Infinity, delay: 'never' },
      want: ['progress', 'report'],
    },
    {
      name: 'a slow check: the recognized lines first, then the report',
      input: { currentFor: Infinity, delay: 'over' },
      want: ['progress', 'recognized', 'report'],
    },
  ];
  it.each(orderCases)('$name', async ({ input, want }) => {
    let calls = 0;
    const posted = await run(
      {
        type: 'check',
        id: 3,
        at: 0,
        inputs: [{ key: 'x', text: pki.leaves.pchat.pem }],
        references: [0],
        servers: [],
      },
      () => (calls += 1) <= input.currentFor,
      input.delay,
    );
    expect(posted.map((message) => message.type)).toEqual(want);
  });

  it('splits a bundle into its certificates for many servers at once', async () => {
    const posted: WorkerAnswer[] = [];
    const { leaves, cas } = pki;
    await runSplitJob(
      {
        type: 'split',
        id: 4,
        inputs: [{ key: 'bulk', bytes: pkcs7Der(leaves.pchat, leaves.pchat2, cas.issuingCa1) }],
      },
      {
        post: (message) => posted.push(message),
        isCurrent: () => true,
        now: () => 0,
        after: delays.never,
      },
    );
    const [split] = posted;
    expect(
      split?.type === 'split'
        ? split.inputs[0]?.certificates?.map((c) => [c.isCa, c.dnsNames[0] ?? null])
        : null,
    ).toEqual([
      [false, 'pchat01.contoso.com'],
      [false, 'pchat02.contoso.com'],
      [true, null],
    ]);
  });
});

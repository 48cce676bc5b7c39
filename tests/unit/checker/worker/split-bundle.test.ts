// Many servers at once given a bundle, in the worker without a worker (issue 22): which inputs may
// hold labels (only those load the bundle reader), and what a split answers for a bundle as
// Windows writes it: the summary, the references, each server's labels grouped with its role, and
// unlabelled PEM split by SAN as before; a bundle refused whole gives its error.
import { describe, expect, it } from 'vitest';
import type { WorkerAnswer, WorkerInput } from '../../../../src/scripts/checker/protocol.ts';
import { mayHoldLabels, runSplitJob } from '../../../../src/scripts/checker/worker/split-job.ts';
import {
  createTestPki,
  pemChain,
  snippetOutput,
  snippetPem,
  utf16,
  utf8,
  windowsUtf16,
} from '../../../support/pki/index.ts';

const pki = await createTestPki();

const labelCases: readonly { name: string; input: Uint8Array; want: boolean }[] = [
  { name: 'UTF-8, a label first', input: utf8('# fe01.contoso.com FrontEnd'), want: true },
  { name: 'UTF-8, a label after a line', input: utf8('WARNING: x\n# reference'), want: true },
  { name: 'UTF-8 with a byte order mark', input: utf8('\uFEFF# reference'), want: true },
  {
    name: 'UTF-16LE with a byte order mark, CRLF',
    input: windowsUtf16('x\n# reference'),
    want: true,
  },
  { name: 'UTF-16BE with a byte order mark', input: utf16('# reference', 'be'), want: true },
  { name: 'PEM without labels', input: utf8(pemChain(pki.leaves.pchat)), want: false },
  { name: 'a # inside a line', input: utf8('issue #22\nnothing'), want: false },
  {
    name: 'DER whose length byte is #',
    input: new Uint8Array([0x30, 0x82, 0x23, 0x10]),
    want: false,
  },
  { name: 'DER', input: pki.leaves.pchat.der, want: false },
];

async function split(inputs: WorkerInput[]): Promise<Extract<WorkerAnswer, { type: 'split' }>> {
  const posted: WorkerAnswer[] = [];
  await runSplitJob(
    { type: 'split', id: 1, inputs },
    {
      post: (message) => posted.push(message),
      isCurrent: () => true,
      now: () => 0,
      after: () => Promise.resolve(),
    },
  );
  const [answer] = posted;
  if (answer?.type !== 'split') throw new Error('no split answer');
  return answer;
}

describe('a bundle in many servers at once', () => {
  it.each(labelCases)('may hold labels: $name', ({ input, want }) => {
    expect(mayHoldLabels(input)).toBe(want);
  });

  it('splits the snippet’s output as Windows writes it into references and servers', async () => {
    const bytes = windowsUtf16(
      [
        snippetOutput(pki, 76),
        ...snippetPem('# pchat02.contoso.com PersistentChat Default', pki.leaves.pchat2),
        '# pchat03.contoso.com PersistentChat Default',
      ].join('\n'),
    );
    const [input] = (await split([{ key: 'bulk:paste', bytes }])).inputs;
    expect(input?.error).toBeNull();
    expect(input?.bundle?.summary).toEqual({
      references: 1,
      servers: 4,
      certificates: 4,
      ignoredLines: 1,
    });
    expect(input?.bundle?.references.map((one) => [one.name, one.label])).toEqual([
      ['# reference', 'reference'],
    ]);
    expect(
      input?.bundle?.servers.map((server) => ({
        fqdn: server.fqdn,
        role: server.role,
        certificates: server.certificates.map((one) => [one.name, one.problem?.key ?? null]),
      })),
    ).toEqual([
      {
        fqdn: 'fe01.contoso.com',
        role: 'front-end',
        certificates: [
          ['# fe01.contoso.com FrontEnd Default', null],
          ['# fe01.contoso.com FrontEnd WebServicesInternal', null],
        ],
      },
      {
        fqdn: 'pchat01.contoso.com',
        role: 'persistent-chat',
        certificates: [['# pchat01.contoso.com PersistentChat Default', null]],
      },
      {
        fqdn: 'pchat02.contoso.com',
        role: 'persistent-chat',
        certificates: [['# pchat02.contoso.com PersistentChat Default', null]],
      },
      {
        fqdn: 'pchat03.contoso.com',
        role: 'persistent-chat',
        certificates: [
          [
            '# pchat03.contoso.com PersistentChat Default',
            'bundle:input.error.label-without-certificate',
          ],
        ],
      },
    ]);
    expect(input?.certificates).toBeNull();
  });

  const wholeCases: readonly {
    name: string;
    input: string;
    want: { error: string | null; bundle: boolean; sans: (string | null)[] | null };
  }[] = [
    {
      name: 'unlabelled PEM before the first label is split by SAN, as before',
      input: [pemChain(pki.leaves.pchat2), ...snippetPem('# reference', pki.cas.issuingCa1)].join(
        '\n',
      ),
      want: { error: null, bundle: true, sans: ['pchat02.contoso.com'] },
    },
    {
      name: 'a # line without a label is read as before',
      input: '# a note\nnothing else',
      want: { error: 'no-certificate', bundle: false, sans: null },
    },
    {
      name: 'a comment above a label stays a comment',
      input: ['# exported today', ...snippetPem('# reference', pki.cas.issuingCa1)].join('\n'),
      want: { error: null, bundle: true, sans: null },
    },
    {
      name: 'a private key inside a bundle refuses it whole',
      input: [...snippetPem('# reference', pki.cas.issuingCa1), pki.privateKeyPem].join('\n'),
      want: { error: 'private-key', bundle: false, sans: null },
    },
    {
      name: 'more labels than the cap refuse it whole',
      input: Array.from({ length: 1001 }, (_, n) => `# s${n}.contoso.com FrontEnd Default`).join(
        '\n',
      ),
      want: { error: 'too-many-labels', bundle: false, sans: null },
    },
  ];
  it.each(wholeCases)('$name', async ({ input, want }) => {
    const [answer] = (await split([{ key: 'bulk:paste', text: input }])).inputs;
    expect({
      error: answer?.error?.code ?? null,
      bundle: answer?.bundle !== null,
      sans: answer?.certificates?.map((one) => one.dnsNames[0] ?? null) ?? null,
    }).toEqual(want);
  });
});

// The command line for the same servers over TLS, quoted for PowerShell and POSIX shells; the
// POSIX one is run through sh to prove that every argument arrives as written.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  buildCommandLine,
  roleFromLabel,
  type CommandLineRequest,
} from '../../../src/lib/command-line/build-command-line.ts';
import { quoteArgument } from '../../../src/lib/command-line/quote-argument.ts';

const fe = (fqdn: string) => ({ fqdn, role: 'front-end' as const });
const pc = (fqdn: string) => ({ fqdn, role: 'persistent-chat' as const });

describe('buildCommandLine', () => {
  it.each<{ name: string; input: CommandLineRequest; want: unknown }>([
    {
      name: 'Front End and Persistent Chat Servers, reference from the first Front End',
      input: {
        servers: [pc('pchat01.contoso.com'), fe('fe01.contoso.com'), fe('fe02.contoso.com')],
      },
      want: {
        ok: true,
        command:
          'pchat-certs check --reference tls:fe01.contoso.com:5061 --server pchat01.contoso.com=tls:5041 --server fe01.contoso.com=tls:5061 --server fe02.contoso.com=tls:5061',
      },
    },
    {
      name: 'a chosen date and a pool as reference',
      input: {
        servers: [pc('pchat01.contoso.com')],
        referenceHost: 'pool01.contoso.com',
        at: '2026-07-01',
      },
      want: {
        ok: true,
        command:
          'pchat-certs check --reference tls:pool01.contoso.com:5061 --server pchat01.contoso.com=tls:5041 --at 2026-07-01',
      },
    },
    {
      name: 'two labelled certificates of one Front End are one fetch',
      input: { servers: [fe('fe01.contoso.com'), fe('fe01.contoso.com')] },
      want: {
        ok: true,
        command:
          'pchat-certs check --reference tls:fe01.contoso.com:5061 --server fe01.contoso.com=tls:5061',
      },
    },
    { name: 'no server', input: { servers: [] }, want: { ok: false, code: 'no-server' } },
    {
      name: 'no Front End Server for the reference',
      input: { servers: [pc('pchat01.contoso.com')] },
      want: { ok: false, code: 'no-reference' },
    },
    {
      name: 'an FQDN that is not one',
      input: { servers: [fe("fe01.contoso.com'; rm -rf /")] },
      want: { ok: false, code: 'bad-fqdn', value: "fe01.contoso.com'; rm -rf /" },
    },
    {
      name: 'a date that does not exist',
      input: { servers: [fe('fe01.contoso.com')], at: '2026-02-30' },
      want: { ok: false, code: 'bad-date', value: '2026-02-30' },
    },
  ])('$name', ({ input, want }) => {
    expect(buildCommandLine(input, 'posix')).toEqual(want);
  });

  it('quotes an IDN the same way in both shells', () => {
    const request = { servers: [fe('münchen.contoso.com')] };
    expect([buildCommandLine(request, 'posix'), buildCommandLine(request, 'powershell')]).toEqual([
      {
        ok: true,
        command:
          "pchat-certs check --reference 'tls:münchen.contoso.com:5061' --server 'münchen.contoso.com=tls:5061'",
      },
      {
        ok: true,
        command:
          "pchat-certs check --reference 'tls:münchen.contoso.com:5061' --server 'münchen.contoso.com=tls:5061'",
      },
    ]);
  });
});

describe('quoteArgument', () => {
  const awkward = ["it's", 'a b', '$HOME', '`date`', '"x"', 'a;b', '*', '@splat', 'x\u2019y', ''];
  it.each(awkward.map((word) => ({ name: JSON.stringify(word), input: word, want: word })))(
    'POSIX sh gets $name back as one argument',
    ({ input, want }) => {
      const run = spawnSync('sh', ['-c', `printf '%s\\n' ${quoteArgument(input, 'posix')}`], {
        encoding: 'utf8',
      });
      expect(run.stdout).toBe(`${want}\n`);
    },
  );

  it.each([
    { name: 'plain', input: 'fe01.contoso.com=tls:5061', want: 'fe01.contoso.com=tls:5061' },
    { name: 'an apostrophe, doubled', input: "it's", want: "'it''s'" },
    { name: 'a typographic apostrophe, doubled too', input: 'x\u2019y', want: "'x\u2019\u2019y'" },
    { name: 'a variable stays literal', input: '$env:TEMP', want: "'$env:TEMP'" },
    { name: 'splatting stays literal', input: '@args', want: "'@args'" },
  ])('PowerShell: $name', ({ input, want }) => {
    expect(quoteArgument(input, 'powershell')).toBe(want);
  });

  it.each([
    { name: 'FrontEnd', input: 'FrontEnd Default WebServicesInternal', want: 'front-end' },
    { name: 'PersistentChat', input: 'PersistentChat Default', want: 'persistent-chat' },
    { name: 'anything else', input: 'Edge External', want: null },
  ])('roleFromLabel: $name', ({ input, want }) => {
    expect(roleFromLabel(input)).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.ts';

const base = ['check', '--reference', 'ca.pem', '--server', 'pc.contoso.com=pc.cer'];
const check = (more: object = {}) => ({
  kind: 'check',
  lang: undefined,
  references: ['ca.pem'],
  servers: [{ fqdn: 'pc.contoso.com', file: 'pc.cer' }],
  at: undefined,
  format: 'text',
  ...more,
});
const errors = (...list: [string, Record<string, string>?][]) => ({
  kind: 'error',
  lang: undefined,
  errors: list.map(([key, params = {}]) => ({ key, params })),
});

describe('parseArgs', () => {
  it.each([
    { name: 'minimal check', input: base, want: check() },
    {
      name: 'repeated options, = forms, file with =',
      input: [
        'check',
        '--reference=a.pem',
        '--reference',
        'b.p7b',
        '--server',
        'a.x=a=1.cer',
        '--server=b.x=-',
      ],
      want: check({
        references: ['a.pem', 'b.p7b'],
        servers: [
          { fqdn: 'a.x', file: 'a=1.cer' },
          { fqdn: 'b.x', file: '-' },
        ],
      }),
    },
    {
      name: 'options before the command',
      input: ['--format', 'json', ...base],
      want: check({ format: 'json' }),
    },
    { name: 'language', input: [...base, '--lang', 'de'], want: check({ lang: 'de' }) },
    {
      name: 'at',
      input: [...base, '--at', '2026-06-01'],
      want: check({ at: new Date('2026-06-01T00:00:00Z') }),
    },
    {
      name: 'help wins',
      input: [...base, '--format', 'xml', '-h'],
      want: { kind: 'help', lang: undefined },
    },
    {
      name: 'help in a language',
      input: ['--help', '--lang', 'it'],
      want: { kind: 'help', lang: 'it' },
    },
    { name: 'version', input: ['--version'], want: { kind: 'version', lang: undefined } },
    { name: 'no command', input: [], want: errors(['cli.error.missing-command']) },
    {
      name: 'unknown command',
      input: ['verify'],
      want: errors(['cli.error.unknown-command', { command: 'verify' }]),
    },
    {
      name: 'extra argument',
      input: [...base, 'x.pem'],
      want: errors(['cli.error.unexpected-argument', { value: 'x.pem' }]),
    },
    {
      name: 'unknown option',
      input: [...base, '-v'],
      want: errors(['cli.error.unknown-option', { option: '-v' }]),
    },
    {
      name: 'unknown long option with value',
      input: [...base, '--color=always'],
      want: errors(['cli.error.unknown-option', { option: '--color' }]),
    },
    {
      name: 'missing value at end',
      input: [...base, '--lang'],
      want: errors(['cli.error.missing-value', { option: '--lang' }]),
    },
    {
      name: 'option as value is a missing value',
      input: ['check', '--reference', '--server', 'a=b'],
      // The --reference is there, its value is not: one error says so.
      want: errors(['cli.error.missing-value', { option: '--reference' }]),
    },
    {
      name: 'empty value',
      input: [...base, '--format='],
      want: errors(['cli.error.missing-value', { option: '--format' }]),
    },
    {
      name: 'duplicate --at',
      input: [...base, '--at', '2026-01-01', '--at', '2026-01-02'],
      want: errors(['cli.error.duplicate-option', { option: '--at' }]),
    },
    {
      name: 'unknown lang',
      input: [...base, '--lang', 'fr'],
      want: errors(['cli.error.unknown-lang', { value: 'fr' }]),
    },
    {
      name: 'unknown format',
      input: [...base, '--format', 'html'],
      want: errors(['cli.error.unknown-format', { value: 'html' }]),
    },
    {
      name: 'server without =',
      input: ['check', '--reference', 'a', '--server', 'pc.cer'],
      // Only the malformed --server is wrong: saying that none was given would contradict it.
      want: errors(['cli.error.server-syntax', { value: 'pc.cer' }]),
    },
    {
      name: 'server without FQDN',
      input: [...base, '--server', '=pc.cer'],
      want: errors(['cli.error.server-syntax', { value: '=pc.cer' }]),
    },
    {
      name: 'server without file',
      input: [...base, '--server', 'pc.x='],
      want: errors(['cli.error.server-syntax', { value: 'pc.x=' }]),
    },
    {
      name: 'stdin twice',
      input: ['check', '--reference', '-', '--server', 'a.x=-'],
      want: errors(['cli.error.stdin-twice']),
    },
    {
      name: 'at without offset',
      input: [...base, '--at', '2026-06-01T00:00:00'],
      want: errors(['cli.error.at-no-offset', { value: '2026-06-01T00:00:00' }]),
    },
    {
      name: 'errors keep a valid language',
      input: [...base, '--lang', 'de', '--format', 'xml'],
      want: { ...errors(['cli.error.unknown-format', { value: 'xml' }]), lang: 'de' },
    },
  ])('$name', ({ input, want }) => {
    expect(parseArgs(input)).toEqual(want);
  });
});

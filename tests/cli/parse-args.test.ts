import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.ts';

const file = (path: string) => ({ kind: 'file', path });
const tls = (host: string | undefined, port: number) => ({ kind: 'tls', host, port });
const base = ['check', '--reference', 'ca.pem', '--server', 'pc.contoso.com=pc.cer'];
const check = (more: object = {}) => ({
  kind: 'check',
  lang: undefined,
  references: [file('ca.pem')],
  servers: [{ fqdn: 'pc.contoso.com', source: file('pc.cer') }],
  bundles: [],
  at: undefined,
  format: 'text',
  timeoutMs: 10_000,
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
        references: [file('a.pem'), file('b.p7b')],
        servers: [
          { fqdn: 'a.x', source: file('a=1.cer') },
          { fqdn: 'b.x', source: { kind: 'stdin' } },
        ],
      }),
    },
    {
      name: 'TLS sources: host and port, IPv6 in brackets, port only, file named tls:',
      input: [
        'check',
        '--reference',
        'tls:pool01.contoso.com:5061',
        '--reference=tls:[::1]:443',
        '--server',
        'pc.x=tls:5041',
        '--server',
        'fe.x=tls:127.0.0.1:5061',
        '--server',
        'f.x=./tls:5061',
        '--timeout',
        '2.5',
      ],
      want: check({
        references: [tls('pool01.contoso.com', 5061), tls('::1', 443)],
        servers: [
          { fqdn: 'pc.x', source: tls(undefined, 5041) },
          { fqdn: 'fe.x', source: tls('127.0.0.1', 5061) },
          { fqdn: 'f.x', source: file('./tls:5061') },
        ],
        timeoutMs: 2500,
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
      name: 'bundles alone: file and standard input, repeatable',
      input: ['check', '--bundle', 'certs.txt', '--bundle=-'],
      want: check({ references: [], servers: [], bundles: [file('certs.txt'), { kind: 'stdin' }] }),
    },
    {
      name: 'a bundle with --reference and --server',
      input: [...base, '--bundle', 'certs.txt'],
      want: check({ bundles: [file('certs.txt')] }),
    },
    {
      name: 'a bundle and a server both from standard input',
      input: ['check', '--bundle', '-', '--server', 'pc.contoso.com=-'],
      want: errors(['cli.error.stdin-twice']),
    },
    { name: 'snippet', input: ['snippet'], want: { kind: 'snippet', lang: undefined } },
    {
      name: 'snippet in German',
      input: ['snippet', '--lang', 'de'],
      want: { kind: 'snippet', lang: 'de' },
    },
    {
      name: 'snippet takes no input',
      input: ['snippet', '--bundle', 'x.txt'],
      want: errors(['cli.error.unexpected-argument', { value: '--bundle' }]),
    },
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
      name: 'a group of short options is one unknown option, even with -h in it',
      input: [...base, '-hv'],
      want: errors(['cli.error.unknown-option', { option: '-hv' }]),
    },
    {
      name: 'help given a value',
      input: [...base, '--help=yes'],
      want: errors(['cli.error.unknown-option', { option: '--help' }]),
    },
    {
      name: '-- is an unknown option, and options after it still count',
      input: [...base, '--', '--format', 'json'],
      want: errors(['cli.error.unknown-option', { option: '--' }]),
    },
    {
      name: 'each forgotten value is named, and the options after it still count',
      input: ['check', '--reference', '--server', '--lang', 'de'],
      want: {
        ...errors(
          ['cli.error.missing-value', { option: '--reference' }],
          ['cli.error.missing-value', { option: '--server' }],
        ),
        lang: 'de',
      },
    },
    {
      name: 'missing value at end',
      input: [...base, '--lang'],
      want: errors(['cli.error.missing-value', { option: '--lang' }]),
    },
    {
      name: 'option as value is a missing value',
      input: ['check', '--reference', '--server', 'a.x=b'],
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
    ...[
      { name: 'FQDN that is an IPv4 address', fqdn: '10.0.0.5', key: 'fqdn.ip' },
      { name: 'FQDN that is an IPv6 address', fqdn: '[fe80::1]', key: 'fqdn.ip' },
      { name: 'FQDN that is a wildcard', fqdn: '*.contoso.com', key: 'fqdn.wildcard' },
      { name: 'FQDN with an underscore', fqdn: 'foo_bar.example.com', key: 'fqdn.syntax' },
      { name: 'FQDN that is not a host name', fqdn: 'not a host!!', key: 'fqdn.syntax' },
      { name: 'FQDN of one label', fqdn: 'pchat01', key: 'fqdn.syntax' },
    ].map(({ name, fqdn, key }) => ({
      name,
      input: [...base, '--server', `${fqdn}=x.cer`],
      want: { ...errors(), errors: [{ key, params: { fqdn }, namespace: 'messages' }] },
    })),
    {
      name: 'FQDN with a trailing dot and spaces is kept, trimmed',
      input: ['check', '--reference', 'ca.pem', '--server', ' pc.contoso.com. =pc.cer'],
      want: check({ servers: [{ fqdn: 'pc.contoso.com.', source: file('pc.cer') }] }),
    },
    ...[
      { value: 'tls:', key: 'cli.error.tls-port' },
      { value: 'tls:host:', key: 'cli.error.tls-port' },
      { value: 'tls:host:0', key: 'cli.error.tls-port' },
      { value: 'tls:host:65536', key: 'cli.error.tls-port' },
      { value: 'tls:host:50x', key: 'cli.error.tls-port' },
      { value: 'tls:[::1]', key: 'cli.error.tls-port' },
      { value: 'tls:::1:5061', key: 'cli.error.tls-syntax' },
      { value: 'tls:[nope]:5061', key: 'cli.error.tls-syntax' },
      { value: 'tls:host name:5061', key: 'cli.error.tls-syntax' },
      { value: 'tls:https', key: 'cli.error.tls-syntax' },
    ].map(({ value, key }) => ({
      name: `server source ${value}`,
      input: [...base, '--server', `a.x=${value}`],
      want: errors([key, { value }]),
    })),
    {
      name: 'reference over TLS needs a host',
      input: ['check', '--reference', 'tls:5061', '--server', 'a.x=a.cer'],
      // The --reference is there, its value unusable: one error says so.
      want: errors(['cli.error.tls-host-missing', { value: 'tls:5061' }]),
    },
    ...['0', '-1', 'ten', '601', '1e3'].map((value) => ({
      name: `timeout ${value}`,
      input: [...base, `--timeout=${value}`],
      want: errors(['cli.error.timeout-invalid', { value }]),
    })),
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

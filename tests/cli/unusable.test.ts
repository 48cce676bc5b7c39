// Exit status 2: nothing on standard output, and standard error names every unusable input.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

let fx: CliFixtures;
beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
});

// `@name` in an argument is replaced by the fixture's path, `<dir>` by the fixtures' folder.
const resolve = (args: readonly string[]): string[] =>
  args.map((a) =>
    a === '<dir>' ? fx.dir : a.replace(/@([\w.-]+)/g, (_, name: string) => fx.path(name)),
  );
const ok = ['--reference', '@frontend.pem', '--server', 'pchat01.contoso.com=@pchat.pem'];

describe('unusable arguments and inputs exit 2 and write nothing to standard output', () => {
  it.each([
    { name: 'no command', input: { args: [] }, want: ['No command given'] },
    {
      name: 'unknown command',
      input: { args: ['verify', ...ok] },
      want: ['Unknown command "verify"'],
    },
    {
      name: 'unknown option',
      input: { args: ['check', ...ok, '--colour'] },
      want: ['Unknown option: --colour'],
    },
    {
      name: 'unknown language',
      input: { args: ['check', ...ok, '--lang', 'fr'] },
      want: ['Unknown language "fr"'],
    },
    {
      name: 'unknown format',
      input: { args: ['check', ...ok, '--format', 'xml'] },
      want: ['Unknown format "xml"'],
    },
    {
      name: 'missing value',
      input: { args: ['check', ...ok, '--at'] },
      want: ['Option --at needs a value'],
    },
    {
      name: 'no reference',
      input: { args: ['check', '--server', 'a.contoso.com=@pchat.pem'] },
      want: ['At least one --reference FILE or --bundle FILE is required.'],
    },
    {
      name: 'no server',
      input: { args: ['check', '--reference', '@frontend.pem'] },
      want: ['At least one --server FQDN=FILE or --bundle FILE is required.'],
    },
    {
      name: 'server without =',
      input: { args: ['check', ...ok, '--server', '@pchat.pem'] },
      want: ['--server needs FQDN=FILE'],
    },
    {
      name: 'FQDN with an underscore',
      input: { args: ['check', ...ok, '--server', 'foo_bar.example.com=@pchat.pem'] },
      want: ['"foo_bar.example.com" is not a valid FQDN'],
    },
    {
      name: 'FQDN that is an IP address, in Italian',
      input: { args: ['check', ...ok, '--lang', 'it', '--server', '10.0.0.5=@pchat.pem'] },
      want: ['"10.0.0.5" è un indirizzo IP'],
    },
    {
      name: 'stdin twice',
      input: { args: ['check', '--reference', '-', '--server', 'a.contoso.com=-'] },
      want: ['Standard input (-) can be used for one file only'],
    },
    {
      name: 'german errors',
      input: { args: ['check', ...ok, '--format', 'xml', '--lang', 'de'] },
      want: ['Unbekanntes Format „xml“'],
    },
    {
      name: 'private key as reference',
      input: {
        args: ['check', '--reference', '@key.pem', '--server', 'pchat01.contoso.com=@pchat.pem'],
      },
      want: ['Reference certificate 1 (@key.pem)', 'Private keys are never accepted'],
      // A key file holds no certificate to export (review, English point 8).
      unwanted: ['PFX', 'openssl pkcs12'],
    },
    {
      name: 'PFX file as server, with the export command',
      input: {
        args: [
          'check',
          '--reference',
          '@frontend.pem',
          '--server',
          'pchat01.contoso.com=@cert.pfx',
        ],
      },
      want: [
        'Server pchat01.contoso.com (@cert.pfx)',
        'This is a PKCS #12 file (.pfx or .p12)',
        'To export only the certificates from a PFX file, you can also run:',
        'openssl pkcs12 -in FILE.pfx -nokeys -out certificate.pem',
      ],
    },
    {
      name: 'private key as server',
      input: {
        args: ['check', '--reference', '@frontend.pem', '--server', 'pchat01.contoso.com=@key.pem'],
      },
      want: ['Server pchat01.contoso.com (@key.pem)', 'Private keys are never accepted'],
    },
    {
      name: 'private key from standard input',
      input: {
        args: ['check', '--reference', '@frontend.pem', '--server', 'pchat01.contoso.com=-'],
        stdin: 'key.pem',
      },
      want: ['Server pchat01.contoso.com (standard input)', 'Private keys are never accepted'],
    },
    {
      name: 'every unusable input is named',
      input: {
        args: [
          'check',
          '--reference',
          '@missing.pem',
          '--reference',
          '@empty.pem',
          '--server',
          'pchat01.contoso.com=@not-a-cert.txt',
          '--server',
          'pchat02.contoso.com=@pchat.pem',
          '--server',
          'pchat03.contoso.com=@key.pem',
        ],
      },
      want: [
        'Reference certificate 1 (@missing.pem)',
        'The file does not exist',
        'Reference certificate 2 (@empty.pem)',
        'Server pchat01.contoso.com (@not-a-cert.txt)',
        'Server pchat03.contoso.com (@key.pem)',
      ],
    },
    {
      name: 'a folder',
      input: {
        args: ['check', '--reference', '<dir>', '--server', 'pchat01.contoso.com=@pchat.pem'],
      },
      want: ['This is a folder, not a file'],
    },
    {
      name: 'german input error',
      input: {
        args: [
          'check',
          '--lang',
          'de',
          '--reference',
          '@key.pem',
          '--server',
          'pchat01.contoso.com=@pchat.pem',
        ],
      },
      want: ['Referenzzertifikat 1 (@key.pem)', 'privaten Schlüssel'],
      unwanted: ['PFX-Datei'],
    },
  ])('$name', ({ input, want, ...rest }) => {
    const stdin = 'stdin' in input ? input.stdin : undefined;
    const run = runCli(resolve(input.args), {
      ...(stdin === undefined ? {} : { stdin: readFileSync(fx.path(stdin)) }),
    });
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    // Wrapped at 80 columns: compare with single spaces, ignoring case.
    const flat = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();
    for (const text of resolve(want)) expect(flat(run.stderr)).toContain(flat(text));
    const unwanted = 'unwanted' in rest ? rest.unwanted : [];
    for (const text of unwanted) expect(flat(run.stderr)).not.toContain(flat(text));
    expect(run.stderr.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });
});

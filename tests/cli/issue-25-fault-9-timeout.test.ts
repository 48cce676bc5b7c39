// Issue 25, fault 9: `--timeout 0.0001` was accepted and became 0 ms, so every fetch "did not
// answer within 0.0001 seconds". A wait under 0.1 s is an argument error now: exit 2, before any
// connection, with the localized message that says the range.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.ts';
import { ensureCliBuilt, runCliAsync } from './support/cli-process.ts';
import { startServer, type TestServer } from './support/tls-servers.ts';

// Each test runs the real CLI in a child process; a busy machine makes that slow.
vi.setConfig({ testTimeout: 60_000 });

const base = ['check', '--reference', 'ca.pem', '--server', 'pchat01.contoso.com=tls:5041'];

describe('issue 25 fault 9: --timeout is at least 0.1 seconds', () => {
  it.each([
    { name: 'a ten-thousandth of a second', input: '0.0001', want: null },
    { name: 'rounds to 0 ms', input: '0.0004', want: null },
    { name: 'rounds to 1 ms', input: '0.0005', want: null },
    { name: 'just under the least', input: '0.099', want: null },
    { name: 'zero with decimals', input: '0.000', want: null },
    { name: 'the least', input: '0.1', want: 100 },
    { name: 'the least with trailing zeros', input: '0.1000', want: 100 },
    { name: 'a quarter of a second more', input: '0.35', want: 350 },
    { name: 'the most', input: '600', want: 600_000 },
  ])('$name: $input', ({ input, want }) => {
    const parsed = parseArgs([...base, '--timeout', input]);
    if (want === null) {
      expect(parsed).toEqual({
        kind: 'error',
        lang: undefined,
        errors: [{ key: 'cli.error.timeout-invalid', params: { value: input } }],
      });
    } else {
      expect(parsed).toMatchObject({ kind: 'check', timeoutMs: want });
    }
  });
});

describe('issue 25 fault 9: the CLI refuses a tiny --timeout before connecting', () => {
  let server: TestServer;
  beforeAll(async () => {
    ensureCliBuilt();
    // A server that accepts and never answers: reached at all, it would be a timed-out fetch.
    server = await startServer({ kind: 'silent' });
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([
    {
      name: 'English',
      input: 'en',
      want: '--timeout "0.0001" is not valid: give a number of seconds from 0.1 to 600 (with a decimal point, for example 2.5).',
    },
    {
      name: 'German',
      input: 'de',
      want: '--timeout „0.0001“ ist ungültig: Geben Sie eine Anzahl Sekunden von 0.1 bis 600 an (mit Dezimalpunkt, zum Beispiel 2.5).',
    },
    {
      name: 'Italian',
      input: 'it',
      want: '--timeout "0.0001" non è valido: specificare un numero di secondi da 0.1 a 600 (con il punto decimale, ad esempio 2.5).',
    },
  ])('$name', async ({ input, want }) => {
    const run = await runCliAsync([
      'check',
      '--lang',
      input,
      '--reference',
      `tls:127.0.0.1:${server.port}`,
      '--server',
      `pchat01.contoso.com=tls:127.0.0.1:${server.port}`,
      '--timeout',
      '0.0001',
    ]);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    const lines = run.stderr.trimEnd().split('\n');
    // One message (wrapped at 80 columns), then the pointer to --help.
    expect(lines.slice(0, -1).join(' ').replace(/\s+/g, ' ')).toBe(`pchat-certs: ${want}`);
    expect(lines).toHaveLength(3);
  });
});

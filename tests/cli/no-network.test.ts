// Issue 11: without a `tls:` source the CLI makes no network request. The runs below preload a
// module that makes every connection and name lookup throw and report itself; the last row
// shows that the preload does catch a run that connects.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureCliBuilt, runCliAsync } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

// Each test runs the real CLI (in a child process or in-process); a busy machine makes that slow.
vi.setConfig({ testTimeout: 60_000 });

const preload = ['--import', './tests/cli/support/deny-network.mjs'];
let fx: CliFixtures;
beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
});

describe('no network request without a tls: source', () => {
  it.each([
    {
      name: 'files, text',
      input: () => ['pchat01.contoso.com=' + fx.path('pchat.pem')],
      want: { code: 0, denied: false },
    },
    {
      name: 'files, json',
      input: () => ['pchat01.contoso.com=' + fx.path('pchat.pem'), '--format', 'json'],
      want: { code: 0, denied: false },
    },
    {
      name: 'a file named like a host',
      input: () => ['pchat01.contoso.com=pchat01.contoso.com:5061'],
      want: { code: 2, denied: false },
    },
    {
      name: 'a tls: source is caught',
      input: () => ['pchat01.contoso.com=tls:127.0.0.1:5061'],
      want: { code: 2, denied: true },
    },
  ])('$name', async ({ input, want }) => {
    const [server, ...extra] = input();
    const run = await runCliAsync(
      [
        'check',
        '--reference',
        fx.path('frontend.pem'),
        '--server',
        server ?? '',
        '--at',
        fx.now,
        ...extra,
      ],
      { nodeOptions: preload },
    );
    expect({ code: run.code, denied: run.stderr.includes('network-denied') }).toEqual(want);
  });

  it('standard input, without a tls: source', async () => {
    const run = await runCliAsync(
      [
        'check',
        '--reference',
        fx.path('frontend.pem'),
        '--server',
        'pchat01.contoso.com=-',
        '--at',
        fx.now,
      ],
      { nodeOptions: preload, stdin: readFileSync(fx.path('pchat.pem')) },
    );
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  });
});

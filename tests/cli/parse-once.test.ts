// Issue 13: the CLI parses each input once; the problems it names and the check use that parse.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { parseInput } from '../../src/lib/cert/parse-input.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

// Each test runs the real CLI (in a child process or in-process); a busy machine makes that slow.
vi.setConfig({ testTimeout: 60_000 });

vi.mock('../../src/lib/cert/parse-input.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/cert/parse-input.ts')>();
  return { ...actual, parseInput: vi.fn(actual.parseInput) };
});

let fx: CliFixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

const runWith = (servers: readonly string[]) =>
  run({
    argv: [
      'check',
      '--reference',
      fx.path('frontend.pem'),
      ...servers.flatMap((s) => [
        '--server',
        s.replace(/=(.*)$/, (_, f: string) => `=${fx.path(f)}`),
      ]),
      '--at',
      fx.now,
    ],
    env: {},
    stdin: async function* () {},
    stdout: async () => undefined,
    stderr: async () => undefined,
    stdoutIsTty: false,
    now: () => new Date(0),
    version: '0.0.0',
  });

describe('each input is parsed once', () => {
  it.each([
    {
      name: 'usable inputs',
      input: ['pchat01.contoso.com=pchat.pem', 'pchat02.contoso.com=pchat2.p7b'],
      want: { code: 0, parses: 3 },
    },
    {
      name: 'an unusable input',
      input: ['pchat01.contoso.com=pchat.pem', 'pchat02.contoso.com=key.pem'],
      want: { code: 2, parses: 3 },
    },
    {
      name: 'an unreadable file is not parsed',
      input: ['pchat01.contoso.com=missing.pem'],
      want: { code: 2, parses: 1 },
    },
  ])('$name', async ({ input, want }) => {
    vi.mocked(parseInput).mockClear();
    const code = await runWith(input);
    expect({ code, parses: vi.mocked(parseInput).mock.calls.length }).toEqual(want);
  });
});

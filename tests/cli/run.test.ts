// run() in-process, for what a child process cannot show: a terminal, and NO_COLOR.
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

let fx: CliFixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

async function runInProcess(tty: boolean, env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv: [
      'check',
      '--reference',
      fx.path('frontend.pem'),
      '--server',
      `pchat01.contoso.com=${fx.path('pchat.pem')}`,
      '--at',
      fx.now,
    ],
    env,
    stdin: async function* () {},
    stdout: async (text) => {
      stdout += text;
    },
    stderr: async (text) => {
      stderr += text;
    },
    stdoutIsTty: tty,
    now: () => new Date(0),
    version: '0.0.0',
  });
  return { code, stderr, color: stdout.includes('\u001b['), word: stdout.includes('PASS]') };
}

describe('colour only on a terminal without NO_COLOR', () => {
  it.each([
    { name: 'terminal', input: { tty: true, env: {} }, want: true },
    { name: 'terminal with NO_COLOR', input: { tty: true, env: { NO_COLOR: '1' } }, want: false },
    {
      name: 'terminal with empty NO_COLOR',
      input: { tty: true, env: { NO_COLOR: '' } },
      want: false,
    },
    { name: 'pipe', input: { tty: false, env: {} }, want: false },
  ])('$name', async ({ input, want }) => {
    expect(await runInProcess(input.tty, input.env)).toEqual({
      code: 0,
      stderr: '',
      color: want,
      word: true,
    });
  });
});

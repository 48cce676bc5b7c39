// What the CLI writes for people, in every language, read as they read it: the text and Markdown
// reports of a run with findings, --help, and the message for unusable input.
import { beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages.ts';
import { unreadableParts } from '../support/readable-text.ts';
import { ensureCliBuilt, runCli } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';

let fx: CliFixtures;
beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
});

// Usages named by Windows, the last day before expiry, a certificate without EKU, another CA.
const servers = [
  'pchat41.contoso.com=eku-mixed.pem',
  'pchat42.contoso.com=expiring-today.pem',
  'pchat20.contoso.com=no-eku.pem',
  'pchat04.contoso.com=ca2.pem',
  'pchat01.contoso.com=pchat.pem',
];

/** A check of `servers` against the Front End certificate at the test PKI's instant. */
const report = (format: 'text' | 'markdown'): string[] => [
  'check',
  '--reference',
  fx.path('frontend.pem'),
  ...servers.flatMap((s) => ['--server', s.replace(/=(.*)$/, (_, f: string) => `=${fx.path(f)}`)]),
  '--at',
  fx.now,
  '--format',
  format,
];

const runs: Readonly<Record<string, () => string[]>> = {
  'the text report': () => report('text'),
  'the Markdown report': () => report('markdown'),
  '--help': () => ['--help'],
  'unusable input': () => [
    'check',
    '--reference',
    fx.path('key.pem'),
    '--server',
    `pchat01.contoso.com=${fx.path('cert.pfx')}`,
  ],
};

describe.each(languages.map((lang) => ({ lang })))('pchat-certs in $lang', ({ lang }) => {
  it.each(Object.keys(runs).map((name) => ({ name })))('$name reads right', ({ name }) => {
    const run = runCli([...(runs[name]?.() ?? []), '--lang', lang]);
    const said = `${run.stdout}\n${run.stderr}`;
    expect(said.length).toBeGreaterThan(200);
    expect(unreadableParts(said, lang)).toEqual([]);
  });
});

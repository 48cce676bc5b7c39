// Issue 24, item 3: a run reads only the code its inputs and command need, and the strings of the
// one language it speaks. The bundle is split at the CLI's dynamic imports; a preload records
// which of its files (and whether Node's TLS module) each run loaded, and every chunk is named by
// what only it holds.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestRequests } from '../support/pki/index.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';
import { ensureCliBuilt, runCliAsync } from './support/cli-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const distCli = join(import.meta.dirname, '..', '..', 'dist-cli');
const preload = join(import.meta.dirname, 'support', 'record-modules.mjs');

/** Each chunk that only some runs need, found by a text that only its code holds. */
const markers = {
  tls: '"node:tls"',
  snippet: 'Get-CsCertificate',
  schemaParser: 'Cannot get schema',
  requestReader: '1.3.6.1.4.1.311.20.2',
  // Each language's strings, by an ASCII text of its own (other letters are escaped in the bundle).
  en: 'Persistent Chat certificates',
  de: 'Zum Hauptinhalt springen',
  it: 'Certificati per Chat persistente',
} as const;
type Part = keyof typeof markers;

let fx: CliFixtures;
let requestFile = '';
const chunkOf = {} as Record<Part, string>;

beforeAll(async () => {
  ensureCliBuilt();
  fx = await writeFixtures();
  requestFile = join(fx.dir, 'good.csr');
  writeFileSync(requestFile, (await createTestRequests()).good.pem);
  const files = readdirSync(distCli).filter((name) => name.endsWith('.mjs'));
  for (const part of Object.keys(markers) as Part[]) {
    const holding = files.filter((f) =>
      readFileSync(join(distCli, f), 'utf8').includes(markers[part]),
    );
    // One chunk each, and never the entry that every run loads.
    expect(holding, part).toHaveLength(1);
    expect(holding[0], part).not.toBe('pchat-certs.mjs');
    chunkOf[part] = holding[0] ?? '';
  }
});

/**
 * What a run of the real CLI loaded: its exit code, the parts it read, Node's TLS or not, and
 * Node's fs/promises or not (which an ESM import of node:fs loads, with streams and readline).
 */
async function loadedBy(args: (fx: CliFixtures) => string[]) {
  const record = join(mkdtempSync(join(tmpdir(), 'pchat-lazy-')), 'loaded.json');
  const run = await runCliAsync(args(fx), {
    nodeOptions: ['--import', preload],
    env: { PCHAT_TEST_LOADED: record },
  });
  const { loaded, tls, fsPromises } = JSON.parse(readFileSync(record, 'utf8')) as {
    loaded: string[];
    tls: boolean;
    fsPromises: boolean;
  };
  const parts = (Object.keys(markers) as Part[]).filter((part) =>
    loaded.some((url) => url.endsWith(`/dist-cli/${chunkOf[part]}`)),
  );
  const bundleFiles = loaded.flatMap((url) => /\/dist-cli\/([^/]+)$/.exec(url)?.[1] ?? []);
  return { code: run.code, parts, nodeTls: tls, nodeFsPromises: fsPromises, bundleFiles };
}

const check = (fx: CliFixtures, server: string) => [
  'check',
  '--reference',
  fx.path('frontend.pem'),
  '--server',
  server,
  '--at',
  fx.now,
];

describe('a run loads only what its inputs need', () => {
  it.each([
    {
      name: 'one PEM server from a file: English only; no TLS, schema parser or request reader',
      input: (f: CliFixtures) => check(f, `pchat01.contoso.com=${f.path('pchat.pem')}`),
      want: { code: 0, parts: ['en'], nodeTls: false, nodeFsPromises: false },
    },
    {
      name: 'the same in German: the German strings, not the English or Italian ones',
      input: (f: CliFixtures) => [
        ...check(f, `pchat01.contoso.com=${f.path('pchat.pem')}`),
        '--lang',
        'de',
      ],
      want: { code: 0, parts: ['de'], nodeTls: false, nodeFsPromises: false },
    },
    {
      name: 'help in Italian: the Italian strings only',
      input: () => ['--help', '--lang', 'it'],
      want: { code: 0, parts: ['it'], nodeTls: false, nodeFsPromises: false },
    },
    {
      name: 'a PKCS#7 bundle from a file: the same',
      input: (f: CliFixtures) => check(f, `pchat02.contoso.com=${f.path('pchat2.p7b')}`),
      want: { code: 0, parts: ['en'], nodeTls: false, nodeFsPromises: false },
    },
    {
      name: 'help: nothing but the entry and the English strings',
      input: () => ['--help'],
      want: { code: 0, parts: ['en'], nodeTls: false, nodeFsPromises: false },
    },
    {
      name: 'the snippet command: its text (and the strings, as every command)',
      input: () => ['snippet'],
      want: { code: 0, parts: ['snippet', 'en'], nodeTls: false, nodeFsPromises: false },
    },
    {
      name: 'a request as the server input: the request reader and the schema parser it uses',
      input: (f: CliFixtures) => check(f, `pchat01.contoso.com=${requestFile}`),
      want: {
        code: 0,
        parts: ['schemaParser', 'requestReader', 'en'],
        nodeTls: false,
        nodeFsPromises: false,
      },
    },
    {
      name: 'a tls: source (a closed loopback port): TLS only',
      input: (f: CliFixtures) => [
        ...check(f, 'pchat01.contoso.com=tls:127.0.0.1:1'),
        '--timeout',
        '5',
      ],
      want: { code: 2, parts: ['tls', 'en'], nodeTls: true, nodeFsPromises: false },
    },
  ])('$name', async ({ input, want }) => {
    const { code, parts, nodeTls, nodeFsPromises } = await loadedBy(input);
    expect({ code, parts, nodeTls, nodeFsPromises }).toEqual(want);
  });

  // Each file costs a run its own look-up, read and code-cache read: a check of files from the
  // command line reads the entry and its language's strings, nothing it shares with a lazy part.
  it('one PEM server from a file: two files of the bundle, the entry and its strings', async () => {
    const { bundleFiles } = await loadedBy((f) =>
      check(f, `pchat01.contoso.com=${f.path('pchat.pem')}`),
    );
    expect(bundleFiles).toEqual(['pchat-certs.mjs', chunkOf.en]);
  });
});

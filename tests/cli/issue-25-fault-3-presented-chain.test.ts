// Issue 25, fault 3: `tls:` rebuilt the chain by following Node's issuer links (name and key
// identifier), so a certificate off that path disappeared. A server presenting [impostor leaf,
// real CA, impostor CA] gave a warning and exit 0 over `tls:`, but a failure and exit 1 from the
// same certificates in a file. Every certificate presented is kept now, in the order presented,
// and where the handshake ended before the server proved its key, the report says so.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchChain } from '../../src/cli/fetch-chain.ts';
import { createTestPki, pemChain, type TestCert } from '../support/pki/index.ts';
import { ensureCliBuilt, findNode20, runCliAsync, type CliRun } from './support/cli-process.ts';
import { writeFixtures, type CliFixtures } from './support/fixtures.ts';
import { keyedServerCert } from './support/server-certs.ts';
import { startServer, type ServerSpec, type TestServer } from './support/tls-servers.ts';

// Each test runs the real CLI in a child process; a busy machine makes that slow.
vi.setConfig({ testTimeout: 60_000 });

type Chain = 'impostor' | 'strays';
type ServerName = 'tls12' | 'tls13' | 'mtls12' | 'mtls13' | 'strays13' | 'mtlsStrays12';

interface Setup {
  readonly fx: CliFixtures;
  readonly presented: Readonly<Record<Chain, readonly TestCert[]>>;
  readonly file: Readonly<Record<Chain, string>>;
  readonly port: Readonly<Record<ServerName, number>>;
}

let setup: Setup;
const servers: TestServer[] = [];

beforeAll(async () => {
  ensureCliBuilt();
  const fx = await writeFixtures();
  const { cas } = await createTestPki();
  // The impostor CA copies CA 1's name and key identifier with a key of its own, and signs the
  // leaf; the genuine CA 1 comes between them, so that the issuer links skip the impostor.
  const impostorLeaf = await keyedServerCert('pchat01.contoso.com', { ca: 'impostorCa1SameKeyId' });
  const genuineLeaf = await keyedServerCert('pchat01.contoso.com');
  const presented = {
    impostor: [impostorLeaf, cas.issuingCa1, cas.impostorCa1SameKeyId],
    // A genuine leaf with certificates it does not need: an unrelated root, CA 1 twice.
    strays: [genuineLeaf, cas.otherRoot, cas.issuingCa1, cas.root, cas.issuingCa1],
  };
  const pem = (chain: readonly TestCert[]): string => pemChain(...chain);
  const file = {
    impostor: fx.path('presented-impostor.pem'),
    strays: fx.path('presented-strays.pem'),
  };
  writeFileSync(file.impostor, pem(presented.impostor));
  writeFileSync(file.strays, pem(presented.strays));
  const identity = (chain: Chain, key: string) => ({ certPem: pem(presented[chain]), keyPem: key });
  const impostor = identity('impostor', impostorLeaf.keyPem);
  const strays = identity('strays', genuineLeaf.keyPem);
  const mtls = { requireClientCertFrom: cas.issuingCa1.pem };
  const specs: Record<ServerName, ServerSpec> = {
    tls12: { kind: 'tls', identity: impostor, maxVersion: 'TLSv1.2' },
    tls13: { kind: 'tls', identity: impostor, minVersion: 'TLSv1.3' },
    mtls12: { kind: 'tls', identity: impostor, maxVersion: 'TLSv1.2', ...mtls },
    mtls13: { kind: 'tls', identity: impostor, minVersion: 'TLSv1.3', ...mtls },
    strays13: { kind: 'tls', identity: strays },
    // A reference must not hold the impostor beside CA 1: that is an input error (fault 2).
    mtlsStrays12: { kind: 'tls', identity: strays, maxVersion: 'TLSv1.2', ...mtls },
  };
  const port: Partial<Record<ServerName, number>> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const server = await startServer(spec);
    servers.push(server);
    port[name as ServerName] = server.port;
  }
  setup = { fx, presented, file, port: port as Record<ServerName, number> };
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const address = (server: ServerName): string => `tls:127.0.0.1:${setup.port[server]}`;

describe('issue 25 fault 3: every certificate presented, in the order presented', () => {
  it.each([
    { name: 'TLS 1.2', input: 'tls12', want: { chain: 'impostor', handshake: 'complete' } },
    { name: 'TLS 1.3', input: 'tls13', want: { chain: 'impostor', handshake: 'complete' } },
    {
      name: 'mutual TLS 1.2: ended after the certificates',
      input: 'mtls12',
      want: { chain: 'impostor', handshake: 'incomplete' },
    },
    {
      name: 'mutual TLS 1.3: the server proved its key first',
      input: 'mtls13',
      want: { chain: 'impostor', handshake: 'complete' },
    },
    {
      name: 'strays and a duplicate',
      input: 'strays13',
      want: { chain: 'strays', handshake: 'complete' },
    },
  ] as const)('$name', async ({ input, want }) => {
    const target = {
      host: '127.0.0.1',
      port: setup.port[input],
      serverName: 'pchat01.contoso.com',
    };
    const fetched = await fetchChain(target, 10_000);
    expect(fetched).toMatchObject({ ok: true, handshake: want.handshake });
    const certificates = fetched.ok ? fetched.certificates.map((c) => [...c]) : [];
    expect(certificates).toEqual(setup.presented[want.chain].map((c) => [...c.der]));
  });
});

const check = (server: string, extra: readonly string[] = [], node?: string): Promise<CliRun> =>
  runCliAsync(
    [
      'check',
      '--reference',
      setup.fx.path('frontend.pem'),
      '--server',
      `pchat01.contoso.com=${server}`,
      '--at',
      setup.fx.now,
      ...extra,
    ],
    node === undefined ? {} : { node },
  );

// The report as JSON, without the fields that say where the certificates came from.
const withoutSources = (run: CliRun): unknown =>
  JSON.parse(run.stdout, (key, value: unknown) =>
    key === 'source' || key === 'references' ? undefined : value,
  );

const node20 = findNode20();
const runtimes = [
  { runtime: 'this Node', node: undefined },
  ...(node20 === undefined ? [] : [{ runtime: 'Node 20', node: node20 }]),
];

describe('issue 25 fault 3: tls: judges what a file of the same certificates gives', () => {
  it.each(
    runtimes.flatMap(({ runtime, node }) =>
      [
        { server: 'tls12', chain: 'impostor', code: 1 },
        { server: 'tls13', chain: 'impostor', code: 1 },
        { server: 'mtls12', chain: 'impostor', code: 1 },
        { server: 'strays13', chain: 'strays', code: 0 },
      ].map((row) => ({
        name: `${row.server}, ${runtime}`,
        input: { ...row, node },
        want: row.code,
      })),
    ),
  )('$name', async ({ input, want }) => {
    const [fetched, exported] = await Promise.all([
      check(address(input.server as ServerName), ['--format', 'json'], input.node),
      check(setup.file[input.chain as Chain], ['--format', 'json'], input.node),
    ]);
    expect({ code: fetched.code, stderr: fetched.stderr }).toEqual({ code: want, stderr: '' });
    expect(exported.code).toBe(want);
    expect(withoutSources(fetched)).toEqual(withoutSources(exported));
  });
});

const notes = {
  en: 'Note: The TLS handshake ended before it was complete (for example because the server requires a client certificate, which pchat-certs does not send). These are the certificates the server sent, but without a completed handshake pchat-certs cannot confirm that the server holds the private key of its certificate.',
  de: 'Hinweis: Der TLS-Handshake wurde vor seinem Abschluss beendet (zum Beispiel, weil der Server ein Clientzertifikat anfordert, das pchat-certs nicht sendet). Geprüft werden die vom Server gesendeten Zertifikate; ohne abgeschlossenen Handshake lässt sich jedoch nicht bestätigen, dass der Server den privaten Schlüssel seines Zertifikats besitzt.',
  it: "Nota: L'handshake TLS è terminato prima di essere completato (ad esempio perché il server richiede un certificato client, che pchat-certs non invia). Vengono verificati i certificati inviati dal server, ma senza un handshake completato non è possibile confermare che il server possieda la chiave privata del proprio certificato.",
};

// Text wraps at 80 columns and Markdown bolds the label: compare the words.
const words = (text: string): string => text.replace(/\*\*/g, '').replace(/\s+/g, ' ');

describe('issue 25 fault 3: a handshake that ended before the server proved its key is said', () => {
  it.each([
    { name: 'text', input: { server: 'mtls12', lang: 'en', format: 'text' }, want: notes.en },
    {
      name: 'German text',
      input: { server: 'mtls12', lang: 'de', format: 'text' },
      want: notes.de,
    },
    {
      name: 'Italian Markdown',
      input: { server: 'mtls12', lang: 'it', format: 'markdown' },
      want: notes.it,
    },
    {
      name: 'Markdown',
      input: { server: 'mtls12', lang: 'en', format: 'markdown' },
      want: notes.en,
    },
    {
      name: 'TLS 1.3 mutual TLS: none',
      input: { server: 'mtls13', lang: 'en', format: 'text' },
      want: null,
    },
    {
      name: 'TLS 1.2: none',
      input: { server: 'tls12', lang: 'en', format: 'markdown' },
      want: null,
    },
  ] as const)('$name', async ({ input, want }) => {
    const run = await check(address(input.server), [
      '--lang',
      input.lang,
      '--format',
      input.format,
    ]);
    expect(run.code).toBe(1);
    if (want === null) expect(words(run.stdout)).not.toContain('handshake');
    else expect(words(run.stdout)).toContain(want);
  });

  it.each([
    {
      name: 'JSON, German',
      input: { server: 'mtls12', lang: 'de' },
      want: { handshake: 'incomplete', note: notes.de.replace(/^Hinweis: /, '') },
    },
    {
      name: 'JSON, complete',
      input: { server: 'tls13', lang: 'en' },
      want: { handshake: 'complete' },
    },
  ] as const)('$name', async ({ input, want }) => {
    const run = await check(address(input.server), ['--lang', input.lang, '--format', 'json']);
    const json = JSON.parse(run.stdout) as { servers: { source: Record<string, unknown> }[] };
    const { handshake, note } = json.servers[0]?.source ?? {};
    expect({ handshake, note }).toEqual({ note: undefined, ...want });
  });

  it('a reference fetched from a mutual-TLS listener carries the note too', async () => {
    const run = await runCliAsync([
      'check',
      '--reference',
      address('mtlsStrays12'),
      '--server',
      `pchat01.contoso.com=${setup.file.strays}`,
      '--at',
      setup.fx.now,
    ]);
    const text = words(run.stdout);
    expect(text).toContain(`Reference source: ${address('mtlsStrays12')} (TLSv1.2, fetched`);
    expect(text).toContain(notes.en);
  });
});

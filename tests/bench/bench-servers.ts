// The benchmark's inputs, shared by the Node and the Chromium timings so both check the same
// thing: the Front End pool chain as reference, and N servers, each with its chain.
import { createTestPki, pemChain, type TestCa, type TestCas } from '../support/pki/index.ts';
import { issue } from '../support/pki/issue.ts';
import { generateKeys } from '../support/pki/keys.ts';

/** One server as the checker gets it: FQDN and its certificate chain as PEM. */
export interface BenchServer {
  readonly fqdn: string;
  readonly pem: string;
}

/** The reference chain and `size` servers with chains (a mix of RSA and EC, pass and fail). */
export interface BenchInputs {
  readonly reference: string;
  readonly servers: readonly BenchServer[];
}

/**
 * How the servers' certificates are made: `distinct`, each server its own certificate (own name,
 * serial and signature), as a deployment has, so the checker caches nothing across servers; or
 * `repeated`, five chains over and over (the bench before issue 24's second round), so that each
 * certificate after the fifth is one the checker parsed and verified moments before.
 */
export type BenchServerKind = 'distinct' | 'repeated';

/** The kind the bench measures unless BENCH_SERVERS says otherwise. */
export const benchServerKind: BenchServerKind =
  process.env.BENCH_SERVERS === 'repeated' ? 'repeated' : 'distinct';

// Varied on purpose: same CA, a second CA, an EC CA, a certificate about to expire. The EC CA
// issues one server only, as in the repeated pool: a P-384 signature takes WebCrypto 0.5 ms to
// check where an RSA 2048 one takes 0.03 ms, and the budgets are set for a deployment of RSA
// server certificates under one Windows CA (200 P-384 checks alone are 100 ms of CPU).
const variants = [
  { ca: 'issuingCa1', notAfter: '2027-01-01', ec: false },
  { ca: 'issuingCa1', notAfter: '2027-01-01', ec: false },
  { ca: 'ecIssuingCa', notAfter: '2027-01-01', ec: true },
  { ca: 'issuingCa1', notAfter: '2026-06-15', ec: false },
  { ca: 'issuingCa2', notAfter: '2027-01-01', ec: false },
] as const satisfies readonly { ca: keyof TestCas; notAfter: string; ec: boolean }[];

/**
 * Leaf keys, a few of each kind: generating 200 RSA keys takes half a minute, and the checker
 * keeps nothing by a server's own key (its caches go by certificate bytes and by issuer key).
 */
const leafKeyCount = 8;

/** `size` servers, each with its own certificate, issued like the repeated pool's five. */
async function distinctServers(cas: TestCas, size: number): Promise<BenchServer[]> {
  const [rsa, ec] = await Promise.all([
    Promise.all(Array.from({ length: leafKeyCount }, () => generateKeys('rsa2048'))),
    Promise.all(Array.from({ length: 2 }, () => generateKeys('p256'))),
  ]);
  return Promise.all(
    Array.from({ length: size }, async (_, index) => {
      const pick = variants[index % variants.length] ?? variants[0];
      const variant = pick.ec && index !== 2 ? variants[0] : pick;
      const ca: TestCa = cas[variant.ca];
      const fqdn = `pchat${String(index).padStart(3, '0')}.contoso.com`;
      const keys = (variant.ec ? ec : rsa)[index % (variant.ec ? ec.length : rsa.length)];
      if (keys === undefined) throw new Error('no leaf key');
      const leaf = await issue({
        serial: (0x20000 + index).toString(16),
        subject: [{ C: ['DE'] }, { O: ['Contoso'] }, { CN: [fqdn] }],
        issuerName: ca.name,
        publicKey: keys.publicKey,
        issuerKeys: ca.keys,
        notBefore: new Date('2026-01-01T00:00:00Z'),
        notAfter: new Date(`${variant.notAfter}T00:00:00Z`),
        dnsNames: [fqdn],
        eku: ['1.3.6.1.5.5.7.3.1'],
        crlUrl: 'http://pki.contoso.com/crl/issuing.crl',
        authorityKeyId: ca.keyId,
      });
      return { fqdn, pem: pemChain(leaf, ca, cas.root) };
    }),
  );
}

const made = new Map<string, Promise<BenchInputs>>();

/** Builds the inputs from the shared test PKI (generated once per process, each size once). */
export function benchInputs(
  size: number,
  kind: BenchServerKind = benchServerKind,
): Promise<BenchInputs> {
  const key = `${kind}:${size}`;
  let inputs = made.get(key);
  if (inputs === undefined) {
    inputs = makeInputs(size, kind);
    made.set(key, inputs);
  }
  return inputs;
}

async function makeInputs(size: number, kind: BenchServerKind): Promise<BenchInputs> {
  const { cas, leaves } = await createTestPki();
  const reference = pemChain(leaves.frontEnd, cas.issuingCa1, cas.root);
  if (kind === 'distinct') return { reference, servers: await distinctServers(cas, size) };
  const pool = [
    { leaf: leaves.pchat, issuer: cas.issuingCa1 },
    { leaf: leaves.pchat2, issuer: cas.issuingCa1 },
    { leaf: leaves.ecIssued, issuer: cas.ecIssuingCa },
    { leaf: leaves.expiringSoon, issuer: cas.issuingCa1 },
    { leaf: leaves.ca2, issuer: cas.issuingCa2 },
  ];
  const servers = Array.from({ length: size }, (_, i) => {
    const { leaf, issuer } = pool[i % pool.length] ?? {
      leaf: leaves.pchat,
      issuer: cas.issuingCa1,
    };
    return { fqdn: leaf.fqdn, pem: pemChain(leaf, issuer, cas.root) };
  });
  return { reference, servers };
}

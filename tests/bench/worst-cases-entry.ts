// Bundled by worst-cases.mjs: writes the crafted worst-case inputs (issue 9 part 1, issue 25) to a
// folder, and counts the signature checks the core makes for each through an injected WebCrypto.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { checkCertificates, maxInputBytes } from '../../src/lib/cert/index.ts';
import { countingCrypto } from '../support/counting-crypto.ts';
import { longNameCas, sameNameCas, type CraftedPki } from '../support/hostile/crafted-pkis.ts';
import { pkiNow } from '../support/pki/index.ts';
import {
  costlyKeyBundle,
  hugeExponentBundle,
  hugeExponentRequests,
  impostorChain,
  manyRequests,
  serversUnderHugeExponent,
  type WorstInput,
} from './worst-case-inputs.ts';

/** One worst case: files for the CLI and the core's count of signature checks. */
export interface WorstCase {
  readonly name: string;
  readonly reference: string;
  readonly servers: readonly { readonly fqdn: string; readonly file: string }[];
  /** The largest input, in bytes. */
  readonly bytes: number;
  readonly underCap: boolean;
  readonly verifications: number;
}

/** A crafted PKI as the reference, with one of its leaves (or CAs, when it has none) as server. */
const crafted = async (make: Promise<CraftedPki>): Promise<WorstInput> => {
  const pki = await make;
  const server = pki.leaves[0] ?? pki.cas[0];
  return {
    reference: pki.bundle,
    servers: [{ fqdn: 'l0.example.com', input: server?.der ?? new Uint8Array() }],
  };
};

const specs: readonly { name: string; make: () => Promise<WorstInput> }[] = [
  {
    name: 'N = 200 leaves + 200 CAs CN=A, own key ids',
    make: () => crafted(sameNameCas(200, 'own-key-ids')),
  },
  { name: 'N = 1,000, own key ids', make: () => crafted(sameNameCas(1000, 'own-key-ids')) },
  { name: 'N = 1,400, own key ids', make: () => crafted(sameNameCas(1400, 'own-key-ids')) },
  { name: 'N = 1,400, no key ids', make: () => crafted(sameNameCas(1400, 'no-key-ids')) },
  {
    name: 'N = 1,400, one shared key id',
    make: () => crafted(sameNameCas(1400, 'shared-key-id')),
  },
  { name: '150 CAs named 1,100 × U+FDFA', make: () => crafted(longNameCas(150, 1100)) },
  {
    name: '520 CAs + leaves, RSA exponents of 3,000 bits',
    make: () => hugeExponentBundle(520, 3000),
  },
  {
    name: '1,000 servers under a CA with a 3,000-bit exponent',
    make: () => serversUnderHugeExponent(1000),
  },
  {
    name: '300 requests with 3,000-bit RSA exponents',
    make: () => hugeExponentRequests(300),
  },
  { name: '1,100 certificate requests (P-256)', make: () => manyRequests(1100) },
  {
    name: '1,000 impostor CAs in a server chain',
    make: () => impostorChain(1000),
  },
  {
    name: '32 CAs + 32 leaves, RSA 16,384 bits, e = 2^32 - 1, no key ids',
    make: () => costlyKeyBundle(32),
  },
];

/** Writes every worst case (or those BENCH_WORST_ONLY, a regular expression, names) into `dir`, counting its checks. */
export async function makeWorstCases(dir: string): Promise<WorstCase[]> {
  const only = process.env['BENCH_WORST_ONLY'];
  const cases: WorstCase[] = [];
  for (const [i, spec] of specs.entries()) {
    if (only !== undefined && !new RegExp(only).test(spec.name)) continue;
    const input = await spec.make();
    const reference = join(dir, `worst-${i}.p7b`);
    writeFileSync(reference, input.reference);
    const servers = input.servers.map((server, s) => {
      const file = join(dir, `worst-${i}-server-${s}.der`);
      writeFileSync(file, server.input);
      return { fqdn: server.fqdn, file };
    });
    const crypto = countingCrypto();
    await checkCertificates(
      { references: [input.reference], servers: input.servers, at: pkiNow },
      crypto,
    );
    const bytes = Math.max(input.reference.length, ...input.servers.map((s) => s.input.length));
    cases.push({
      name: spec.name,
      reference,
      servers,
      bytes,
      underCap: bytes <= maxInputBytes,
      verifications: crypto.verifications(),
    });
  }
  return cases;
}

// Bundled by worst-cases.mjs: writes the crafted worst-case inputs of issue 9 part 1 to a folder,
// and counts the signature checks the core makes for each through an injected WebCrypto.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCertificates, maxInputBytes } from '../../src/lib/cert/index.ts';
import { countingCrypto } from '../support/counting-crypto.ts';
import { longNameCas, sameNameCas, type CraftedPki } from '../support/hostile/crafted-pkis.ts';
import { pkiNow } from '../support/pki/index.ts';

/** One worst case: files for the CLI and the core's count of signature checks. */
export interface WorstCase {
  readonly name: string;
  readonly reference: string;
  readonly server: string;
  readonly fqdn: string;
  readonly bytes: number;
  readonly underCap: boolean;
  readonly verifications: number;
}

const specs: readonly { name: string; make: () => Promise<CraftedPki> }[] = [
  {
    name: 'N = 200 leaves + 200 CAs CN=A, own key ids',
    make: () => sameNameCas(200, 'own-key-ids'),
  },
  { name: 'N = 1,000, own key ids', make: () => sameNameCas(1000, 'own-key-ids') },
  { name: 'N = 1,400, own key ids', make: () => sameNameCas(1400, 'own-key-ids') },
  { name: 'N = 1,400, no key ids', make: () => sameNameCas(1400, 'no-key-ids') },
  { name: 'N = 1,400, one shared key id', make: () => sameNameCas(1400, 'shared-key-id') },
  { name: '150 CAs named 1,100 × U+FDFA', make: () => longNameCas(150, 1100) },
];

/** Writes every worst case into `dir` and counts its signature checks in the core. */
export async function makeWorstCases(dir: string): Promise<WorstCase[]> {
  const cases: WorstCase[] = [];
  for (const [i, spec] of specs.entries()) {
    const pki = await spec.make();
    const reference = join(dir, `worst-${i}.p7b`);
    const server = join(dir, `worst-${i}-server.pem`);
    // The server: a leaf of the crafted PKI, or a CA of it when it has no leaves.
    const serverCert = pki.leaves[0] ?? pki.cas[0];
    writeFileSync(reference, pki.bundle);
    writeFileSync(server, serverCert?.pem ?? '');
    const crypto = countingCrypto();
    await checkCertificates(
      {
        references: [pki.bundle],
        servers: [{ fqdn: 'l0.example.com', input: serverCert?.der ?? new Uint8Array() }],
        at: pkiNow,
      },
      crypto,
    );
    cases.push({
      name: spec.name,
      reference,
      server,
      fqdn: 'l0.example.com',
      bytes: pki.bundle.length,
      underCap: pki.bundle.length <= maxInputBytes,
      verifications: crypto.verifications(),
    });
  }
  return cases;
}

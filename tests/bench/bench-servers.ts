// The benchmark's inputs, shared by the Node and the Chromium timings so both check the same
// thing: the Front End pool chain as reference, and N servers, each with its chain.
import { createTestPki, pemChain } from '../support/pki/index.ts';

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

/** Builds the inputs from the shared test PKI (generated once per process). */
export async function benchInputs(size: number): Promise<BenchInputs> {
  const { cas, leaves } = await createTestPki();
  // Varied on purpose: same CA, a second CA, an EC CA, a certificate about to expire.
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
  return { reference: pemChain(leaves.frontEnd, cas.issuingCa1, cas.root), servers };
}

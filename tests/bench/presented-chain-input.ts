// What a server may present in the tls bench (issue 25, fault 3): its leaf, then CAs that borrow
// its issuer's name, then the issuer.
import { keyedServerCert, type KeyedCert } from '../cli/support/server-certs.ts';
import { borrowedNameCas } from '../support/hostile/crafted-pkis.ts';
import { createTestPki, type TestCert } from '../support/pki/index.ts';

/** A server's leaf and the chain it presents: CAs it need not send, then the CA that signed it. */
export interface PresentedChain {
  readonly leaf: KeyedCert;
  /** Leaf first, as the server sends it. */
  readonly chain: readonly TestCert[];
}

/**
 * What a server may present in one TLS Certificate message (issue 25, fault 3): its leaf, issued
 * by the test PKI's CA 1 for `fqdn`, then `n` CA certificates that borrow CA 1's name and key
 * identifier, then CA 1 last: every borrower is a candidate issuer that a check must rule out
 * before it reaches the CA that signed the leaf.
 */
export async function presentedImpostorChain(fqdn: string, n: number): Promise<PresentedChain> {
  const { cas } = await createTestPki();
  const leaf = await keyedServerCert(fqdn);
  return { leaf, chain: [leaf, ...(await borrowedNameCas(n, cas.issuingCa1)), cas.issuingCa1] };
}

// Bundled by node-core.mjs: times the checker core on Node with chains from the test PKI.
import { checkCertificates, parseInput } from '../../src/lib/cert/index.ts';
import { createTestPki, pemChain, pkiNow, utf8 } from '../../tests/support/pki/index.ts';

/** One measured size: medians in milliseconds. */
export interface CoreTiming {
  readonly servers: number;
  readonly parseMs: number;
  readonly checkMs: number;
  readonly verdict: string;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Times parseInput over every input, and checkCertificates, for each server count. */
export async function measureCore(sizes: readonly number[], runs: number): Promise<CoreTiming[]> {
  const { cas, leaves } = await createTestPki();
  const reference = utf8(pemChain(leaves.frontEnd, cas.issuingCa1, cas.root));
  const pool = [leaves.pchat, leaves.pchat2, leaves.ecIssued, leaves.expiringSoon, leaves.ca2];
  const timings: CoreTiming[] = [];
  for (const size of sizes) {
    const servers = Array.from({ length: size }, (_, i) => {
      const leaf = pool[i % pool.length] ?? leaves.pchat;
      const issuer =
        leaf === leaves.ca2
          ? cas.issuingCa2
          : leaf === leaves.ecIssued
            ? cas.ecIssuingCa
            : cas.issuingCa1;
      return { fqdn: leaf.fqdn, input: utf8(pemChain(leaf, issuer, cas.root)) };
    });
    const parse: number[] = [];
    const check: number[] = [];
    let verdict = '';
    for (let run = 0; run <= runs; run += 1) {
      const t0 = performance.now();
      for (const input of [reference, ...servers.map((s) => s.input)]) await parseInput(input);
      const t1 = performance.now();
      const report = await checkCertificates({ references: [reference], servers, at: pkiNow });
      const t2 = performance.now();
      verdict = report.verdict;
      // The first run warms up the JIT and the PKI's memoized objects; it is not counted.
      if (run > 0) {
        parse.push(t1 - t0);
        check.push(t2 - t1);
      }
    }
    timings.push({ servers: size, parseMs: median(parse), checkMs: median(check), verdict });
  }
  return timings;
}

// Bundled by node-core.mjs: times the checker core on Node with chains from the test PKI.
import { checkCertificates, parseInput } from '../../src/lib/cert/index.ts';
import { pkiNow, utf8 } from '../support/pki/index.ts';
import { benchInputs } from './bench-servers.ts';
import { median } from './median.ts';

/** One measured size: medians in milliseconds. */
export interface CoreTiming {
  readonly servers: number;
  readonly parseMs: number;
  readonly checkMs: number;
  readonly verdict: string;
}

/** Times parseInput over every input, and checkCertificates, for each server count. */
export async function measureCore(sizes: readonly number[], runs: number): Promise<CoreTiming[]> {
  const timings: CoreTiming[] = [];
  for (const size of sizes) {
    const inputs = await benchInputs(size);
    const reference = utf8(inputs.reference);
    const servers = inputs.servers.map((s) => ({ fqdn: s.fqdn, input: utf8(s.pem) }));
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

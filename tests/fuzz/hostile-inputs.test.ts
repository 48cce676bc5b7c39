// The bounded hostile-input run of `npm test` (issue 9): a few thousand seeded inputs through the
// core; none may throw, answer in the wrong shape, or take longer than the hang limit. The long
// run is `npm run fuzz -- --count 100000`, which drives the CLI bundle too.
import { describe, expect, it } from 'vitest';
import { runCore } from './core-oracle.ts';
import { hostileInput, hostileKinds } from './hostile-inputs.ts';
import { fuzzMaterial } from './material.ts';

const seed = 20_260_601;
const count = 2000;
/** The design's 2 s per input, as CPU time: a busy machine stretches wall time, not CPU time. */
const hangMs = 2000;

const material = await fuzzMaterial();

describe('hostile inputs through the core', () => {
  it(`${count} seeded inputs: no crash, no hang, every kind made`, async () => {
    const findings: string[] = [];
    const kinds = new Set<string>();
    for (let index = 0; index < count; index += 1) {
      const input = hostileInput(seed, index, material);
      kinds.add(input.kind);
      const outcome = await runCore(input, material);
      if (outcome.crash) findings.push(`#${index} ${input.kind}: crash ${outcome.crash}`);
      if (outcome.cpuMs > hangMs)
        findings.push(`#${index} ${input.kind}: ${outcome.cpuMs.toFixed(0)} ms of CPU`);
    }
    expect([findings, [...kinds].sort()]).toEqual([[], [...hostileKinds].sort()]);
  }, 300_000);
});

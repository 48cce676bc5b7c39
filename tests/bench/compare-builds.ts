// Compares the first check on a fresh page of several builds (with and without a change), the
// builds interleaved run by run so that a busy machine weighs on each alike; prints the median
// and quartiles of "last input → verdicts" per build and size. How the warm-up was judged:
//   npx astro build && cp -r dist /tmp/with   (then without the change, into /tmp/without)
//   SIZES=1,20 RUNS=15 npx node tests/bench/compare-builds.ts /tmp/with /tmp/without
import { launchChromium } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { measureBrowser } from './browser-timing.ts';
import { median } from './median.ts';

const [, , ...roots] = process.argv;
const sizes = (process.env.SIZES ?? '1,20').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 15);
const browser = await launchChromium();
const servers = await Promise.all(roots.map((root) => serveStatic(root)));
const figures = new Map<string, number[]>();
try {
  for (let run = 0; run < runs; run += 1) {
    for (const [index, root] of roots.entries()) {
      const measured = await measureBrowser(browser, `${servers[index]?.url}en/`, sizes, 1);
      for (const m of measured) {
        const key = `${root} servers=${m.servers}`;
        figures.set(key, [...(figures.get(key) ?? []), ...m.runs.map((r) => r.verdictMs)]);
      }
    }
  }
  for (const [key, values] of figures) {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (share: number): string =>
      (sorted[Math.floor(share * sorted.length)] ?? 0).toFixed(1);
    console.log(`${key} median=${median(values).toFixed(1)} p25=${at(0.25)} p75=${at(0.75)}`);
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

// Bench section "main-thread": long tasks on the page's main thread while the checker works
// (issue 9: none over 50 ms during any check; issue 25: nor with a thousand certificates, two
// hundred files or a link of thousands of servers), and the checker's height with two checked
// servers at 1280×800 (issue 10).
import { launchChromium } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { measureCheckerHeight } from './checker-height.ts';
import { measureMainThread } from './main-thread.ts';
import { formatMs, holds, type BenchContext, type SectionResult } from './section.ts';
import { manyInputScenarios } from './many-inputs.ts';
import { manyServers } from './many-servers-input.ts';
import { sameNameCaBundle } from './worst-case-inputs.ts';

/** The longest main-thread task allowed while the checker works (design.md). */
export const longTaskBudgetMs = 50;

/** Size N of the worst-case bundle: N certificates under N same-named CAs. */
export const worstCaseN = Number(process.env.BENCH_WORST_N ?? 200);

/** Serves the bench build and measures it. */
export async function run(context: BenchContext): Promise<SectionResult> {
  const server = await serveStatic(context.root);
  const browser = await launchChromium();
  try {
    const worstCase = await sameNameCaBundle(worstCaseN);
    const more = manyInputScenarios(await manyServers(1000), await manyServers(200, 'rsa2048'));
    const runs = await measureMainThread(browser, `${server.url}en/`, worstCase, more);
    const heightPx = await measureCheckerHeight(browser, server.url);
    return {
      title: `Main thread while checking (long tasks > 50 ms), /en/, 1280×800; checker height with two checked servers: ${String(heightPx)} px`,
      table: [
        [
          'scenario',
          'longest task',
          'long tasks',
          'answered after',
          `≤ ${String(longTaskBudgetMs)} ms`,
        ],
        ...runs.map((r) => [
          r.scenario,
          formatMs(r.longestTaskMs),
          String(r.longTasks),
          formatMs(r.answerMs),
          holds(r.longestTaskMs <= longTaskBudgetMs),
        ]),
      ],
      data: { runs, heightPx, worstCaseN },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

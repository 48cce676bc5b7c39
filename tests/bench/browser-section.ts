// Bench section "browser": in-page timings on Debian's Chromium for 1, 20 and 200 servers.
import { launchChromium } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { benchServerKind } from './bench-servers.ts';
import { idleBeforeInputMs, measureBrowser, type BrowserRun } from './browser-timing.ts';
import { timeBudgets } from './budgets.ts';
import { median } from './median.ts';
import { formatMs, holds, type BenchContext, type SectionResult } from './section.ts';

/** The budget of "last input → verdicts" for a server count, where design.md sets one. */
const verdictBudgets: Readonly<Record<number, number>> = {
  20: timeBudgets.verdict20Ms,
  200: timeBudgets.verdict200Ms,
};

/**
 * Server counts, measured runs per count (each a fresh page; BENCH_RUNS, 5 unless set: a busy
 * machine needs more for a steady median), and the page measured.
 */
export const settings = {
  sizes: [1, 20, 200],
  runs: Number(process.env.BENCH_RUNS ?? 5),
  lang: 'en',
} as const;

/** Medians of one server count. */
export interface BrowserTiming {
  readonly servers: number;
  readonly pageInteractiveMs: number;
  readonly pageLoadMs: number;
  readonly checkerReadyMs: number;
  readonly verdictMs: number;
}

const medianOf = (runs: readonly BrowserRun[], key: keyof BrowserRun): number =>
  median(runs.map((r) => r[key]));

/** Serves the bench build and measures it. */
export async function run(context: BenchContext): Promise<SectionResult> {
  const server = await serveStatic(context.root);
  const browser = await launchChromium();
  let measured;
  try {
    const url = `${server.url}${settings.lang}/`;
    measured = await measureBrowser(browser, url, settings.sizes, settings.runs);
  } finally {
    await browser.close();
    await server.close();
  }
  const timings: BrowserTiming[] = measured.map((m) => ({
    servers: m.servers,
    pageInteractiveMs: medianOf(m.runs, 'pageInteractiveMs'),
    pageLoadMs: medianOf(m.runs, 'pageLoadMs'),
    checkerReadyMs: medianOf(m.runs, 'checkerReadyMs'),
    verdictMs: medianOf(m.runs, 'verdictMs'),
  }));
  return {
    title:
      `Chromium ${browser.version()}, /${settings.lang}/, median of ${settings.runs} fresh pages; ` +
      `inputs ${String(idleBeforeInputMs)} ms after the checker starts, all filled at once; ` +
      `servers: ${benchServerKind} certificates (BENCH_SERVERS=distinct|repeated)`,
    table: [
      [
        'servers',
        'DOMContentLoaded',
        'load',
        'touch → checker ready',
        'last input → verdicts shown',
        'budget',
      ],
      ...timings.map((t) => {
        const budget = verdictBudgets[t.servers];
        return [
          String(t.servers),
          formatMs(t.pageInteractiveMs),
          formatMs(t.pageLoadMs),
          formatMs(t.checkerReadyMs),
          formatMs(t.verdictMs),
          budget === undefined ? '' : `≤ ${formatMs(budget)} ${holds(t.verdictMs <= budget)}`,
        ];
      }),
    ],
    notes: [
      'Verdicts shown: the summary with its counts, and every verdict in the window (Check at its top), laid out; the rest follows in later tasks (docs/design.md).',
    ],
    data: {
      chromium: browser.version(),
      lang: settings.lang,
      servers: benchServerKind,
      runs: settings.runs,
      idleBeforeInputMs,
      timings,
      measured,
    },
  };
}

// Bench section "summary": every budgeted figure of the sections that ran, next to its
// design.md budget, and whether it holds. Sections that did not run are left out.
import { byteBudgets, kb, lighthouseBudget, timeBudgets } from './budgets.ts';
import type { PairTiming } from './cli-section.ts';
import type { BrowserTiming } from './browser-section.ts';
import type { LighthouseScores } from './lighthouse-section.ts';
import type { RobotsTxtCheck } from './robots-txt.ts';
import type { PageWeight } from './page-weight.ts';
import { formatKb, formatMs, holds, type BenchContext, type SectionResult } from './section.ts';

/** One line of the summary. */
export interface BudgetRow {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  /** Null for a figure that is reported next to a budgeted one, not budgeted itself. */
  readonly holds: boolean | null;
}

function bytesRow(figure: string, bytes: number, budget: number): BudgetRow {
  return {
    figure,
    value: formatKb(bytes),
    budget: `≤ ${formatKb(budget)}`,
    holds: bytes <= budget,
  };
}

function pageRows(pages: readonly PageWeight[]): BudgetRow[] {
  return pages.flatMap((p) => [
    bytesRow(
      `/${p.lang}/ JS before interaction (gzip)`,
      p.jsBefore.gzip,
      byteBudgets.jsBeforeInteraction,
    ),
    bytesRow(`/${p.lang}/ all checker JS (gzip)`, p.jsAfter.gzip, byteBudgets.jsAfterChecker),
    bytesRow(`/${p.lang}/ HTML + CSS (gzip)`, p.htmlCss.gzip, byteBudgets.htmlCss),
  ]);
}

function timeRows(results: BenchContext['results']): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const build = results['build'] as { ms: number; cores: number } | undefined;
  if (build !== undefined) {
    rows.push({
      figure: `cold production build (${build.cores} cores)`,
      value: formatMs(build.ms),
      budget: `≤ ${formatMs(timeBudgets.coldBuildMs)}`,
      holds: build.ms <= timeBudgets.coldBuildMs,
    });
  }
  const browser = results['browser'] as { timings: BrowserTiming[] } | undefined;
  for (const [servers, budget] of [
    [20, timeBudgets.verdict20Ms],
    [200, timeBudgets.verdict200Ms],
  ] as const) {
    const timing = browser?.timings.find((t) => t.servers === servers);
    if (timing === undefined) continue;
    rows.push({
      figure: `Chromium: last input → ${servers} verdicts shown (median)`,
      value: formatMs(timing.verdictMs),
      budget: `≤ ${formatMs(budget)}`,
      holds: timing.verdictMs <= budget,
    });
  }
  const cli = results['cli'] as { pairs: PairTiming[] } | undefined;
  for (const pair of cli?.pairs ?? []) {
    rows.push({
      figure: `pchat-certs: ${pair.what} (Node ${pair.node})`,
      value: `${pair.ratio.toFixed(2)}×`,
      budget: `≤ ${pair.budget.toFixed(2)}×`,
      holds: pair.ratio <= pair.budget,
    });
  }
  return rows;
}

const budgeted = (figure: string, score: number): BudgetRow => ({
  figure,
  value: String(score),
  budget: String(lighthouseBudget),
  holds: score >= lighthouseBudget,
});

// design.md budgets SEO without the robots-txt audit, which our CSP blocks by design (see the
// lighthouse section's note); Lighthouse's own SEO score is shown beside it, unbudgeted, and
// robots.txt is held to the budget by parsing it.
function lighthouseRows(
  pages: readonly LighthouseScores[],
  robots: RobotsTxtCheck | undefined,
): BudgetRow[] {
  const rows = pages.flatMap((p) => [
    ...Object.entries(p.scores)
      .filter(([category]) => category !== 'seo')
      .map(([category, score]) => budgeted(`/${p.lang}/ Lighthouse ${category}`, score)),
    {
      figure: `/${p.lang}/ Lighthouse seo, as Lighthouse scores it`,
      value: String(p.scores.seo),
      budget: 'reported',
      holds: null,
    },
    budgeted(`/${p.lang}/ Lighthouse seo without robots-txt`, p.seoWithoutRobotsTxt),
  ]);
  return robots === undefined ? rows : [...rows, budgeted('/robots.txt parsed', robots.score)];
}

/** Collects the budget rows from the other sections' data. */
export function run(context: BenchContext): Promise<SectionResult> {
  const { results } = context;
  const weight = results['page-weight'] as { pages: PageWeight[] } | undefined;
  const lighthouse = results['lighthouse'] as
    { pages: LighthouseScores[]; robotsTxt: RobotsTxtCheck } | undefined;
  const rows = [
    ...pageRows(weight?.pages ?? []),
    ...timeRows(results),
    ...lighthouseRows(lighthouse?.pages ?? [], lighthouse?.robotsTxt),
  ];
  return Promise.resolve({
    title: `Budgets (docs/design.md; 1 KB = ${String(kb)} bytes)`,
    table: [
      ['figure', 'value', 'budget', 'verdict'],
      ...rows.map((r) => [r.figure, r.value, r.budget, r.holds === null ? '-' : holds(r.holds)]),
    ],
    data: { rows, allHold: rows.every((r) => r.holds !== false) },
  });
}

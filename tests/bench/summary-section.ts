// Bench section "summary": every budgeted figure of the sections that ran, next to its
// design.md budget, and whether it holds. Sections that did not run are left out.
import { byteBudgets, kb, lighthouseBudget, timeBudgets } from './budgets.ts';
import type { BrowserTiming } from './browser-section.ts';
import type { LighthouseScores } from './lighthouse-section.ts';
import type { PageWeight } from './page-weight.ts';
import { formatKb, formatMs, holds, type BenchContext, type SectionResult } from './section.ts';

/** One line of the summary. */
export interface BudgetRow {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  readonly holds: boolean;
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
  const twenty = browser?.timings.find((t) => t.servers === 20);
  if (twenty !== undefined) {
    rows.push({
      figure: 'Chromium: last input → 20 verdicts (median)',
      value: formatMs(twenty.verdictMs),
      budget: `≤ ${formatMs(timeBudgets.verdict20Ms)}`,
      holds: twenty.verdictMs <= timeBudgets.verdict20Ms,
    });
  }
  return rows;
}

function lighthouseRows(pages: readonly LighthouseScores[]): BudgetRow[] {
  return pages.flatMap((p) =>
    Object.entries(p.scores).map(([category, score]) => ({
      figure: `/${p.lang}/ Lighthouse ${category}`,
      value: String(score),
      budget: String(lighthouseBudget),
      holds: score >= lighthouseBudget,
    })),
  );
}

/** Collects the budget rows from the other sections' data. */
export function run(context: BenchContext): Promise<SectionResult> {
  const { results } = context;
  const weight = results['page-weight'] as { pages: PageWeight[] } | undefined;
  const lighthouse = results['lighthouse'] as { pages: LighthouseScores[] } | undefined;
  const rows = [
    ...pageRows(weight?.pages ?? []),
    ...timeRows(results),
    ...lighthouseRows(lighthouse?.pages ?? []),
  ];
  return Promise.resolve({
    title: `Budgets (docs/design.md; 1 KB = ${String(kb)} bytes)`,
    table: [
      ['figure', 'value', 'budget', 'verdict'],
      ...rows.map((r) => [r.figure, r.value, r.budget, holds(r.holds)]),
    ],
    data: { rows, allHold: rows.every((r) => r.holds) },
  });
}

// Bench section "lighthouse": Lighthouse's default (mobile) configuration on every locale page,
// with Debian's Chromium: the four category scores, and the audits that cost points.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../browser/support/browser.ts';
import { siteLanguages } from '../browser/support/site.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import type { BenchContext, SectionResult } from './section.ts';

/** The categories design.md budgets, in Lighthouse's ids. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's scores (0–100) and the failing audits' ids with their scores. */
export interface LighthouseScores {
  readonly lang: string;
  readonly scores: Readonly<Record<(typeof categories)[number], number>>;
  readonly failing: readonly string[];
}

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Runs Lighthouse once per locale page against the bench build. */
export async function run(context: BenchContext): Promise<SectionResult> {
  const server = await serveStatic(context.root);
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags });
  const pages: LighthouseScores[] = [];
  try {
    for (const lang of siteLanguages) {
      const result = await lighthouse(`${server.url}${lang}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (result === undefined) throw new Error(`Lighthouse gave no result for /${lang}/`);
      const { lhr } = result;
      const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      // Only audits that weigh in a budgeted category's score: the ones that cost points.
      const weighed = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id),
      );
      const failing = weighed
        .map((id) => lhr.audits[id])
        .filter((a) => a !== undefined && a.score !== null && a.score < 1)
        .map((a) => `${a?.id ?? ''} (${String(a?.score)}): ${a?.explanation ?? a?.title ?? ''}`);
      pages.push({
        lang,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        failing,
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return {
    title: 'Lighthouse (mobile preset), scores 0–100',
    table: [
      ['page', ...categories, 'audits that cost points'],
      ...pages.map((p) => [
        `/${p.lang}/`,
        ...categories.map((c) => String(p.scores[c])),
        p.failing.join(', ') || '-',
      ]),
    ],
    data: { pages },
  };
}

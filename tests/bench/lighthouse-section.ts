// Bench section "lighthouse": Lighthouse's default (mobile) configuration on every locale page,
// with Debian's Chromium: the four category scores, SEO also without its `robots-txt` audit (which
// our CSP blocks by design), robots.txt checked by parsing it, and the audits that cost points.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { chromiumPath } from '../browser/support/browser.ts';
import { siteLanguages } from '../browser/support/site.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { checkRobotsTxt, type RobotsTxtCheck } from './robots-txt.ts';
import type { BenchContext, SectionResult } from './section.ts';

/** The categories design.md budgets, in Lighthouse's ids. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's scores (0–100) and the failing audits' ids with their scores. */
export interface LighthouseScores {
  readonly lang: string;
  /** As Lighthouse scores them. */
  readonly scores: Readonly<Record<(typeof categories)[number], number>>;
  /** SEO scored the way Lighthouse does, without the `robots-txt` audit. */
  readonly seoWithoutRobotsTxt: number;
  readonly failing: readonly string[];
}

/** The audit our policy blocks, and why: the bench prints this next to the scores. */
export const excludedAudit = {
  id: 'robots-txt',
  why:
    "Lighthouse's robots-txt audit fetches /robots.txt from inside the page; the page's CSP " +
    "connect-src 'none' (certificates never leave the browser) refuses that fetch by design, " +
    'a known Lighthouse limitation (GoogleChrome/lighthouse#4386). Crawlers fetch robots.txt ' +
    'directly, so the bench fetches it the same way and checks it by parsing it instead.',
} as const;

// Lighthouse's category score: the weighted mean of the audits that have a score (audits that
// do not apply, or are manual, have none and do not count).
function categoryScore(lhr: Result, category: string, without: readonly string[]): number {
  const refs = (lhr.categories[category]?.auditRefs ?? []).filter(
    (ref) => ref.weight > 0 && !without.includes(ref.id),
  );
  let weighed = 0;
  let total = 0;
  for (const ref of refs) {
    const score = lhr.audits[ref.id]?.score;
    if (score === null || score === undefined) continue;
    weighed += ref.weight * score;
    total += ref.weight;
  }
  return total === 0 ? 0 : Math.round((weighed / total) * 100);
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
  let robots: RobotsTxtCheck;
  try {
    // From Node, as a crawler reads it: no page, so no page policy in between.
    const response = await fetch(`${server.url}robots.txt`);
    robots = checkRobotsTxt(
      response.ok ? await response.text() : '',
      siteLanguages.map((lang) => `/${lang}/`),
    );
    if (!response.ok)
      robots = { ...robots, problems: [`HTTP ${String(response.status)}`], score: 0 };
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
        seoWithoutRobotsTxt: categoryScore(lhr, 'seo', [excludedAudit.id]),
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
      ['page', ...categories, 'seo without robots-txt', 'audits that cost points'],
      ...pages.map((p) => [
        `/${p.lang}/`,
        ...categories.map((c) => String(p.scores[c])),
        String(p.seoWithoutRobotsTxt),
        p.failing.join(', ') || '-',
      ]),
      [
        '/robots.txt parsed',
        '',
        '',
        '',
        '',
        String(robots.score),
        robots.problems.join(', ') || `valid; sitemap ${robots.sitemaps.join(', ')}`,
      ],
    ],
    notes: [`seo without robots-txt: ${excludedAudit.why}`],
    data: { pages, robotsTxt: robots, excludedAudit },
  };
}

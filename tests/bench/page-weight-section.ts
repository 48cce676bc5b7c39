// Bench section "page-weight": bytes of each locale page as Chromium loads it (page-weight.ts,
// the same measurement the budget test makes), before and after the checker is used.
import { launchChromium } from '../browser/support/browser.ts';
import { siteLanguages } from '../browser/support/site.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { measurePageWeight, type PageWeight, type Weight } from './page-weight.ts';
import { formatKb, type BenchContext, type SectionResult } from './section.ts';

const both = (w: Weight): string => `${formatKb(w.raw)} / ${formatKb(w.gzip)}`;

/** Measures every locale page of the bench build. */
export async function run(context: BenchContext): Promise<SectionResult> {
  const server = await serveStatic(context.root);
  const browser = await launchChromium();
  const pages: PageWeight[] = [];
  try {
    for (const lang of siteLanguages) {
      pages.push(await measurePageWeight(browser, server.url, context.root, lang));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const rows = pages.map((p) => [
    `/${p.lang}/`,
    both(p.html),
    both(p.css),
    both(p.htmlCss),
    both(p.jsBefore),
    both(p.jsAfter),
  ]);
  return {
    title: 'Page weight (raw / gzip; JS includes inline scripts)',
    table: [
      ['page', 'HTML', 'CSS', 'HTML + CSS', 'JS before interaction', 'JS after checker used'],
      ...rows,
    ],
    data: { pages },
  };
}

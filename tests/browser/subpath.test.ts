import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRecordingPage } from './support/browser.ts';
import { onlyLocal, openSite, type Site } from './support/site.ts';

// Intranet hosting: the same site built for a sub-path, served only under that sub-path.
const base = '/intranet/pchat-certs/';
const outDir = 'dist-subpath';
let site: Site;

// Vitest exports Vite's own env (BASE_URL=/, MODE=test, …); a child build must not inherit it.
const viteKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !viteKeys.test(key)),
);

beforeAll(() => {
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...buildEnv, BASE_PATH: base },
    stdio: 'pipe',
  });
}, 180_000);
beforeAll(async () => {
  site = await openSite(outDir, base);
});
afterAll(async () => {
  await site.close();
});

const rows = ['', 'en/', 'de/', 'it/', 'en/404/', '404.html'].map((path) => ({
  name: `/${path}`,
  input: path,
  want: 200,
}));

describe('a build for a sub-path links only inside it', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const { page, context, requests, errors } = await openRecordingPage(site.browser, {
      locale: 'fr-FR',
    });
    try {
      await page.goto(site.server.url + input, { waitUntil: 'load' });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src]')]
          .map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src)
          .filter((url) => url.startsWith(location.origin)),
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.startsWith(site.server.url)).toBe(true);
        const response = await fetch(link.replace(/#.*$/, ''));
        expect({ link, status: response.status }).toEqual({ link, status: want });
      }
      expect(requests.filter((r) => !r.startsWith(site.server.url))).toEqual([]);
      expect(onlyLocal(requests, site.server.origin)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('robots.txt points at the sitemap under the sub-path', async () => {
    const robots = await (await fetch(`${site.server.url}robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/[^/]+\/intranet\/pchat-certs\/sitemap\.xml/);
    const sitemap = await (await fetch(`${site.server.url}sitemap.xml`)).text();
    expect(sitemap.match(/<loc>[^<]+<\/loc>/g)).toEqual([
      expect.stringContaining('/intranet/pchat-certs/en/'),
      expect.stringContaining('/intranet/pchat-certs/de/'),
      expect.stringContaining('/intranet/pchat-certs/it/'),
    ]);
  });
});

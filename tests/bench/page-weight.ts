// What a locale page really costs: the files Chromium requests before anyone touches the checker
// and after the checker has been used, sized from the build (raw and gzip). Shared by the bench
// (tests/bench/page-weight-section.mjs) and the budget test (tests/browser/budgets.test.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  fillServer,
  localeLabels,
  pasteReference,
  waitForVerdicts,
} from '../browser/support/checker-page.ts';
import { createTestPki, pemChain } from '../support/pki/index.ts';

/** Bytes as stored and as gzip (level 6, what a typical web server sends). */
export interface Weight {
  readonly raw: number;
  readonly gzip: number;
}

/** A set of files with their summed weight; each file is gzipped on its own, as served. */
export interface FileSet extends Weight {
  readonly files: readonly string[];
}

/** The page weight of one locale page. */
export interface PageWeight {
  readonly lang: string;
  /** The HTML document (inline styles and scripts included). */
  readonly html: Weight;
  /** Linked stylesheets loaded with the page. */
  readonly css: FileSet;
  /** HTML plus CSS: what the design.md budget "HTML + CSS of a requirement page" means. */
  readonly htmlCss: Weight;
  /** Script files plus the page's inline scripts, loaded before the checker is touched. */
  readonly jsBefore: FileSet;
  /** Every script loaded once the checker has been used for one server (jsBefore included). */
  readonly jsAfter: FileSet;
  /** Stylesheets added by using the checker (none expected: its CSS is in the page). */
  readonly cssAfter: FileSet;
}

interface Loaded {
  readonly url: string;
  readonly type: string;
}

const inlineScript =
  /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g;
const inlineName = '(inline scripts)';

function weigh(bytes: Uint8Array): Weight {
  return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 6 }).byteLength };
}

function sum(entries: readonly (readonly [string, Weight])[]): FileSet {
  return {
    files: entries.map(([name]) => name),
    raw: entries.reduce((total, [, w]) => total + w.raw, 0),
    gzip: entries.reduce((total, [, w]) => total + w.gzip, 0),
  };
}

/** Maps a requested URL under `baseUrl` to its file in the build directory `root`. */
export function fileOf(url: string, baseUrl: string, root: string): string {
  if (!url.startsWith(baseUrl)) throw new Error(`request outside the site: ${url}`);
  const path = decodeURIComponent(new URL(url).pathname).slice(new URL(baseUrl).pathname.length);
  return join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** Sizes the loaded files of one resource type; a URL that is not in the build is an error. */
async function sizeOf(
  loaded: readonly Loaded[],
  type: string,
  baseUrl: string,
  root: string,
): Promise<[string, Weight][]> {
  const urls = [...new Set(loaded.filter((l) => l.type === type).map((l) => l.url))];
  return Promise.all(
    urls.map(async (url): Promise<[string, Weight]> => {
      const file = fileOf(url, baseUrl, root);
      return [file.slice(root.length + 1), weigh(await readFile(file))];
    }),
  );
}

function recordLoads(page: Page): Loaded[] {
  const loaded: Loaded[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('http')) {
      loaded.push({ url: request.url(), type: request.resourceType() });
    }
  });
  return loaded;
}

/** Uses the checker like a user: one reference chain, one server, Check, all verdicts shown. */
async function useChecker(page: Page, lang: string): Promise<void> {
  const labels = localeLabels.find((l) => l.lang === lang);
  if (labels === undefined) throw new Error(`no checker labels for ${lang}`);
  const { cas, leaves } = await createTestPki();
  await pasteReference(page, labels, pemChain(leaves.frontEnd, cas.issuingCa1, cas.root));
  await fillServer(page, labels, 0, leaves.pchat.fqdn, pemChain(leaves.pchat, cas.issuingCa1));
  await page.locator('#checker').getByRole('button', { name: labels.check, exact: true }).click();
  await waitForVerdicts(page, [leaves.pchat.fqdn]);
}

/** Loads `{baseUrl}{lang}/` (served from `root`), waits, uses the checker, and sizes both sets. */
export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  root: string,
  lang: string,
): Promise<PageWeight> {
  // A desktop viewport where the checker starts below the fold, as on a freshly opened page.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const loaded = recordLoads(page);
    await page.goto(`${baseUrl}${lang}/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const before = [...loaded];
    await useChecker(page, lang);
    await page.waitForLoadState('networkidle');

    const [document] = await sizeOf(before, 'document', baseUrl, root);
    if (document === undefined) throw new Error(`no document loaded for ${lang}`);
    const htmlText = await readFile(fileOf(`${baseUrl}${lang}/`, baseUrl, root), 'utf8');
    const inline = [...htmlText.matchAll(inlineScript)].map((m) => m[1] ?? '').join('\n');
    const inlineEntry: [string, Weight] = [inlineName, weigh(new TextEncoder().encode(inline))];
    const css = sum(await sizeOf(before, 'stylesheet', baseUrl, root));
    const html = document[1];
    return {
      lang,
      html,
      css,
      htmlCss: { raw: html.raw + css.raw, gzip: html.gzip + css.gzip },
      jsBefore: sum([inlineEntry, ...(await sizeOf(before, 'script', baseUrl, root))]),
      jsAfter: sum([inlineEntry, ...(await sizeOf(loaded, 'script', baseUrl, root))]),
      cssAfter: sum(
        (await sizeOf(loaded, 'stylesheet', baseUrl, root)).filter(
          ([name]) => !css.files.includes(name),
        ),
      ),
    };
  } finally {
    await context.close();
  }
}

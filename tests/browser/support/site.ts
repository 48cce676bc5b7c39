// Shared setup for the page tests: the built site on a loopback server and one Chromium.
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** The three requirement pages' languages. */
export const siteLanguages = ['en', 'de', 'it'] as const;

/** A served build plus a browser, closed together. */
export interface Site {
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Serves a build directory (dist/ by default) under `base` and launches Chromium. */
export async function openSite(root = 'dist', base = '/'): Promise<Site> {
  const server = await serveStatic(root, base);
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The requests that left the local server: not to it, not an inline data: URL, and not the
 * checker worker's blob: URL of this origin (the page's own memory, no network).
 */
export function onlyLocal(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith('data:') &&
      !url.startsWith(`blob:${origin}/`),
  );
}

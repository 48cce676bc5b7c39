// Shared setup of the checker's browser test files: the built site, Chromium and the fixtures.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkerFixtures, type CheckerFixtures } from './checker-fixtures.ts';
import { openChecker, type OpenOptions } from './checker-page.ts';
import type { RecordingPage } from './browser.ts';
import { openSite, type Site } from './site.ts';
import type { StaticServer } from './static-server.ts';

/** What a checker test file uses; available inside tests (after beforeAll). */
export interface CheckerSite {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly fx: CheckerFixtures;
  /** Opens `/{lang}/` with the test PKI's clock (see openChecker). */
  open(lang: string, options?: Partial<OpenOptions>): Promise<RecordingPage>;
}

/** Registers beforeAll/afterAll hooks that open and close the site for the calling file. */
export function useCheckerSite(): CheckerSite {
  let site: Site | undefined;
  let fixtures: CheckerFixtures | undefined;
  beforeAll(async () => {
    [site, fixtures] = await Promise.all([openSite(), checkerFixtures()]);
  });
  afterAll(async () => {
    await site?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('checker site used before beforeAll ran');
    return value;
  };
  return {
    get browser() {
      return ready(site).browser;
    },
    get server() {
      return ready(site).server;
    },
    get fx() {
      return ready(fixtures);
    },
    open(lang, options = {}) {
      const { browser, server } = ready(site);
      return openChecker(browser, server.url, lang, { now: ready(fixtures).pki.now, ...options });
    },
  };
}

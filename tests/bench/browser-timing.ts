// Chromium timings of a locale page, measured inside the page with performance.mark/measure
// (not wall clock around Playwright calls, which would add the DevTools round trips).
import type { Browser, Page } from 'playwright-core';
import { pkiNow } from '../support/pki/index.ts';
import { benchInputs, type BenchInputs } from './bench-servers.ts';

/** One page load and one check, in milliseconds. */
export interface BrowserRun {
  /** Navigation start to DOMContentLoaded end (page scripts run, page usable). */
  readonly pageInteractiveMs: number;
  /** Navigation start to the load event end. */
  readonly pageLoadMs: number;
  /** First touch of the checker to the checker answering (lazy import plus start-up). */
  readonly checkerReadyMs: number;
  /**
   * Click on "Check certificates" (the last input, in view at the window's top) to the verdicts
   * shown: the summary's counts and every verdict in the window, laid out.
   */
  readonly verdictMs: number;
}

// Runs in the page: touches the checker and resolves when its first queued click was handled.
function touchChecker(): Promise<void> {
  const root = document.querySelector('#checker');
  const list = root?.querySelector('[data-server-list]');
  const add = root?.querySelector<HTMLButtonElement>('[data-action="add-server"]');
  const reference = root?.querySelector<HTMLTextAreaElement>('#checker-reference');
  if (!root || !list || !add || !reference) throw new Error('checker markup missing');
  return new Promise((resolve) => {
    // The loader queues the click and the checker replays it: a second row means it is running.
    new MutationObserver((_, observer) => {
      if (list.querySelectorAll('[data-server-row]').length < 2) return;
      observer.disconnect();
      performance.mark('bench:checker-ready');
      resolve();
    }).observe(list, { childList: true });
    performance.mark('bench:checker-touch');
    reference.focus();
    add.click();
  });
}

/**
 * Runs in the page: fills every field, lets the page show what was filled, clicks Check, and
 * resolves with the in-page measure, or with null when the checker's typing pause ran a check
 * before the click (then not every certificate would be new to it, and the run is redone).
 */
export async function checkAll(inputs: BenchInputs): Promise<number | null> {
  const root = document.querySelector('#checker');
  if (!root) throw new Error('checker markup missing');
  const list = root.querySelector('[data-server-list]');
  const add = root.querySelector<HTMLButtonElement>('[data-action="add-server"]');
  const check = root.querySelector<HTMLButtonElement>('[data-action="check"]');
  const reference = root.querySelector<HTMLTextAreaElement>('#checker-reference');
  if (!list || !add || !check || !reference) throw new Error('checker markup missing');
  const rows = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[data-server-row]')];
  while (rows().length < inputs.servers.length) add.click();
  const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string): void => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const runsBefore = performance.getEntriesByName('checker:run').length;
  type(reference, inputs.reference);
  inputs.servers.forEach((server, index) => {
    const row = rows()[index];
    const fqdn = row?.querySelector<HTMLInputElement>('[data-fqdn-input]');
    const cert = row?.querySelector<HTMLTextAreaElement>('[data-cert-field] textarea');
    if (!fqdn || !cert) throw new Error(`server row ${index} missing`);
    type(fqdn, server.fqdn);
    type(cert, server.pem);
    // A person clicks Check on a page that shows what was pasted: laying out kilobytes of PEM
    // is the paste's cost, paid as it is pasted. Filling every field in one task is the bench's
    // doing, so each row is laid out as it is filled, and the frame that paints them all comes
    // before the click, outside the measure.
    root.getBoundingClientRect();
  });
  // A person sees the button they click: the window starts at it, the results step below it.
  check.scrollIntoView({ block: 'start' });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (performance.getEntriesByName('checker:run').length !== runsBefore) return null;
  const summary = root.querySelector('[data-checker-summary]');
  const overview = root.querySelector('[data-overview]');
  const results = root.querySelector('[data-results]');
  if (!summary || !overview || !results) throw new Error('checker markup missing');
  const count = inputs.servers.length;
  // A list's verdicts in view are shown when it has all of them, or when the ones it has reach
  // past the window's bottom edge (it is built in order, top down), or when it starts below it.
  const listInView = (list: Element, selector: string): boolean => {
    const shown = list.querySelectorAll(selector);
    if (shown.length >= count) return true;
    const edge = window.innerHeight;
    const last = shown[shown.length - 1];
    return (last ?? list).getBoundingClientRect()[last ? 'bottom' : 'top'] >= edge;
  };
  return new Promise((resolve) => {
    // The verdicts are shown when the summary says them all (its counts are what assistive
    // technology reads) and every verdict in the window is there, laid out (design.md).
    const done = (): boolean =>
      summary.hasAttribute('data-verdict') &&
      listInView(overview, '.overview-row[data-verdict]') &&
      (overview.querySelectorAll('.overview-row[data-verdict]').length < count ||
        listInView(results, '[data-server-result][data-verdict]'));
    new MutationObserver((_, observer) => {
      if (!done()) return;
      observer.disconnect();
      performance.mark('bench:verdicts-shown');
      resolve(
        performance.measure('bench:verdict', 'bench:last-input', 'bench:verdicts-shown').duration,
      );
    }).observe(root, { subtree: true, childList: true, attributes: true });
    performance.mark('bench:last-input');
    check.click();
  });
}

// Runs in the page before its scripts: `new Date()` and Date.now() show `at`, timers stay real.
function fixDate(at: number): void {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(at);
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return at;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}

/** Idle time between the checker starting and the inputs, as a person pasting would leave (BENCH_IDLE_MS). */
export const idleBeforeInputMs = Number(process.env.BENCH_IDLE_MS ?? 1500);

/** Opens `url` on the bench's date, touches the checker and leaves it idle as a person would. */
export async function openIdle(page: Page, url: string): Promise<void> {
  // The test PKI is valid around pkiNow, so the page's Date must show it. Not page.clock: that
  // also fakes performance.now(), which these measures rely on.
  await page.addInitScript(fixDate, pkiNow.getTime());
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(touchChecker);
  // A person needs seconds to paste certificates after the checker appears; the bench then fills
  // every field at once, so all certificates are new to the checker when "Check" is clicked.
  await page.waitForTimeout(idleBeforeInputMs);
}

async function measureOnce(
  page: Page,
  url: string,
  inputs: BenchInputs,
): Promise<BrowserRun | null> {
  await openIdle(page, url);
  const verdictMs = await page.evaluate(checkAll, inputs);
  if (verdictMs === null) return null;
  return page.evaluate((verdict) => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const ready = performance.measure('bench:ready', 'bench:checker-touch', 'bench:checker-ready');
    return {
      pageInteractiveMs: nav?.domContentLoadedEventEnd ?? Number.NaN,
      pageLoadMs: nav?.loadEventEnd ?? Number.NaN,
      checkerReadyMs: ready.duration,
      verdictMs: verdict,
    };
  }, verdictMs);
}

/** How often a size's runs may be redone because a check ran before the click. */
const maxOvertaken = 5;

/** Loads `url` `runs` + 1 times per size (the first run warms the HTTP and code caches). */
export async function measureBrowser(
  browser: Browser,
  url: string,
  sizes: readonly number[],
  runs: number,
): Promise<{ servers: number; runs: BrowserRun[] }[]> {
  const results: { servers: number; runs: BrowserRun[] }[] = [];
  for (const size of sizes) {
    const inputs = await benchInputs(size);
    const measured: BrowserRun[] = [];
    let overtaken = 0;
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      try {
        const page = await context.newPage();
        const result = await measureOnce(page, url, inputs);
        if (result === null) {
          // The typing pause ran out before the click: redo the run on a fresh page.
          overtaken += 1;
          if (overtaken > maxOvertaken)
            throw new Error(
              `${size} servers: the typing pause ran a check before the click ${overtaken} times`,
            );
          run -= 1;
          continue;
        }
        if (run > 0) measured.push(result);
      } finally {
        await context.close();
      }
    }
    results.push({ servers: size, runs: measured });
  }
  return results;
}

// Main-thread long tasks (over 50 ms) while the checker works, seen by a PerformanceObserver in
// the page: during a 20-server check, a 5 MB paste, and the worst-case reference bundle.
import type { Browser, Page } from 'playwright-core';
import { pkiNow } from '../support/pki/index.ts';
import { benchInputs, type BenchInputs } from './bench-servers.ts';

/** One scenario: the longest main-thread task and how long until the checker answered. */
export interface MainThreadRun {
  readonly scenario: string;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly answerMs: number;
}

/**
 * Runs in the page before its scripts: records the duration of every long task from the end of
 * the document's parsing on (before it, the page loads itself; the checker starts after it).
 */
export function observeLongTasks(): void {
  const tasks: number[] = [];
  (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
  let parsed = Number.POSITIVE_INFINITY;
  document.addEventListener('DOMContentLoaded', () => {
    parsed = performance.now();
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime >= parsed) tasks.push(entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}

async function openReady(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('#checker-reference').focus();
  await page.locator('#checker[data-checker-ready]').waitFor();
  // The worker's warm-up and the page's own start-up are not what is measured.
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks.length = 0;
  });
}

async function longTasks(page: Page): Promise<number[]> {
  // Long tasks are reported after they end: give the observer a moment.
  await page.waitForTimeout(200);
  return page.evaluate(() => [
    ...(globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks,
  ]);
}

/** What a scenario's setup leaves in the page for its measured step. */
interface Prepared {
  benchTransfer?: DataTransfer;
}

// Runs in the page (setup, not measured): a clipboard holding `size` characters.
function preparePaste(size: number): void {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', 'A'.repeat(size));
  (globalThis as Prepared).benchTransfer = transfer;
}

// Runs in the page: pastes the prepared text into the reference field, resolves once refused.
function pasteHuge(): Promise<number> {
  const field = document.querySelector<HTMLTextAreaElement>('#checker-reference');
  const error = document.querySelector('[data-cert-field="reference"] [data-field-error]');
  const transfer = (globalThis as Prepared).benchTransfer;
  if (!field || !error || !transfer) throw new Error('checker markup missing');
  const start = performance.now();
  return new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (error.textContent === '') return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(error, { childList: true, characterData: true, subtree: true });
    field.focus();
    field.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  });
}

// Runs in the page (setup, not measured): a file list holding the worst-case bundle.
function prepareFile(bytes: number[]): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(bytes)], 'worst-case.p7b'));
  (globalThis as Prepared).benchTransfer = transfer;
}

// Runs in the page: gives the reference field the file and resolves when the check has answered.
function dropReference(): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('#checker-reference-files');
  const field = document.querySelector('#checker [data-checker-summary]');
  const transfer = (globalThis as Prepared).benchTransfer;
  if (!input || !field || !transfer) throw new Error('checker markup missing');
  const idle = field.textContent;
  const start = performance.now();
  return new Promise((resolve) => {
    const done = (): boolean => field.textContent !== idle;
    new MutationObserver((_, observer) => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(field, { childList: true, characterData: true, subtree: true });
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

// Runs in the page (setup, not measured): fills the reference and the servers.
function fillServers(inputs: BenchInputs): void {
  const root = document.querySelector('#checker');
  const add = root?.querySelector<HTMLButtonElement>('[data-action="add-server"]');
  const check = root?.querySelector<HTMLButtonElement>('[data-action="check"]');
  const reference = root?.querySelector<HTMLTextAreaElement>('#checker-reference');
  if (!root || !add || !check || !reference) throw new Error('checker markup missing');
  const rows = (): Element[] => [...root.querySelectorAll('[data-server-row]')];
  while (rows().length < inputs.servers.length) add.click();
  const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string): void => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type(reference, inputs.reference);
  inputs.servers.forEach((server, index) => {
    const row = rows()[index];
    const fqdn = row?.querySelector<HTMLInputElement>('[data-fqdn-input]');
    const cert = row?.querySelector<HTMLTextAreaElement>('[data-cert-text]');
    if (!fqdn || !cert) throw new Error(`row ${index} missing`);
    type(fqdn, server.fqdn);
    type(cert, server.pem);
  });
}

// Runs in the page: clicks Check and resolves when every verdict shows.
function checkServers(count: number): Promise<number> {
  const root = document.querySelector('#checker');
  const check = root?.querySelector<HTMLButtonElement>('[data-action="check"]');
  if (!root || !check) throw new Error('checker markup missing');
  const start = performance.now();
  return new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (root.querySelectorAll('[data-server-result][data-verdict]').length < count) return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(root, { subtree: true, childList: true, attributes: true });
    check.click();
  });
}

/** One measured scenario: set up unmeasured, then one measured act. */
export interface Scenario {
  readonly name: string;
  /** A query the page is opened with (a runbook link): measured from the page's first task. */
  readonly query?: string;
  readonly prepare: (page: Page) => Promise<void>;
  /** Does the measured thing and resolves with the milliseconds until the checker answered. */
  readonly act: (page: Page) => Promise<number>;
}

/** Measures each scenario on a fresh page of `url`. */
export async function measureMainThread(
  browser: Browser,
  url: string,
  worstCase: Uint8Array,
  more: readonly Scenario[] = [],
): Promise<MainThreadRun[]> {
  const inputs = await benchInputs(20);
  const scenarios: Scenario[] = [
    {
      name: '20 servers with chains',
      prepare: (page) => page.evaluate(fillServers, inputs),
      act: (page) => page.evaluate(checkServers, inputs.servers.length),
    },
    {
      name: '5 MB paste',
      prepare: (page) => page.evaluate(preparePaste, 5 * 1024 * 1024),
      act: (page) => page.evaluate(pasteHuge),
    },
    {
      name: `worst-case reference (${String(worstCase.length)} bytes)`,
      prepare: (page) => page.evaluate(prepareFile, [...worstCase]),
      act: (page) => page.evaluate(dropReference),
    },
    ...more,
  ];
  const runs: MainThreadRun[] = [];
  for (const scenario of scenarios) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(pkiNow);
      await page.addInitScript(observeLongTasks);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(url).origin,
      });
      if (scenario.query === undefined) {
        await openReady(page, url);
        await scenario.prepare(page);
        // Only the checker's own work is measured: the setup's tasks are forgotten.
        await page.waitForTimeout(500);
        await page.evaluate(() => {
          (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks.length = 0;
        });
      } else await page.goto(`${url}${scenario.query}`, { waitUntil: 'load' });
      const answerMs = await scenario.act(page);
      const tasks = await longTasks(page);
      runs.push({
        scenario: scenario.name,
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
        answerMs,
      });
    } finally {
      await context.close();
    }
  }
  return runs;
}

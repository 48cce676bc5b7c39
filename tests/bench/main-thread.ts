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

// Runs in the page before its scripts: records every long task.
function observeLongTasks(): void {
  const tasks: number[] = [];
  (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
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

// Runs in the page: pastes `size` characters into the reference field, resolves once refused.
function pasteHuge(size: number): Promise<number> {
  const field = document.querySelector<HTMLTextAreaElement>('#checker-reference');
  const error = document.querySelector('[data-cert-field="reference"] [data-field-error]');
  if (!field || !error) throw new Error('checker markup missing');
  const transfer = new DataTransfer();
  transfer.setData('text/plain', 'A'.repeat(size));
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

// Runs in the page: gives the reference field a file and resolves when the check has answered.
function dropReference(bytes: number[]): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('#checker-reference-files');
  const field = document.querySelector('#checker [data-checker-summary]');
  if (!input || !field) throw new Error('checker markup missing');
  const idle = field.textContent;
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(bytes)], 'worst-case.p7b'));
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

// Runs in the page: fills 20 servers, clicks Check, resolves when every verdict shows.
function checkServers(inputs: BenchInputs): Promise<number> {
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
  const start = performance.now();
  return new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (
        root.querySelectorAll('[data-server-result][data-verdict]').length < inputs.servers.length
      )
        return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(root, { subtree: true, childList: true, attributes: true });
    check.click();
  });
}

/** Measures each scenario on a fresh page of `url`. */
export async function measureMainThread(
  browser: Browser,
  url: string,
  worstCase: Uint8Array,
): Promise<MainThreadRun[]> {
  const inputs = await benchInputs(20);
  const scenarios: { name: string; act: (page: Page) => Promise<number> }[] = [
    { name: '20 servers with chains', act: (page) => page.evaluate(checkServers, inputs) },
    { name: '5 MB paste', act: (page) => page.evaluate(pasteHuge, 5 * 1024 * 1024) },
    {
      name: `worst-case reference (${String(worstCase.length)} bytes)`,
      act: (page) => page.evaluate(dropReference, [...worstCase]),
    },
  ];
  const runs: MainThreadRun[] = [];
  for (const scenario of scenarios) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(pkiNow);
      await page.addInitScript(observeLongTasks);
      await openReady(page, url);
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

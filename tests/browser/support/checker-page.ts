// Drives the embedded checker like a user: opens a locale page, fills fields, reads results.
import type { Browser, Locator, Page } from 'playwright-core';
import { openRecordingPage, type RecordingPage } from './browser.ts';

/** The locales whose pages embed the checker, with the visible labels the contract names. */
export const localeLabels = [
  {
    lang: 'en',
    reference: 'Reference certificates',
    fqdn: 'Server FQDN',
    cert: 'Server certificate',
    add: 'Add server',
    check: 'Check certificates',
    date: 'Check validity on',
  },
  {
    lang: 'de',
    reference: 'Referenzzertifikate',
    fqdn: 'Server-FQDN',
    cert: 'Serverzertifikat',
    add: 'Server hinzufügen',
    check: 'Zertifikate prüfen',
    date: 'Gültigkeit prüfen am',
  },
  {
    lang: 'it',
    reference: 'Certificati di riferimento',
    fqdn: 'FQDN del server',
    cert: 'Certificato del server',
    add: 'Aggiungi server',
    check: 'Verifica certificati',
    date: 'Data di verifica della validità',
  },
] as const;

/** One locale's labels. */
export type LocaleLabels = (typeof localeLabels)[number];

/** Options for opening a checker page. */
export interface OpenOptions {
  readonly query?: string;
  readonly colorScheme?: 'light' | 'dark';
  /** The instant the page's clock shows, so validity matches the test PKI. */
  readonly now: Date;
}

/** Opens `/{lang}/` with a fixed clock and the recording hooks of browser.ts. */
export async function openChecker(
  browser: Browser,
  baseUrl: string,
  lang: string,
  options: OpenOptions,
): Promise<RecordingPage> {
  const recording = await openRecordingPage(browser, {
    ...(options.colorScheme === undefined ? {} : { colorScheme: options.colorScheme }),
  });
  await recording.page.clock.setFixedTime(options.now);
  await recording.page.goto(`${baseUrl}${lang}/${options.query ?? ''}`);
  return recording;
}

/** The checker's element inside the page. */
export const checker = (page: Page) => page.locator('#checker');

/** The n-th (0-based) server row. */
export const serverRow = (page: Page, index: number) =>
  checker(page).locator('[data-server-row]').nth(index);

/** Fills the reference field with text (paste). */
export async function pasteReference(
  page: Page,
  labels: LocaleLabels,
  text: string,
): Promise<void> {
  await checker(page).getByLabel(labels.reference, { exact: true }).fill(text);
}

/**
 * Puts `text` on the clipboard (a real paste's source) and focuses the English page's many-servers
 * field, so that the caller's Ctrl+V pastes it when the test is ready to measure.
 */
export async function clipboardIntoBulk(page: Page, origin: string, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((clip) => navigator.clipboard.writeText(clip), text);
  await checker(page).getByLabel('Many servers at once', { exact: true }).focus();
}

/** Fills the n-th server row, adding rows as needed. */
export async function fillServer(
  page: Page,
  labels: LocaleLabels,
  index: number,
  fqdn: string,
  certificate: string,
): Promise<void> {
  while ((await checker(page).locator('[data-server-row]').count()) <= index) {
    await checker(page).getByRole('button', { name: labels.add, exact: true }).click();
  }
  const row = serverRow(page, index);
  await row.getByLabel(labels.fqdn, { exact: true }).fill(fqdn);
  await row.getByLabel(labels.cert, { exact: true }).fill(certificate);
}

/** Waits until the overall result has a verdict and every named server has one too. */
export async function waitForVerdicts(page: Page, fqdns: readonly string[]): Promise<void> {
  await checker(page).locator('[data-checker-summary][data-verdict]').waitFor();
  for (const fqdn of fqdns) {
    await checker(page).locator(`[data-fqdn="${fqdn}"][data-verdict]`).waitFor();
  }
  // The fields' recognized lines and errors follow the verdicts by one task.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Opens a full result's folded passing checks, as a person would, so that all its checks show. */
export async function openPassingChecks(result: Locator): Promise<void> {
  const folded = result.locator('details.passing:not([open]) > summary');
  if ((await folded.count()) > 0) await folded.click();
}

/** One check of a server's full result, passing ones unfolded first. */
export async function checkOf(page: Page, fqdn: string, id: string): Promise<Locator> {
  const result = checker(page).locator(`[data-server-result][data-fqdn="${fqdn}"]`);
  await openPassingChecks(result);
  return result.locator(`[data-check-id="${id}"]`);
}

/** The contract attributes of one server's result. */
export async function serverVerdict(
  page: Page,
  fqdn: string,
): Promise<{ verdict: string | null; sameCa: string | null }> {
  const result = checker(page).locator(`[data-fqdn="${fqdn}"]`);
  return {
    verdict: await result.getAttribute('data-verdict'),
    sameCa: await result.getAttribute('data-same-ca'),
  };
}

/** The overall verdict attribute. */
export async function overallVerdict(page: Page): Promise<string | null> {
  return checker(page).locator('[data-checker-summary]').getAttribute('data-verdict');
}

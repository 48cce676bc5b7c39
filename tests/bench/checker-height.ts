// The checker's height once two servers are checked, at a 1280×800 viewport (issue 10's measure).
import type { Browser } from 'playwright-core';
import {
  fillServer,
  localeLabels,
  pasteReference,
  waitForVerdicts,
} from '../browser/support/checker-page.ts';
import { createTestPki, pemChain, pkiNow } from '../support/pki/index.ts';

/** Height in CSS pixels of `#checker` with two checked servers (one passing, one failing). */
export async function measureCheckerHeight(browser: Browser, baseUrl: string): Promise<number> {
  const labels = localeLabels[0];
  const { cas, leaves } = await createTestPki();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(pkiNow);
    await page.goto(`${baseUrl}en/`);
    await pasteReference(page, labels, pemChain(leaves.frontEnd, cas.issuingCa1, cas.root));
    await fillServer(page, labels, 0, leaves.pchat.fqdn, pemChain(leaves.pchat, cas.issuingCa1));
    await fillServer(page, labels, 1, leaves.expired.fqdn, leaves.expired.pem);
    await page.locator('#checker').getByRole('button', { name: labels.check, exact: true }).click();
    await waitForVerdicts(page, [leaves.pchat.fqdn, leaves.expired.fqdn]);
    const box = await page.locator('#checker').boundingBox();
    if (box === null) throw new Error('checker not laid out');
    return Math.round(box.height);
  } finally {
    await context.close();
  }
}

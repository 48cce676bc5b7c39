// The main-thread bench's scenarios of issue 25 (faults 5 and 6): a thousand certificates pasted
// into "Many servers at once", two hundred files dropped there, and a runbook link naming three
// thousand servers; and of issue 22, the snippet's bundle for two hundred Front End Servers (four
// hundred certificates and the reference) pasted there. The page must stay under 50 ms a task
// while it builds the rows and verdicts.
import type { Page } from 'playwright-core';
import type { Scenario } from './main-thread.ts';
import { snippetBundleOf, type ManyServers } from './many-servers-input.ts';

// Runs in the page: resolves with the milliseconds until `count` elements match `selector`.
function shown({ selector, count }: { selector: string; count: number }): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    const done = (): boolean => document.querySelectorAll(selector).length >= count;
    if (done()) resolve(performance.now() - start);
    new MutationObserver((_, observer) => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** Sets the reference (the many servers' CA) and lets the checker answer it, unmeasured. */
async function withReference(page: Page, caPem: string): Promise<void> {
  await page.locator('#checker-reference').fill(caPem);
  await page.locator('#checker [data-recognized]').first().filter({ hasText: 'Many CA' }).waitFor();
}

const verdicts = (count: number) => ({ selector: '[data-server-result][data-verdict]', count });

/** The scenarios: `many` servers pasted (a thousand), `rsa` ones dropped as chain files. */
export function manyInputScenarios(many: ManyServers, rsa: ManyServers): Scenario[] {
  const pasted = many.servers.slice(0, 1000);
  // Each dropped file a chain: the server's certificate, then its CA's.
  const dropped = rsa.servers.map((s) => ({ name: `${s.fqdn}.pem`, pem: `${s.pem}${rsa.caPem}` }));
  return [
    {
      name: `${pasted.length} certificates pasted`,
      prepare: async (page) => {
        await withReference(page, many.caPem);
        const text = pasted.map((server) => server.pem).join('');
        await page.evaluate((clip) => navigator.clipboard.writeText(clip), text);
        await page.locator('#checker-bulk').focus();
      },
      act: async (page) => {
        const answer = page.evaluate(shown, verdicts(pasted.length));
        await page.keyboard.press('Control+V');
        return answer;
      },
    },
    {
      name: `${dropped.length} files dropped`,
      prepare: (page) => withReference(page, rsa.caPem),
      act: (page) =>
        page.evaluate(
          async ({ files, wanted }) => {
            const zone = document.querySelector('[data-cert-field="bulk"] [data-drop-zone]');
            const transfer = new DataTransfer();
            for (const file of files) transfer.items.add(new File([file.pem], file.name));
            const start = performance.now();
            zone?.dispatchEvent(
              new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
            );
            await new Promise<void>((resolve) => {
              const done = () => document.querySelectorAll(wanted).length >= files.length;
              new MutationObserver((_, observer) => {
                if (!done()) return;
                observer.disconnect();
                resolve();
              }).observe(document.body, { subtree: true, childList: true, attributes: true });
            });
            return performance.now() - start;
          },
          { files: dropped, wanted: '[data-server-result][data-verdict]' },
        ),
    },
    {
      name: `a bundle of ${rsa.servers.length} servers pasted`,
      prepare: async (page) => {
        await page.evaluate((clip) => navigator.clipboard.writeText(clip), snippetBundleOf(rsa));
        await page.locator('#checker-bulk').focus();
      },
      act: async (page) => {
        const answer = page.evaluate(shown, verdicts(rsa.servers.length));
        await page.keyboard.press('Control+V');
        return answer;
      },
    },
    {
      name: 'a link naming 3,000 servers',
      query: `?${Array.from({ length: 3000 }, (_, i) => `server=pchat${i}.contoso.com`).join('&')}`,
      prepare: () => Promise.resolve(),
      act: (page) => page.evaluate(shown, { selector: '[data-overview] > li', count: 500 }),
    },
  ];
}

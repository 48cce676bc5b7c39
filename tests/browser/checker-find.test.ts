// Results out of view are skipped by the screen (content-visibility) and the lines below the
// window are built a task after the verdicts in view (issue 24), yet find in page still finds
// every server: they are in the document, not hidden from it.
import { beforeAll, describe, expect, it } from 'vitest';
import { manyServers, type ManyServers } from '../bench/many-servers-input.ts';
import {
  checker,
  clipboardIntoBulk,
  localeLabels,
  pasteReference,
} from './support/checker-page.ts';
import { useCheckerSite } from './support/checker-site.ts';

const site = useCheckerSite();
const count = 60;

describe('find in page', () => {
  let many: ManyServers;
  beforeAll(async () => {
    many = await manyServers(count);
  }, 60_000);

  it(`finds the last of ${count} servers in its overview line and its result`, async () => {
    const [english] = localeLabels;
    const { page, context } = await site.open('en');
    try {
      await pasteReference(page, english, many.caPem);
      await page.locator('#checker[data-checker-ready]').waitFor();
      const pasted = many.servers.map((server) => server.pem).join('');
      await clipboardIntoBulk(page, site.server.origin, pasted);
      await page.keyboard.press('Control+V');
      const last = many.servers.at(-1)?.fqdn ?? '';
      await checker(page).locator(`[data-server-result][data-fqdn="${last}"]`).waitFor();
      // Chromium's find in page, from the top: where each match stands.
      const found = await page.evaluate((name) => {
        window.scrollTo(0, 0);
        window.getSelection()?.removeAllRanges();
        const find = (window as unknown as { find: (text: string) => boolean }).find;
        const places: string[] = [];
        while (find(name) && places.length < 10) {
          const at = window.getSelection()?.anchorNode?.parentElement;
          const place = at?.closest('.overview-row, [data-server-result], [data-server-row]');
          places.push(
            place?.matches('.overview-row') === true
              ? `line ${getComputedStyle(place).contentVisibility}`
              : place?.matches('[data-server-result]') === true
                ? `result ${getComputedStyle(place).contentVisibility}`
                : 'elsewhere',
          );
        }
        return places.filter((place) => place !== 'elsewhere');
      }, last);
      expect(found).toEqual(['line auto', 'result auto']);
    } finally {
      await context.close();
    }
  });
});

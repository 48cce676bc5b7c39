import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRecordingPage } from './support/browser.ts';
import { openSite, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const rows = [
  {
    name: 'en → de keeps a checklist anchor',
    input: { from: 'en/#obtain-certificates', to: 'Deutsch' },
    want: 'de/#obtain-certificates',
  },
  {
    name: 'de → it keeps query and anchor',
    input: { from: 'de/?server=fe01.contoso.com#checker', to: 'Italiano' },
    want: 'it/?server=fe01.contoso.com#checker',
  },
  { name: 'it → en without anchor', input: { from: 'it/', to: 'English' }, want: 'en/' },
  {
    name: 'an anchor followed after load is kept',
    input: { from: 'en/', to: 'Italiano', follow: '#source' },
    want: 'it/#source',
  },
];

describe('the language picker switches language and keeps the place', () => {
  it.each(rows)('$name', async ({ input, want }) => {
    const { page, context, errors } = await openRecordingPage(site.browser);
    try {
      await page.goto(site.server.url + input.from);
      if (input.follow) await page.evaluate((hash) => (location.hash = hash), input.follow);
      await page.getByRole('navigation').getByRole('link', { name: input.to }).click();
      await page.waitForURL(site.server.url + want);
      expect(page.url()).toBe(site.server.url + want);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

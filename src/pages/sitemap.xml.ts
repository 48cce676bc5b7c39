// sitemap.xml: the requirement page of every language, each listing its alternates.
import type { APIRoute } from 'astro';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { languages } from '../i18n/languages.ts';

/** Builds the sitemap at build time. */
export const GET: APIRoute = () => {
  const alternates = languages
    .map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${getAbsoluteLocaleUrl(l, '')}"/>`,
    )
    .join('');
  const urls = languages
    .map((l) => `<url><loc>${getAbsoluteLocaleUrl(l, '')}</loc>${alternates}</url>`)
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Intranet hosting under a sub-path: BASE_PATH=/docs/pchat npm run build.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://pchat-certs.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  i18n: {
    locales: ['en', 'de', 'it'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// Intranet hosting under a sub-path: BASE_PATH=/docs/pchat npm run build.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://pchat-certs.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  vite: {
    // The checker's worker imports the core as ES modules.
    worker: { format: 'es' },
    // The core and the report renderers are pure (no module does anything when loaded), so the
    // page takes the core through its index and gets only what it uses, not the parsers.
    build: {
      rolldownOptions: {
        treeshake: { moduleSideEffects: (id) => !/\/src\/lib\//.test(id) },
      },
    },
  },
  // No code blocks here, and Shiki's inline styles would break the CSP. Apostrophes stay as
  // written: front matter and UI strings cannot be "smart", so the body is not either.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  i18n: {
    locales: ['en', 'de', 'it'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // Emitted as a <meta> tag with hashes of Astro's own scripts and styles; certificates never
    // leave the browser, so nothing may connect anywhere and scripts come only from this site.
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "form-action 'none'",
        "base-uri 'none'",
        "object-src 'none'",
        // The checker parses and checks in a module worker. It starts from a blob: URL (which
        // inherits this policy; a worker from its own URL would get none) that imports the
        // worker module from this site.
        "worker-src 'self' blob:",
        // No HTML or script strings reach a sink anywhere. The one policy allowed admits only
        // the checker worker's own URL (src/scripts/checker/page/create-worker.ts); no default
        // policy, no duplicates, no HTML rule.
        "require-trusted-types-for 'script'",
        'trusted-types pchat-checker-worker',
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// Intranet hosting under a sub-path: BASE_PATH=/docs/pchat npm run build.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://pchat-certs.example.org';

// Vite wraps every dynamic import of the page in its preload helper, even with `modulePreload`
// off (vitejs/vite#18551). Off, it would preload only the stylesheets a lazy chunk imports, and
// the checker's chunks import none (its styles are in the page), so the helper (0.7 KB of gzip
// in the loader, the only script before interaction) just calls the import: this one does that
// alone. The browser fetches a chunk's imports itself; there is nothing else to preload, since
// a lazy chunk imports only chunks the page has already loaded. A build in which a lazy chunk
// would preload a stylesheet stops with an error.
const preloadHelper = '\0vite/preload-helper.js';
/** @type {import('vite').Plugin} */
const plainDynamicImports = {
  name: 'pchat:plain-dynamic-imports',
  enforce: 'pre',
  // Astro sets the client's `modulePreload` (its polyfill off); set here, it stays off.
  configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : null),
  resolveId: (id) => (id === preloadHelper ? id : null),
  load: (id) => (id === preloadHelper ? 'export const __vitePreload = (load) => load();' : null),
  writeBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && file.code.includes('__vite__mapDeps')) {
        this.error(`${file.fileName} preloads a stylesheet: the plain preload helper cannot`);
      }
    }
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  vite: {
    plugins: [plainDynamicImports],
    // The checker's worker imports the core as ES modules.
    worker: {
      format: 'es',
      // Everything the worker imports statically is one file, so a check loads one script. Left
      // alone, Rolldown moves der.ts, oids.ts, input-error.ts and algorithms.ts into small common
      // chunks that every check fetches (0.86 KB more gzip), because the lazy chunks import them
      // too: its pass that keeps in the entry what the entry has already loaded takes modules in
      // execution order, so a shared leaf comes before the shared modules that import it
      // (der-kind.ts for the bundle reader, the checks for check-request.ts) while those are
      // still apart, and moving the leaf alone would make the chunks import each other in a
      // cycle. The lazy chunks (schema parser, request reader, bundle reader, split job) stay;
      // what only they use but the core's index re-exports (the bundle reader's loader, limits
      // and FQDN message keys, 0.2 KB) comes along, since the group follows static imports.
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'worker', tags: ['$initial'] }] } },
      },
    },
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

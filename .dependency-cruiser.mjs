// Import rules checked in `npm test` (docs/design.md, "Architecture"): no cycles anywhere in src,
// and the layers point one way — the core and the report renderers are pure, the page never
// reaches into the CLI, the CLI never into the page.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the modules in it one module in disguise: move the shared piece out.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'The checker core runs unchanged in the browser, in a worker and in Node: no Node built-ins, no Astro, no i18next, nothing from the edges.',
      from: { path: '^src/lib/cert/' },
      to: {
        pathNot: [
          '^src/lib/cert/',
          '^node_modules/@peculiar/',
          '^node_modules/(reflect-metadata|pvtsutils|asn1js|tslib|pvutils|tsyringe)/',
          '^locales/en/messages\\.json$',
          '^locales/en/bundle\\.json$',
        ],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      comment: 'The core runs in the browser: no node:* modules.',
      from: { path: '^src/lib/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'report-is-pure',
      severity: 'error',
      comment:
        'The report renderers serve the page and the CLI alike: they import the core and the shared i18n helpers only.',
      from: { path: '^src/lib/report/' },
      to: {
        path: ['^src/(cli|scripts|components|pages|layouts)/', '^node_modules/(astro|i18next)/'],
      },
    },
    {
      name: 'page-uses-core-index',
      severity: 'error',
      comment:
        'The page and its worker reach the checker core through its index only (src/lib/cert/index.ts): what the core offers a front end is said in one place.',
      from: { path: '^src/(scripts|components|pages|layouts)/' },
      to: { path: '^src/lib/cert/', pathNot: '^src/lib/cert/index\\.ts$' },
    },
    {
      name: 'checker-rooms',
      severity: 'error',
      comment:
        'The checker has three rooms: page/ (the main thread), worker/ (the Web Worker) and the protocol between them. Neither thread imports the other, only the protocol (the page starts the worker by its URL).',
      from: {
        path: '^src/scripts/checker/(page|worker)/',
        // Its import of the worker is the built worker's URL (`?worker&url`), not the worker's code.
        pathNot: '^src/scripts/checker/page/create-worker\\.ts$',
      },
      to: {
        path: '^src/scripts/checker/(page|worker)/',
        pathNot: ['^src/scripts/checker/$1/'],
      },
    },
    {
      name: 'cli-uses-report-index',
      severity: 'error',
      comment:
        'The CLI reaches the report renderers through their index only (src/lib/report/index.ts), as the page does; issue 13 found it importing past it.',
      from: { path: '^src/cli/' },
      to: { path: '^src/lib/report/', pathNot: '^src/lib/report/index\\.ts$' },
    },
    {
      name: 'page-never-imports-cli',
      severity: 'error',
      comment: 'The page script is DOM wiring; the CLI is Node-only.',
      from: { path: '^src/(scripts|components|pages|layouts)/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-never-imports-page',
      severity: 'error',
      comment: 'The CLI has no DOM.',
      from: { path: '^src/cli/' },
      to: { path: '^src/(scripts|components|pages|layouts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.mjs', '.js', '.json'],
    },
  },
};

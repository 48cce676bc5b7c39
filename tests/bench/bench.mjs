// Benchmark orchestrator (npm run bench): builds the site cold into dist-bench/, runs each
// section, prints its table, and writes all results to bench-results/bench.json. A section is a
// module in tests/bench/ exporting `run(context)` → { title, table: string[][], data }; see
// tests/bench/section.ts. `npm run bench -- browser summary` runs only the named sections
// (measuring sections then use an existing dist-bench/, or build it once if it is missing).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const root = 'dist-bench';
const sections = [
  { name: 'build', load: () => import('./build-time.ts') },
  { name: 'page-weight', load: () => import('./page-weight-section.ts') },
  { name: 'browser', load: () => import('./browser-section.ts') },
  { name: 'main-thread', load: () => import('./main-thread-section.ts') },
  { name: 'node-core', load: () => import('./node-core.mjs') },
  { name: 'cli', load: () => import('./cli-section.ts') },
  { name: 'worst-cases', load: () => import('./worst-cases.mjs') },
  { name: 'tls', load: () => import('./tls-section.mjs') },
  { name: 'lighthouse', load: () => import('./lighthouse-section.ts') },
  // Last: it reads the figures of the sections above.
  { name: 'summary', load: () => import('./summary-section.ts') },
];

function printTable(title, table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log(`\n${title}`);
  for (const [index, row] of table.entries()) {
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  '),
    );
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const wanted = process.argv.slice(2);
const chosen = sections.filter((s) => wanted.length === 0 || wanted.includes(s.name));
if (!chosen.some((s) => s.name === 'build') && !existsSync(root)) {
  chosen.unshift(sections[0]);
}
const results = { generatedAt: new Date().toISOString(), sections: {} };
for (const section of chosen) {
  const { run } = await section.load();
  const result = await run({ root, results: results.sections });
  printTable(result.title, result.table);
  for (const note of result.notes ?? []) console.log(`Note: ${note}`);
  results.sections[section.name] = { title: result.title, ...result.data };
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten: bench-results/bench.json');

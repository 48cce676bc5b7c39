// Benchmark orchestrator (npm run bench): runs each section, prints its table, and writes all
// results to bench-results/bench.json. A section is a module in scripts/bench/ exporting
// `run()` → { title, table: string[][], data }; add browser, page-weight or Lighthouse
// sections to `sections` below. `npm run bench -- node-core` runs only the named sections.
import { mkdirSync, writeFileSync } from 'node:fs';

const sections = [{ name: 'node-core', load: () => import('./bench/node-core.mjs') }];

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
const results = { generatedAt: new Date().toISOString(), sections: {} };
for (const section of sections) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  const { run } = await section.load();
  const result = await run();
  printTable(result.title, result.table);
  results.sections[section.name] = { title: result.title, ...result.data };
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten: bench-results/bench.json');

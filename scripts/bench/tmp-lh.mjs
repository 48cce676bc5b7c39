const { run } = await import('./lighthouse-section.ts');
const r = await run({ root: 'dist-lhtest', results: {} });
console.log(r.table.map((x) => x.join(' | ')).join('\n'));

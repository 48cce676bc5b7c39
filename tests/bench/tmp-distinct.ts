import { launchChromium } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { benchInputs } from './bench-servers.ts';
import { checkAll, openIdle } from './browser-timing.ts';
import { manyServers } from './many-servers-input.ts';
import { median } from './median.ts';
const browser = await launchChromium();
const server = await serveStatic(process.argv[2] ?? 'dist');
for (const size of [20, 200]) {
  const many = await manyServers(size, 'rsa2048');
  const distinct = { reference: many.caPem, servers: many.servers.map((s) => ({ fqdn: s.fqdn, pem: `${s.pem}${many.caPem}` })) };
  const repeated = await benchInputs(size);
  const got: Record<string, number[]> = { distinct: [], repeated: [] };
  for (let i = 0; i < 7; i++) {
    for (const [name, inputs] of [['distinct', distinct], ['repeated', repeated]] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await openIdle(page, `${server.url}en/`);
      const v = await page.evaluate(checkAll, inputs);
      if (v !== null && i > 0) got[name]!.push(v);
      await context.close();
    }
  }
  for (const [name, values] of Object.entries(got)) console.log(size, name, 'median', median(values).toFixed(1), 'min', Math.min(...values).toFixed(1), values.map((v) => v.toFixed(0)).join(' '));
}
await browser.close(); await server.close();

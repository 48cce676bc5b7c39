// `npm test` runs its stages through this script so that every run, CI's included, says where the
// time went: each stage is an npm script, run in order; the first that fails stops the run.
import { spawnSync } from 'node:child_process';

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const times = [];
const started = performance.now();
for (const stage of process.argv.slice(2)) {
  const start = performance.now();
  const { status } = spawnSync('npm', ['run', '--silent', stage], { stdio: 'inherit' });
  times.push(`${stage} ${seconds(start)}`);
  console.log(`\nstage ${times.at(-1)}${status === 0 ? '' : ' (failed)'}`);
  if (status !== 0) process.exit(status ?? 1);
}
console.log(`\nnpm test stages: ${times.join(', ')}; total ${seconds(started)}`);

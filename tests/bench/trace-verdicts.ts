// Where "last input → verdicts" goes: one bench run per size traced with Chromium's performance
// tracing, and the time between the bench's two marks summed per thread and per kind of work
// (script, style, layout, paint, …), then every main-thread task in that window. How to run:
//   npx astro build && SIZES=20,200 npx node tests/bench/trace-verdicts.ts [dist]
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/support/browser.ts';
import { serveStatic } from '../browser/support/static-server.ts';
import { benchInputs } from './bench-servers.ts';
import { checkAll, openIdle } from './browser-timing.ts';
import { median } from './median.ts';

/** A sampled function, as the profiler names it. */
interface CallFrame {
  readonly functionName: string;
  readonly url?: string;
  readonly lineNumber: number;
}

/** A CPU profile (CDP `Profiler.Profile`), as far as it is read here. */
interface Profile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: CallFrame }[];
  readonly startTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** One trace event, as far as it is read here. */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** The thread's CPU time in the event, where the trace has it. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: {
    readonly name?: string;
    readonly beginData?: { dirtyObjects?: number; totalObjects?: number };
    readonly data?: {
      readonly cpuProfile?: {
        nodes?: { id: number; callFrame: CallFrame }[];
        samples?: number[];
      };
      readonly timeDeltas?: number[];
      readonly startTime?: number;
    };
  };
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
  // Samples of every thread's script, the worker's too (PROFILE=1).
  ...(process.env.WORKER_PROFILE === '1' ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

// The kinds of work a task's time is summed into, by trace event name.
const kinds: Readonly<Record<string, string>> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  'V8.Execute': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  ParseHTML: 'parse',
};

/** Time of `events` per kind, counting each instant once (outermost event of a kind wins). */
function perKind(events: readonly TraceEvent[]): Map<string, number> {
  const totals = new Map<string, number>();
  const open: { kind: string; end: number }[] = [];
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    const kind = kinds[event.name];
    if (kind === undefined || event.dur === undefined) continue;
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= event.ts) open.pop();
    // Layout forced inside a script counts as layout, taken out of the script around it.
    const outer = open.at(-1);
    if (outer?.kind === kind) continue;
    if (outer !== undefined) totals.set(outer.kind, (totals.get(outer.kind) ?? 0) - event.dur);
    totals.set(kind, (totals.get(kind) ?? 0) + event.dur);
    open.push({ kind, end: event.ts + event.dur });
  }
  return totals;
}

/** The worker thread's sampled functions from the trace's profile chunks, as one profile. */
function workerProfile(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
): Profile | undefined {
  const head = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (head === undefined) return undefined;
  const id = (head as unknown as { id: string }).id;
  const chunks = events.filter(
    (e) => e.name === 'ProfileChunk' && (e as unknown as { id: string }).id === id,
  );
  const nodes: { id: number; callFrame: CallFrame }[] = [];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (const chunk of chunks) {
    for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.push({ ...node });
    samples.push(...(chunk.args?.data?.cpuProfile?.samples ?? []));
    timeDeltas.push(...(chunk.args?.data?.timeDeltas ?? []));
  }
  const startTime = head.args?.data?.startTime ?? 0;
  return { nodes, samples, timeDeltas, startTime };
}

/** The functions that took most of the sampled time between `start` and `end` (trace clock). */
function selfTimes(profile: Profile, start: number, end: number, count = 30): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let at = profile.startTime;
  for (const [index, id] of (profile.samples ?? []).entries()) {
    const delta = profile.timeDeltas?.[index] ?? 0;
    at += delta;
    if (at < start || at > end) continue;
    const frame = nodes.get(id)?.callFrame;
    const name = `${frame?.functionName || '(anonymous)'} ${frame?.url?.split('/').at(-1) ?? ''}:${frame?.lineNumber ?? 0}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[index + 1] ?? delta));
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
  for (const [name, us] of top) console.log(`    ${ms(us).padStart(9)}  ${name}`);
}

const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`;

/** Each thread's CPU time in the window, per run, by thread name and size. */
const totals = new Map<string, number[]>();

async function traceOnce(browser: Browser, url: string, size: number): Promise<void> {
  const inputs = await benchInputs(size);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await openIdle(page, url);
    // The main thread's script, sampled (PROFILE=1; read it on a build that is not minified).
    const cdp = process.env.PROFILE === '1' ? await context.newCDPSession(page) : null;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp?.send('Profiler.start');
    await browser.startTracing(page, { categories });
    const verdictMs = await page.evaluate(checkAll, inputs);
    await page.waitForTimeout(300);
    const profile = (await cdp?.send('Profiler.stop'))?.profile;
    const trace = JSON.parse(String(await browser.stopTracing())) as {
      traceEvents: TraceEvent[];
    };
    const events = trace.traceEvents;
    const mark = (name: string): number =>
      events.find((e) => e.name === name && e.ph !== 'M')?.ts ?? Number.NaN;
    const start = mark('bench:last-input');
    const end = mark('bench:verdicts-shown');
    const threads = new Map(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name')
        .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']),
    );
    // Work that started in the window: the task that shows the verdicts ends after the mark.
    const inWindow = events.filter((e) => e.ph === 'X' && e.ts >= start && e.ts <= end);
    console.log(`\n${size} servers: last input → verdicts ${verdictMs?.toFixed(1)} ms`);
    if (profile !== undefined) selfTimes(profile, start, end, 25);

    const byThread = new Map<string, TraceEvent[]>();
    for (const event of inWindow) {
      const key = `${event.pid}:${event.tid}`;
      byThread.set(key, [...(byThread.get(key) ?? []), event]);
    }
    for (const [key, list] of byThread) {
      const name = threads.get(key) ?? key;
      if (!/CrRendererMain|Worker/u.test(name)) continue;
      // A task is traced under one or both of these names, nested: each counted once.
      const tasks: TraceEvent[] = [];
      for (const e of [...list].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
        if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
        const outer = tasks.at(-1);
        if (outer === undefined || e.ts >= outer.ts + (outer.dur ?? 0)) tasks.push(e);
      }
      const busy = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0);
      // CPU time is what a busy machine changes least: the figure to compare builds by.
      const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
      totals.set(name, [...(totals.get(name) ?? []), cpu]);
      const summed = [...perKind(list)]
        .filter(([, us]) => us > 100)
        .map(([kind, us]) => `${kind} ${ms(us)}`)
        .join(', ');
      console.log(`  ${name}: ${tasks.length} tasks, busy ${ms(busy)}, CPU ${ms(cpu)}; ${summed}`);
      if (name.includes('Worker') && process.env.WORKER_PROFILE === '1') {
        const [pid, tid] = key.split(':').map(Number);
        const worker = workerProfile(events, pid ?? 0, tid ?? 0);
        if (worker !== undefined) selfTimes(worker, start, end);
      }
      for (const task of tasks) {
        if ((task.dur ?? 0) < 300) continue;
        const inner = list.filter(
          (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0),
        );
        const parts = [...perKind(inner)]
          .filter(([, us]) => us > 100)
          .map(([kind, us]) => `${kind} ${ms(us)}`)
          .join(', ');
        console.log(`    +${ms(task.ts - start)} task ${ms(task.dur ?? 0)}: ${parts}`);
        if (profile !== undefined && (task.dur ?? 0) > 3000) {
          selfTimes(profile, task.ts, task.ts + (task.dur ?? 0), 12);
        }
        for (const layout of inner.filter((e) => e.name === 'Layout' && (e.dur ?? 0) > 500)) {
          const data = layout.args?.beginData;
          console.log(
            `      layout ${ms(layout.dur ?? 0)}: ${data?.dirtyObjects} of ${data?.totalObjects} objects`,
          );
        }
      }
    }
  } finally {
    await context.close();
  }
}

const root = process.argv[2] ?? 'dist';
const sizes = (process.env.SIZES ?? '20,200').split(',').map(Number);
const browser = await launchChromium();
const server = await serveStatic(root);
const runs = Number(process.env.RUNS ?? 1);
try {
  for (const size of sizes) {
    totals.clear();
    for (let run = 0; run < runs; run += 1) await traceOnce(browser, `${server.url}en/`, size);
    for (const [name, values] of totals) {
      if (values.every((us) => us === 0)) continue;
      console.log(`${size} servers, ${name}: CPU median ${ms(median(values))} of ${runs} runs`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

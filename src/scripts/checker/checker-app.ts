// The checker island: wires fields, rows and buttons to the core. No checker logic lives here.
import { defaultLanguage, isLanguage } from '../../i18n/languages.ts';
import { act } from './checker-actions.ts';
import { adoptRow, prefillRows } from './checker-rows.ts';
import { createCheckerState } from './checker-state.ts';
import { openAllDetails } from './lazy-details.ts';
import { loadStrings } from './load-strings.ts';
import type { PendingInput } from './loader.ts';
import { refreshResults } from './refresh-results.ts';
import { renderResult } from './render-result.ts';
import { replayPending } from './replay-pending.ts';
import { createRunScheduler } from './run-scheduler.ts';
import { createTranslate } from './translate.ts';
import { trainParserWhenIdle, warmUpWhenIdle } from './warm-up.ts';

/** Starts the checker in `root`, then replays the button clicks that came before it was ready. */
export async function startChecker(root: HTMLElement, pending: PendingInput): Promise<void> {
  const langAttribute = root.dataset['lang'] ?? '';
  const lang = isLanguage(langAttribute) ? langAttribute : defaultLanguage;
  // Started first: the strings load over the network meanwhile, which leaves the browser idle.
  const stopWarmUp = new AbortController();
  const warmedUp = warmUpWhenIdle(stopWarmUp.signal);
  const strings = await loadStrings(lang);
  const t = createTranslate(lang, strings);
  // The same translator: the report renderers use its prefixed keys.
  const reportT = t;
  pending.close();
  // Runs only start once the state below exists: on an edit, a click or start-up's own run.
  const scheduler = createRunScheduler((isCurrent) => refreshResults(state, isCurrent));
  const state = createCheckerState(root, { lang, t, reportT, scheduler, stopWarmUp });

  for (const row of state.list.querySelectorAll<HTMLLIElement>('[data-server-row]')) {
    adoptRow(state, row);
  }
  // Printed results should show their checks and details, not closed disclosures.
  window.addEventListener('beforeprint', () => openAllDetails(root));
  root.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
    if (button !== null) void act(state, button);
  });

  prefillRows(state, window.location.search);
  await replayPending(state, pending);
  scheduler.start();
  await scheduler.run();
  // Rendering the warm-up's result where nobody sees it compiles the result renderer too.
  const warm = (await warmedUp)?.servers[0];
  if (warm !== undefined) renderResult(document.createElement('div'), warm, state.render);
  await trainParserWhenIdle(stopWarmUp.signal);
}

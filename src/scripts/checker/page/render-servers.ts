// Each server's verdict: its overview line (badge, FQDN linked to its result, the evidence in
// short, every failing reason) and its full result (verdict, same-CA evidence, every failing or
// warning check, the passing checks folded into one line, the certificate's details on demand);
// rows still waiting for a certificate get a line of their own. Built in slices: a thousand
// servers appear over several short tasks, and a result's disclosures are filled when opened.
import {
  commonName,
  type CheckReport,
  type CheckResult,
  type CheckStatus,
  type ServerResult,
} from '../../../lib/cert/index.ts';
import { checkLabel } from '../../../lib/report/index.ts';
import { el, required, setHidden } from './dom.ts';
import { detailsOf } from './render-details.ts';
import { certificatesOf, labelsAfterName } from './render-labels.ts';
import type { Slice } from './render-work.ts';
import type { CheckerState } from './state.ts';
import type { PageText, Translate } from './translate.ts';

const icons: Readonly<Record<CheckStatus, string>> = {
  pass: '✓',
  warn: '!',
  fail: '✗',
  'not-applicable': '–',
};

/** A verdict as icon plus word, so it is never told by colour alone. */
export function verdictBadge(status: CheckStatus, t: Translate): HTMLSpanElement {
  return el('span', { class: `verdict-badge verdict-${status}` }, [
    el('span', { 'aria-hidden': 'true' }, [icons[status]]),
    t(`verdict.${status}.word`),
  ]);
}

/** The id of a row's result element, which the overview links to. */
export const resultId = (row: number): string => `checker-result-${row}`;

/** One check of a result as a list item: badge, name (a request's own), message. */
function checkItem(check: CheckResult, result: ServerResult, s: PageText): HTMLLIElement {
  return el('li', { 'data-check-id': check.id, 'data-status': check.status }, [
    verdictBadge(check.status, s.t),
    ' ',
    el('strong', {}, [checkLabel(check.id, s.t, result.inputKind)]),
    ': ',
    ...s.message(check.message),
  ]);
}

const flaggedOf = (result: ServerResult): CheckResult[] =>
  result.checks.filter((check) => check.status !== 'pass');

/** One overview line, linking to the row's full result. */
export function overviewRow(row: number, result: ServerResult, s: PageText): HTMLLIElement {
  const { t } = s;
  const flagged = flaggedOf(result);
  return el(
    'li',
    { class: 'overview-row', 'data-overview-fqdn': result.fqdn, 'data-verdict': result.verdict },
    [
      el('p', { class: 'overview-head' }, [
        verdictBadge(result.verdict, t),
        ' ',
        el('a', { href: `#${resultId(row)}` }, [el('bdi', {}, [result.fqdn])]),
        ...labelsAfterName(result),
        ' ',
        el('span', { class: 'overview-evidence' }, [t(`evidence.${result.sameCa}.short`)]),
      ]),
      ...(flagged.length === 0
        ? []
        : [
            el(
              'ul',
              { class: 'overview-reasons' },
              flagged.map((check) =>
                el('li', { 'data-check-id': check.id, 'data-status': check.status }, [
                  el('strong', {}, [checkLabel(check.id, t, result.inputKind)]),
                  ': ',
                  ...s.message(check.message),
                ]),
              ),
            ),
          ]),
    ],
  );
}

/** The same-CA evidence in plain words, the CA's name isolated; a request says that it is one. */
function evidence(result: ServerResult, s: PageText): Node[] {
  if (result.inputKind === 'request') return s.say('evidence.not-applicable.text');
  const issuer = result.details.issuer;
  return s.say(`evidence.${result.sameCa}.text`, { ca: commonName(issuer) ?? issuer.text });
}

/** The full result of one row; the data attributes are the page contract. */
export function renderResult(row: number, result: ServerResult, s: PageText): HTMLElement {
  const { t } = s;
  const flagged = flaggedOf(result);
  const passing = result.checks.length - flagged.length;
  const parts: Node[] = [
    el('h4', { class: 'result-title' }, [
      verdictBadge(result.verdict, t),
      el('span', {}, [el('bdi', {}, [result.fqdn]), ...labelsAfterName(result)]),
    ]),
    el('p', { 'data-evidence': '' }, evidence(result, s)),
    ...certificatesOf(result, s),
  ];
  if (flagged.length > 0) {
    parts.push(
      el(
        'ul',
        { class: 'check-list' },
        flagged.map((check) => checkItem(check, result, s)),
      ),
    );
  }
  // Built when opened (see `fill`): with many servers, they are most of the results' DOM.
  if (passing > 0) {
    parts.push(
      el('details', { class: 'passing', 'data-opens': `${row}:passing` }, [
        el('summary', {}, [t('result.passing', { count: passing })]),
      ]),
    );
  }
  const title =
    result.inputKind === 'request' ? 'details.request.title' : 'details.certificate.title';
  parts.push(
    el('details', { class: 'certificate', 'data-opens': `${row}:certificate` }, [
      el('summary', {}, [t(title)]),
    ]),
  );
  return el(
    'article',
    {
      id: resultId(row),
      class: 'server-result',
      tabindex: '-1',
      'data-server-result': '',
      'data-fqdn': result.fqdn,
      'data-verdict': result.verdict,
      'data-same-ca': result.sameCa,
      'data-input-kind': result.inputKind ?? 'certificate',
    },
    parts,
  );
}

// The disclosures filled so far.
const filled = new WeakSet<HTMLDetailsElement>();

/** Fills a result's disclosure once: the passing checks, or the certificate's details. */
function fill(details: HTMLDetailsElement, result: ServerResult, s: PageText): void {
  if (filled.has(details)) return;
  filled.add(details);
  details.append(
    details.classList.contains('passing')
      ? el(
          'ul',
          { class: 'check-list' },
          result.checks
            .filter((check) => check.status === 'pass')
            .map((c) => checkItem(c, result, s)),
        )
      : detailsOf(result, s),
  );
}

/** The report that Copy and Download give: null until a reference and a server were usable. */
export function usableReport(outcome: CheckerState['outcome']): CheckReport | null {
  const report = outcome?.report ?? null;
  if (report === null || report.missingReference === true || report.referenceCas.length === 0) {
    return null;
  }
  return report.servers.length > 0 ? report : null;
}

// What an overview line and a full result cost to lay out, in a frame's budget (render-work.ts).
const lineCost = 1;
const resultCost = 2;

/**
 * The least height of an overview line in CSS pixels with the gap below it (46 and 8 at the
 * default text size, a little less here for smaller text): a window `innerHeight` pixels high
 * shows at most `innerHeight / lineMinPx` of them.
 */
export const lineMinPx = 48;

/** One line or result as shown: what it was built from, and its elements once built. */
interface Shown {
  readonly row: number;
  readonly from: ServerResult | string;
  line: HTMLLIElement | null;
  result: HTMLElement | null;
  /** Whether each of the result's disclosures was last rendered open. */
  readonly open: Map<string, boolean>;
}

/**
 * Keeps the overview and the results in step with the state's outcome, a slice at a time: every
 * overview line first, then the full results below them, so that a line added never moves the
 * results already laid out.
 */
export function createServersView(
  root: HTMLElement,
  s: PageText,
): (state: CheckerState, slice: Slice) => boolean {
  const overview = required(root, '[data-overview]', HTMLOListElement);
  const results = required(root, '[data-results]', HTMLElement);
  const shown = new Map<string, Shown>();
  // The report whose lines are shown; a new one first gets the lines a window can show.
  let answered: CheckReport | null = null;

  /** Puts `element` at `position` in `list`, touching the list only when it is elsewhere. */
  const place = (list: HTMLElement, element: HTMLElement, position: number): void => {
    if (list.children[position] !== element) {
      list.insertBefore(element, list.children[position] ?? null);
    }
  };

  return (state, slice) => {
    const report = usableReport(state.outcome);
    // Checked rows first, then rows with an FQDN still waiting for a certificate.
    const wanted = new Map<string, { row: number; from: ServerResult | string }>();
    for (const row of state.rows) {
      const result = report === null ? undefined : state.outcome?.results.get(row.id);
      if (result !== undefined) wanted.set(`result:${row.id}`, { row: row.id, from: result });
    }
    for (const row of state.rows) {
      const empty = row.field.text.trim() === '' && row.field.files.length === 0;
      if (row.fqdn !== '' && empty)
        wanted.set(`waiting:${row.id}`, { row: row.id, from: row.fqdn });
    }
    for (const [key, entry] of shown) {
      if (wanted.get(key)?.from === entry.from) continue;
      entry.line?.remove();
      entry.result?.remove();
      shown.delete(key);
    }
    const entries = [...wanted].map(([key, { row, from }]) => {
      let entry = shown.get(key);
      if (entry === undefined) {
        entry = { row, from, line: null, result: null, open: new Map() };
        shown.set(key, entry);
      }
      return entry;
    });
    setHidden(overview, entries.length === 0);
    // New verdicts: the summary and a window's worth of lines end this pass, so that the verdicts
    // in view show at once; the rest, out of view, follows in the next passes (design.md).
    const fresh = report !== answered && !state.printing;
    answered = report;
    let inView = fresh ? Math.ceil(window.innerHeight / lineMinPx) : Infinity;
    for (const [position, entry] of entries.entries()) {
      if (entry.line === null) {
        if (inView <= 0) slice.stop();
        if (slice.over()) return false;
        inView -= 1;
        slice.spend(lineCost);
        entry.line =
          typeof entry.from === 'string'
            ? el('li', { class: 'overview-row' }, [
                el('p', {}, s.say('server.pending.text', { fqdn: entry.from })),
              ])
            : overviewRow(entry.row, entry.from, s);
      }
      place(overview, entry.line, position);
    }
    let position = 0;
    for (const entry of entries) {
      if (typeof entry.from === 'string') continue;
      if (entry.result === null) {
        if (slice.over()) return false;
        slice.spend(resultCost);
        entry.result = renderResult(entry.row, entry.from, s);
      }
      place(results, entry.result, position);
      position += 1;
    }
    // Disclosures open in the state (every one, for printing) are filled and open, also in a
    // result that replaced the one a person opened them in.
    for (const entry of entries) {
      if (entry.result === null || typeof entry.from === 'string') continue;
      for (const part of ['passing', 'certificate']) {
        const key = `${entry.row}:${part}`;
        const open = state.printing || state.opened.has(key);
        if ((entry.open.get(part) ?? false) === open) continue;
        entry.open.set(part, open);
        const details = entry.result.querySelector<HTMLDetailsElement>(
          `details[data-opens="${key}"]`,
        );
        if (details === null) continue;
        if (open) fill(details, entry.from, s);
        details.open = open;
      }
    }
    return true;
  };
}

// Runbook links: `?server=FQDN` (repeatable) names the servers and `?at=YYYY-MM-DD` the day to
// check validity on; certificates never come from a URL. A link names at most
// `maxLinkedServers`: a link of thousands would build thousands of rows. "Copy link" writes the
// same parameters back, so that a copied link opens the page with the same rows and day.

/** Servers a link may name; the page says how many more it ignored. */
export const maxLinkedServers = 500;

/** What a runbook link asks for: its servers and day, and what of it could not be used. */
export interface RunbookLink {
  readonly fqdns: string[];
  readonly ignored: number;
  /** The day of `?at=`, when it is a calendar day (YYYY-MM-DD); else null. */
  readonly day: string | null;
  /** The `?at=` value as given when it is not a calendar day (the page says so); else null. */
  readonly badDay: string | null;
}

/** True for `YYYY-MM-DD` naming a day of the calendar (no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const start = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(start.getTime()) && start.toISOString().slice(0, 10) === value;
}

/** The servers and the day a link names: servers in order, blanks dropped, capped. */
export function linkedServers(search: string): RunbookLink {
  const params = new URLSearchParams(search);
  const named = params.getAll('server').filter((fqdn) => /\S/.test(fqdn));
  const at = params.get('at');
  const day = at !== null && isCalendarDay(at) ? at : null;
  return {
    fqdns: named.slice(0, maxLinkedServers),
    ignored: Math.max(0, named.length - maxLinkedServers),
    day,
    badDay: at === null || day !== null ? null : at,
  };
}

/** The link to `page` (no query, no fragment) with these servers and day, opened at the checker. */
export function runbookLink(page: string, fqdns: readonly string[], day: string): string {
  const params = new URLSearchParams();
  for (const fqdn of fqdns.slice(0, maxLinkedServers)) params.append('server', fqdn);
  if (isCalendarDay(day)) params.set('at', day);
  const query = params.toString();
  return `${page}${query === '' ? '' : `?${query}`}#checker`;
}

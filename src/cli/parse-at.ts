// `--at` accepts exactly what the contract says: an RFC 3339 date-time with Z or an offset, or
// a plain date (midnight UTC). A date-time without an offset is refused rather than guessed,
// because runbooks run on servers in many time zones.

/** The instant, or the key of the message explaining why the value is unusable. */
export type AtResult =
  | { readonly ok: true; readonly at: Date }
  | { readonly ok: false; readonly key: 'cli.error.at-no-offset' | 'cli.error.at-invalid' };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;

const invalid = { ok: false, key: 'cli.error.at-invalid' } as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an `--at` value. */
export function parseAt(value: string): AtResult {
  const date = datePattern.exec(value);
  if (date !== null) {
    const [year, month, day] = date.slice(1, 4).map(Number) as [number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid;
    return { ok: true, at: new Date(Date.UTC(year, month - 1, day)) };
  }
  const match = dateTimePattern.exec(value);
  if (match === null) return invalid;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fraction = match[7] ?? '';
  const zone = match[8];
  const fieldsValid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    // RFC 3339 allows second 60 for a leap second, but Date cannot hold one: it would silently
    // become the next minute, so it is refused like any other invalid time.
    second <= 59;
  if (!fieldsValid) return invalid;
  if (zone === undefined) return { ok: false, key: 'cli.error.at-no-offset' };
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMins = Number(zone.slice(4, 6));
    if (offsetHours > 23 || offsetMins > 59) return invalid;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = fraction === '' ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return { ok: true, at: new Date(utc - offsetMinutes * 60_000) };
}

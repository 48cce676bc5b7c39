// Numbers in running text (`{{count, number}}`): the language's digit grouping and decimal sign
// and at most three decimals, as Intl.NumberFormat writes them with its default options. A table
// rather than Intl, because the first Intl number format costs a one-server CLI check 10–20 ms of
// ICU start-up, and because a table writes the same text everywhere; a test compares it with Intl.
import type { Language } from './languages.ts';

/** How a language writes a number: CLDR's symbols and minimum grouping digits. */
interface NumberConventions {
  readonly group: string;
  readonly decimal: string;
  /** Digits the first group needs before any are grouped: Italian writes 3600 but 36.000. */
  readonly minimumGrouping: number;
}

const conventions: Readonly<Record<Language, NumberConventions>> = {
  en: { group: ',', decimal: '.', minimumGrouping: 1 },
  de: { group: '.', decimal: ',', minimumGrouping: 1 },
  it: { group: '.', decimal: ',', minimumGrouping: 2 },
};

const fractionDigits = 3;

/** The decimal digits of a finite |value| as ICU reads a double (shortest round trip). */
function decimalDigits(value: number): readonly [whole: string, fraction: string] {
  const text = String(Math.abs(value));
  const scientific = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (scientific === null) {
    const [whole = '0', fraction = ''] = text.split('.');
    return [whole, fraction];
  }
  const digits = `${scientific[1] ?? ''}${scientific[2] ?? ''}`;
  const point = 1 + Number(scientific[3]);
  if (point >= digits.length) return [digits.padEnd(point, '0'), ''];
  if (point <= 0) return ['0', `${'0'.repeat(-point)}${digits}`];
  return [digits.slice(0, point), digits.slice(point)];
}

/** Rounds to `fractionDigits` decimals, half away from zero (Intl's default), and drops zeros. */
function rounded([whole, fraction]: readonly [string, string]): readonly [string, string] {
  if (fraction.length <= fractionDigits) return [whole, fraction.replace(/0+$/, '')];
  const up = (fraction[fractionDigits] ?? '0') >= '5' ? 1n : 0n;
  const scaled = (BigInt(`${whole}${fraction.slice(0, fractionDigits)}`) + up)
    .toString()
    .padStart(fractionDigits + 1, '0');
  return [scaled.slice(0, -fractionDigits), scaled.slice(-fractionDigits).replace(/0+$/, '')];
}

/** Writes a number the way the language writes it in running text. */
export function formatNumber(lang: Language, value: number): string {
  const { group, decimal, minimumGrouping } = conventions[lang];
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [whole, fraction] = rounded(decimalDigits(value));
  const grouped =
    whole.length >= 3 + minimumGrouping ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  return `${sign}${grouped}${fraction === '' ? '' : `${decimal}${fraction}`}`;
}

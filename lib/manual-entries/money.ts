// Dollars as typed from a 7501 ("$1,234.56", "1234.5", "0.07") into integer cents, by string
// arithmetic: 0.07 * 100 is 7.000000000000001 in floating point, and a refund figure must not drift.

export type CentsResult = { ok: true; cents: number } | { ok: false; message: string };

// Up to 12 digits of dollars keeps cents well inside Number.MAX_SAFE_INTEGER.
const DOLLARS = /^\$?(\d{1,3}(?:,\d{3}){1,3}|\d{1,12})?(?:\.(\d*))?$/;

export function parseDollarsToCents(raw: string): CentsResult {
  const text = raw.trim().replace(/\s+/g, '');
  if (text === '') return { ok: false, message: 'Enter the IEEPA duty in dollars, for example 1234.56.' };
  if (text.startsWith('-') || text.startsWith('$-')) {
    return { ok: false, message: 'Enter the duty paid as a positive amount.' };
  }
  const match = DOLLARS.exec(text);
  const whole = match?.[1];
  const fraction = match?.[2];
  if (!match && /^\$?\d{13,}(\.\d*)?$/.test(text.replace(/,/g, ''))) {
    return { ok: false, message: 'That amount is too large: check it against the 7501.' };
  }
  if (!match || (whole === undefined && !fraction)) {
    return {
      ok: false,
      message: 'Enter dollars and cents with digits only, for example 1234.56 or $1,234.56.',
    };
  }
  if (fraction !== undefined && fraction.length > 2) {
    return { ok: false, message: `Cents have two digits at most: check "${raw.trim()}" against the 7501.` };
  }
  const dollars = Number((whole ?? '0').replace(/,/g, ''));
  const cents = Number((fraction ?? '').padEnd(2, '0'));
  return { ok: true, cents: dollars * 100 + cents };
}

/** Integer cents as the dollars a user typed: 123456 -> '1234.56'. */
export function centsToDollars(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

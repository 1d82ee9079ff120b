// Cell values of ACE report exports -> typed values: money to integer cents, dates to calendar
// dates. Both run once per row on the hot path, so money is a single char scan (digits are
// accumulated as integers, never multiplied as floats: 0.29 * 100 is 28.999999999999996) and dates
// go through a small cache keyed by the raw text (a 1M-line ES-003 has a few hundred distinct dates).
import { daysInMonth, fromDayNumber } from '../deadlines/calendar-date';
import type { CalendarDate } from './model';

const CH_0 = 48;
const CH_9 = 57;
const CH_DOT = 46;
const CH_COMMA = 44;
const CH_MINUS = 45;
const CH_PLUS = 43;
const CH_DOLLAR = 36;
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_SPACE = 32;
const CH_TAB = 9;
const CH_NBSP = 160;
const CH_E = 69;
const CH_e = 101;

/**
 * Parses an amount of money to integer cents, or null when the text is not an amount.
 * Accepts `$1,234.56`, `1234.5`, `-5`, `(12.00)` (negative), `5.00-` (trailing sign), `-$5`,
 * `1.5E+3` (spreadsheet exponent form), blanks and `FREE` (both 0), and the decimal comma of files
 * re-saved in a European locale (`12,50`, `1.234,56`; a lone `1,234` stays one thousand two hundred
 * thirty-four). More than two decimals are rounded half away from zero (`0.30000000000000004` -> 30).
 */
export function parseMoneyCents(raw: string | undefined): number | null {
  if (raw === undefined) return 0;
  const len = raw.length;
  let negative = false;
  let paren = false;
  let sawSign = false;
  let closed = false;
  let digits = 0;
  // Digits before the last separator seen (`whole`), and after it (`tail`: first 3 digits kept).
  let whole = 0;
  let tail = 0;
  let tailDigits = 0;
  let roundUp = false;
  let lastSep = 0; // 0 none, else CH_DOT or CH_COMMA
  let dots = 0;
  let commas = 0;

  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (c >= CH_0 && c <= CH_9) {
      if (closed) return null;
      digits++;
      if (lastSep === 0) whole = whole * 10 + (c - CH_0);
      else {
        tailDigits++;
        if (tailDigits <= 2) tail = tail * 10 + (c - CH_0);
        else if (tailDigits === 3) {
          roundUp = c >= 53;
          tail = tail * 10 + (c - CH_0);
        }
      }
      continue;
    }
    switch (c) {
      case CH_COMMA:
      case CH_DOT:
        if (closed) return null;
        if (lastSep !== 0) {
          // The previous separator grouped thousands: exactly three digits since it.
          if (tailDigits !== 3) return null;
          whole = whole * 1000 + tail;
        } else if (digits === 0 && c === CH_COMMA) return null;
        tail = 0;
        tailDigits = 0;
        roundUp = false;
        lastSep = c;
        if (c === CH_DOT) dots++;
        else commas++;
        break;
      case CH_SPACE:
      case CH_TAB:
      case CH_NBSP:
      case CH_DOLLAR:
        break;
      case CH_MINUS:
      case CH_PLUS:
        if (sawSign || closed || (digits > 0 && i !== len - 1)) return null;
        sawSign = true;
        negative = c === CH_MINUS;
        if (digits > 0) closed = true;
        break;
      case CH_LPAREN:
        if (paren || digits > 0 || sawSign) return null;
        paren = true;
        break;
      case CH_RPAREN:
        if (!paren || closed || digits === 0) return null;
        closed = true;
        break;
      case CH_E:
      case CH_e:
        return digits === 0 ? null : parseExponentCents(raw);
      default:
        return digits === 0 && isFreeOrNone(raw) ? 0 : null;
    }
  }
  if (paren && !closed) return null;
  if (digits === 0) {
    // Only spaces: blank counts as 0; a lone sign, `$` or separator is not an amount.
    return sawSign || paren || lastSep !== 0 || raw.indexOf('$') >= 0 ? null : 0;
  }
  let cents: number;
  // Is the last separator the decimal point? A dot is, unless dots also grouped thousands
  // (`1.234.567`); a comma is when dots came before it (`1.234,56`) or it is the only separator
  // and one or two digits follow (`12,50`).
  const decimal =
    lastSep === CH_DOT ? dots === 1 : lastSep === CH_COMMA && (dots > 0 || (commas === 1 && tailDigits <= 2));
  if (lastSep === 0) cents = whole * 100;
  else if (decimal) {
    if (tailDigits === 0) cents = whole * 100;
    else if (tailDigits === 1) cents = whole * 100 + tail * 10;
    else if (tailDigits === 2) cents = whole * 100 + tail;
    else cents = whole * 100 + Math.floor(tail / 10) + (roundUp ? 1 : 0);
  } else {
    if (tailDigits !== 3) return null;
    cents = (whole * 1000 + tail) * 100;
  }
  if (!Number.isSafeInteger(cents)) return null;
  return negative || paren ? -cents : cents;
}

function isFreeOrNone(raw: string): boolean {
  const t = raw.trim().toUpperCase();
  return t === 'FREE' || t === 'N/A' || t === 'NA' || t === 'NONE' || t === '-';
}

const EXPONENT_FORM = /^\s*([+-]?)(\d+)(?:\.(\d*))?[eE]([+-]?\d{1,3})\s*$/;

/** `1.5E+3` and `4.2e-7`, as spreadsheets write long or tiny numbers: shift the decimal point in text. */
function parseExponentCents(raw: string): number | null {
  const m = EXPONENT_FORM.exec(raw);
  if (!m) return null;
  const digits = (m[2] ?? '') + (m[3] ?? '');
  // Position of the decimal point in `digits` after applying the exponent, plus 2 for cents.
  const point = (m[2] ?? '').length + Number(m[4]) + 2;
  let whole: string;
  let next: string;
  if (point <= 0) {
    whole = '0';
    next = point === 0 ? (digits[0] ?? '0') : '0';
  } else if (point >= digits.length) {
    whole = digits + '0'.repeat(point - digits.length);
    next = '0';
  } else {
    whole = digits.slice(0, point);
    next = digits[point] ?? '0';
  }
  let cents = Number(whole) + (next >= '5' ? 1 : 0);
  if (!Number.isSafeInteger(cents)) return null;
  if (m[1] === '-') cents = -cents;
  return cents;
}

/** Formats integer cents as `$1,234.56` / `-$12.00` for people (never parsed back). */
export function formatDollars(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}$${whole}.${frac}`;
}

// --- dates ---------------------------------------------------------------------------------------

const US_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,5}(?:\.\d+)?$/;

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (serials below 61 are before the fake 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25569;
/** Serials we accept as dates: 1982-01-01 .. 2099-12-31. Outside that a bare number is not a date here. */
const SERIAL_MIN = 29952;
const SERIAL_MAX = 73050;

function civil(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Parses a report date to `YYYY-MM-DD`, or null when it is not a date. Accepts `MM/DD/YYYY`,
 * `M/D/YY` (years 00-69 -> 20xx), `YYYY-MM-DD`, `YYYYMMDD`, Excel serials (`45678`, `45678.5`) and
 * any of these followed by a time (`01/15/2025 00:00:00`, `2025-01-15T00:00:00`). Blank -> null.
 */
export function parseReportDate(raw: string | undefined): CalendarDate | null {
  if (raw === undefined) return null;
  let t = raw.trim();
  if (t === '') return null;
  const cut = t.search(/[ T]/);
  if (cut > 0) t = t.slice(0, cut);
  let m = US_DATE.exec(t);
  if (m) {
    let year = Number(m[3]);
    if ((m[3] ?? '').length === 2) year += year < 70 ? 2000 : 1900;
    return civil(year, Number(m[1]), Number(m[2]));
  }
  m = ISO_DATE.exec(t) ?? COMPACT_DATE.exec(t);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
    return fromDayNumber(serial - EXCEL_EPOCH_OFFSET);
  }
  return null;
}

/** Sentinel in the cache for "blank"; distinct from null ("not a date"). */
export const BLANK = '';

/**
 * A per-analysis date cache: `parse(raw)` returns the date, `null` when the text is not a date,
 * or `BLANK` ('') when the cell is empty. Bounded so a pathological file cannot grow it forever.
 */
export function createDateParser(maxEntries = 50_000): (raw: string | undefined) => CalendarDate | null {
  const cache = new Map<string, CalendarDate | null>();
  return (raw) => {
    if (raw === undefined || raw === '') return BLANK;
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const blank = raw.trim() === '';
    const value = blank ? BLANK : parseReportDate(raw);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(raw, value);
    return value;
  };
}

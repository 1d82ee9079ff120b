// Cell values of ACE report exports -> typed values: money to integer cents, dates to calendar
// dates. Both run once per row on the hot path, so money is a single char scan (digits are
// accumulated as integers, never multiplied as floats: 0.29 * 100 is 28.999999999999996) and dates
// go through a small cache keyed by the raw text (a 1M-line ES-003 has a few hundred distinct dates).
import { daysInMonth, fromDayNumber } from '../deadlines/calendar-date';
import { isEmptyValue, readLiquidationStatus } from '../deadlines/status-vocabulary';
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
 * Most digits before the decimal point an amount may have (just under $10 trillion): sums of such
 * amounts in cents stay exact integers (2^53 is about 9e15 cents). Longer is an error, not a number.
 */
export const MAX_WHOLE_DIGITS = 13;
const MAX_WHOLE = 10 ** MAX_WHOLE_DIGITS;

/**
 * Parses an amount of money to integer cents, or null when the text is not an amount.
 * Accepts `$1,234.56`, `1234.5`, `-5`, `(12.00)` (negative), `5.00-` (trailing sign), `-$5`,
 * `1.5E+3` (spreadsheet exponent form), blanks and `FREE` (both 0), and the decimal comma of files
 * re-saved in a European locale (`12,50`, `1.234,56`; a lone `1,234` stays one thousand two hundred
 * thirty-four). More than two decimals are rounded half away from zero (`0.30000000000000004` -> 30).
 * Thousands groups must be well formed: the first group 1-3 digits not starting with 0, the others
 * exactly 3 (`1234,567` and `0,125` are not amounts). More than MAX_WHOLE_DIGITS whole digits: null.
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
  /** Digits before the first separator, and whether the first digit is 0 (thousands groups check). */
  let firstGroup = 0;
  let leadZero = false;

  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (c >= CH_0 && c <= CH_9) {
      if (closed) return null;
      if (digits === 0) leadZero = c === CH_0;
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
          if (tailDigits !== 3 || !groupedWell(firstGroup, leadZero)) return null;
          whole = whole * 1000 + tail;
        } else {
          if (digits === 0 && c === CH_COMMA) return null;
          firstGroup = digits;
        }
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
    if (tailDigits !== 3 || !groupedWell(firstGroup, leadZero)) return null;
    cents = (whole * 1000 + tail) * 100;
  }
  if (!(cents < MAX_WHOLE * 100)) return null;
  return negative || paren ? -cents : cents;
}

/** A thousands-grouped number's first group: 1-3 digits, not starting with 0 (`0,125` is no grouping). */
function groupedWell(firstGroup: number, leadZero: boolean): boolean {
  return firstGroup >= 1 && firstGroup <= 3 && !leadZero;
}

/**
 * True when `raw` looks like an amount with more than MAX_WHOLE_DIGITS digits before its decimal
 * point: the reason parseMoneyCents gave null, for a message that says so. Only called on failures.
 */
export function isOverlongAmount(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const point = raw.indexOf('.');
  const whole = point >= 0 ? raw.slice(0, point) : raw;
  let digits = 0;
  for (let i = 0; i < whole.length; i++) {
    const c = whole.charCodeAt(i);
    if (c >= CH_0 && c <= CH_9 && (digits > 0 || c !== CH_0)) digits++;
  }
  return digits > MAX_WHOLE_DIGITS;
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
  if (!(cents < MAX_WHOLE * 100)) return null;
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
/** `09-Jan-2026`, `9 JAN 26`, `09-Jan-2026 00:00:00` (Oracle / BusinessObjects style). */
const DAY_MONTH_YEAR = /^(\d{1,2})[-\s./]([A-Za-z]{3,9})\.?[-\s./]+(\d{4}|\d{2})(?:[\sT].*)?$/;
/** `Jan 9, 2026`, `January 9 2026`, `Sept. 9, 2025 12:00 AM`. */
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[\sT,].*)?$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (serials below 61 are before the fake 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25569;
/** A 1904-system serial (Mac workbooks with `date1904`) is this many days less than the 1900 one. */
const DATE1904_SHIFT = 1462;
/** Serials we accept as dates: 1982-01-01 .. 2099-12-31. Outside that a bare number is not a date here. */
const SERIAL_MIN = 29952;
const SERIAL_MAX = 73050;

function civil(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 1-12 for a month name or its 3-letter abbreviation (`Sept` too), any case; 0 otherwise. */
function monthNumber(word: string): number {
  const w = word.toLowerCase();
  for (let m = 0; m < 12; m++) {
    const name = MONTH_NAMES[m] as string;
    if (w === name || w === name.slice(0, 3) || (m === 8 && w === 'sept')) return m + 1;
  }
  return 0;
}

function twoDigitYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? year + (year < 70 ? 2000 : 1900) : year;
}

/**
 * Parses a report date to `YYYY-MM-DD`, or null when it is not a date. Accepts `MM/DD/YYYY`,
 * `M/D/YY` (years 00-69 -> 20xx), `YYYY-MM-DD`, `YYYYMMDD`, `DD-MMM-YYYY` (`09-Jan-2026`),
 * `Mon D, YYYY` / `Month D, YYYY` (`Jan 9, 2026`), Excel serials (`45678`, `45678.5`; in the 1904
 * date system when `date1904`) and any of these followed by a time (`01/15/2025 00:00:00`,
 * `2025-01-15T00:00:00`). Blank -> null.
 */
export function parseReportDate(raw: string | undefined, date1904 = false): CalendarDate | null {
  if (raw === undefined) return null;
  let t = raw.trim();
  if (t === '') return null;
  // Month names first: the time cut below would split `Jan 9, 2026` (and `10-OCT-2025` at its T).
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month === 0 ? null : civil(twoDigitYear(m[3] ?? ''), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === 0 ? null : civil(Number(m[3]), month, Number(m[2]));
  }
  const cut = t.search(/[ T]/);
  if (cut > 0) t = t.slice(0, cut);
  m = US_DATE.exec(t);
  if (m) return civil(twoDigitYear(m[3] ?? ''), Number(m[1]), Number(m[2]));
  m = ISO_DATE.exec(t) ?? COMPACT_DATE.exec(t);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(t)) {
    const serial = Math.floor(Number(t)) + (date1904 ? DATE1904_SHIFT : 0);
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
 * `date1904`: bare serials are in the 1904 date system (an XLSX workbook with that flag).
 */
/**
 * "No date yet" as exports write it: blank, "N/A", "None", "-", "0", "00/00/0000", "Pending",
 * "Unliquidated". Read as no date, not as a wrong one: an unliquidated entry must not be flagged
 * (and left out of CAPE files) for how an export writes an empty liquidation date.
 */
function isDatePlaceholder(raw: string): boolean {
  return (
    isEmptyValue(raw) ||
    /^[\s0\W_]*$/.test(raw) ||
    /^\s*(pending|tbd|tba|unknown)\s*$/i.test(raw) ||
    readLiquidationStatus(raw) === 'unliquidated'
  );
}

export function createDateParser(
  maxEntries = 50_000,
  date1904 = false,
): (raw: string | undefined) => CalendarDate | null {
  const cache = new Map<string, CalendarDate | null>();
  return (raw) => {
    if (raw === undefined || raw === '') return BLANK;
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const value = isDatePlaceholder(raw) ? BLANK : parseReportDate(raw, date1904);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(raw, value);
    return value;
  };
}

// Deadline reminders as an iCalendar file (RFC 5545) a user imports into Outlook or Google Calendar.
//
// One all-day event per (last day, action), listing every entry due that day. The UID is the action,
// the date and a hash of the set of entry numbers the event covers: re-exporting the same analysis
// keeps its UIDs, and a file for other entries never replaces these events. The calendar name is not
// part of it: the analyzer gives every file the same name, and importing client B's file used to
// overwrite client A's events. A newer analysis whose set of entries for a day changed adds a new
// event next to the old one: a stale duplicate is safe, a lost deadline is not. A calendar with a
// lasting identity (a portfolio) passes `uidScope` instead, so its events update in place.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
import { addDays, type CalendarDate } from '../../deadlines/calendar-date';
import type { EntryList } from '../entry-table';

export type IcsOptions = {
  calendarName: string;
  /** ISO-8601 instant used for DTSTAMP; the current time when omitted (inject it in tests). */
  now?: string;
  /**
   * A lasting identity of what the calendar tracks (a portfolio): UIDs then hash it instead of the
   * entries, so a newer export updates the same events when entries were added. Omit it for a
   * one-off analysis.
   */
  uidScope?: string;
  /** Right-hand side of every UID; 'ace-assist' by default. */
  uidDomain?: string;
  /** Adds a display alarm this many days before each last day. */
  alarmDaysBefore?: number;
};

type ActionKind = 'cape' | 'protest';

const ACTIONS: Record<ActionKind, { label: string; what: string }> = {
  cape: { label: 'CAPE declaration', what: 'file a CAPE declaration (ACE Portal > CAPE)' },
  protest: { label: 'Protest', what: 'file a protest (ACE Protest module or CBP Form 19)' },
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 TEXT escaping; other control characters are not allowed in TEXT and are dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: RFC 5545 TEXT forbids these; removing them is the point.
      .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line into CRLF + space continuations of at most 75 octets each. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (date: CalendarDate) => date.replace(/-/g, '');

function dtstamp(now: string | undefined): string {
  const instant = now === undefined ? new Date() : new Date(now);
  if (Number.isNaN(instant.getTime()))
    throw new RangeError(`Not an ISO-8601 instant: ${JSON.stringify(now)}`);
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * FNV-1a, 64 bit: a stable tag of an event's entry numbers for its UID (not security-relevant; 64
 * bits so two sets of entries practically never share a tag). Computed as two 32-bit halves.
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, prime 0x100000001b3 = 2^40 + 0x1b3
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of new TextEncoder().encode(text)) {
    lo = (lo ^ byte) >>> 0;
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64
    const loProduct = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(loProduct / 0x100000000);
    const newHi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
    lo = loProduct >>> 0;
    hi = newHi;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

type Deadline = { date: CalendarDate; action: ActionKind; entryNumbers: Set<string> };

/** Deadlines still ahead as of the analysis: CAPE for cape-window entries, protest for both windows. */
function collectDeadlines(entries: EntryList): Deadline[] {
  const byKey = new Map<string, Deadline>();
  const add = (date: CalendarDate | null, action: ActionKind, entryNumber: string) => {
    if (date === null) return;
    const key = `${date}|${action}`;
    const deadline = byKey.get(key) ?? { date, action, entryNumbers: new Set<string>() };
    deadline.entryNumbers.add(entryNumber);
    byKey.set(key, deadline);
  };
  for (const entry of entries) {
    if (entry.status === 'cape-window') add(entry.capeLastDay, 'cape', entry.entryNumber);
    if (entry.status === 'cape-window' || entry.status === 'protest-window') {
      add(entry.protestLastDay, 'protest', entry.entryNumber);
    }
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.action.localeCompare(b.action));
}

/** UID of a deadline event: the same action, day and scope (or set of entries) give the same UID. */
function eventUid(deadline: Deadline, numbers: readonly string[], options: IcsOptions): string {
  const tag =
    options.uidScope === undefined ? fnv1a64(numbers.join(',')) : fnv1a64(`scope:${options.uidScope}`);
  return `${deadline.action}-${basicDate(deadline.date)}-${tag}@${options.uidDomain ?? 'ace-assist'}`;
}

function eventLines(deadline: Deadline, options: IcsOptions, stamp: string): string[] {
  const { label, what } = ACTIONS[deadline.action];
  const numbers = [...deadline.entryNumbers].sort();
  const count = `${numbers.length} ${numbers.length === 1 ? 'entry' : 'entries'}`;
  const summary = `Last day: ${label} (${count})`;
  const description =
    `Last calendar day to ${what} for these entries, counted from the ACE liquidation date ` +
    `(estimate; not legal advice). Check the dates in ACE before filing.\n\n${count}: ${numbers.join(', ')}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${eventUid(deadline, numbers, options)}`,
    // 0 is the default (RFC 5545 §3.8.7.4); written out so a client that compares sequences has one.
    'SEQUENCE:0',
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(deadline.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(deadline.date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
  ];
  const days = options.alarmDaysBefore;
  if (days !== undefined && Number.isInteger(days) && days >= 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-P${days}D`,
      `DESCRIPTION:${escapeText(summary)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export function buildIcs(entries: EntryList, options: IcsOptions): string {
  const stamp = dtstamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ACE Assist//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...collectDeadlines(entries).flatMap((deadline) => eventLines(deadline, options, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

// Deadline reminders as an iCalendar file (RFC 5545) a user imports into Outlook or Google Calendar.
//
// One all-day event per (last day, action), listing every entry due that day. UIDs depend only on
// the date, the action and the calendar name, so importing a newer analysis updates the same events
// instead of adding duplicates. Lines end in CRLF and are folded at 75 octets without splitting a
// UTF-8 character (RFC 5545 §3.1).
import { addDays, type CalendarDate } from '../../deadlines/calendar-date';
import type { EntryList } from '../entry-table';

export type IcsOptions = {
  calendarName: string;
  /** ISO-8601 instant used for DTSTAMP; the current time when omitted (inject it in tests). */
  now?: string;
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

/** FNV-1a, 32 bit: a short stable tag of the calendar name for UIDs (not security-relevant). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
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

function eventLines(deadline: Deadline, options: IcsOptions, stamp: string, calendarTag: string): string[] {
  const { label, what } = ACTIONS[deadline.action];
  const numbers = [...deadline.entryNumbers].sort();
  const count = `${numbers.length} ${numbers.length === 1 ? 'entry' : 'entries'}`;
  const summary = `Last day: ${label} (${count})`;
  const description =
    `Last calendar day to ${what} for these entries, counted from the ACE liquidation date ` +
    `(estimate; not legal advice). Check the dates in ACE before filing.\n\n${count}: ${numbers.join(', ')}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${deadline.action}-${basicDate(deadline.date)}-${calendarTag}@${options.uidDomain ?? 'ace-assist'}`,
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
  const calendarTag = fnv1a(options.calendarName);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ACE Assist//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...collectDeadlines(entries).flatMap((deadline) => eventLines(deadline, options, stamp, calendarTag)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

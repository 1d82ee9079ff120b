import { describe, expect, it } from 'vitest';
import { analyzedEntry } from './entry.fixture';
import { buildIcs, escapeText, fnv1a64, foldLine } from './ics';

const NOW = '2026-03-02T15:04:05.678Z';

/** Physical lines of the file, checked byte by byte: each one must be valid UTF-8 of at most 75 octets. */
function physicalLines(ics: string): string[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      lines.push(decoder.decode(line)); // throws if a character was split
      start = i + 2;
      i++;
    }
  }
  expect(start).toBe(bytes.length); // the file ends with CRLF, no bare LF anywhere
  return lines;
}

type Property = { name: string; params: string; value: string };

/** Unfolds and splits content lines into properties (values with ':' inside are kept whole). */
function parseIcs(ics: string): Property[] {
  physicalLines(ics);
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return { name, params: params.join(';'), value: line.slice(colon + 1) };
    });
}

function events(ics: string): Record<string, string>[] {
  const result: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  let depth = 0;
  for (const { name, params, value } of parseIcs(ics)) {
    if (name === 'BEGIN' && value === 'VEVENT') current = {};
    else if (name === 'END' && value === 'VEVENT' && current) {
      result.push(current);
      current = null;
    } else if (name === 'BEGIN' && current)
      depth++; // a VALARM inside the event
    else if (name === 'END' && current && depth > 0) depth--;
    else if (current && depth === 0) current[params ? `${name};${params}` : name] = value;
    else if (current) current[`VALARM.${name}`] = value;
  }
  return result;
}

const unescapeText = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('escapeText', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line1\r\nline2\nline3\rline4', 'line1\\nline2\\nline3\\nline4'],
    ['bell\u0007 tab\t', 'bell tab\t'],
  ])('%j -> %j', (text, expected) => expect(escapeText(text)).toBe(expected));
});

describe('foldLine', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it.each([
    ['2-byte', 'é'],
    ['3-byte', '€'],
    ['4-byte (surrogate pair)', '😀'],
  ])('never splits a %s character and round-trips', (_, char) => {
    for (let prefix = 0; prefix < 8; prefix++) {
      const line = `DESCRIPTION:${'a'.repeat(prefix)}${char.repeat(60)}`;
      const folded = foldLine(line);
      expect(physicalLines(`${folded}\r\n`).length).toBeGreaterThan(1);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
  });
});

describe('buildIcs', () => {
  const entries = [
    analyzedEntry({ entryNumber: 'ABC12345676' }), // cape-window, liquidated 2026-01-30
    analyzedEntry({ entryNumber: 'ABC00000011' }), // same days
    analyzedEntry({
      entryNumber: 'XYZ00000022',
      status: 'protest-window',
      capeLastDay: '2026-02-09',
      protestLastDay: '2026-05-20',
    }),
    analyzedEntry({ entryNumber: 'FIN00000033', status: 'final', protestLastDay: '2025-01-01' }),
    analyzedEntry({
      entryNumber: 'UNL00000044',
      status: 'unliquidated',
      capeLastDay: null,
      protestLastDay: null,
    }),
    analyzedEntry({ entryNumber: 'PRO00000055', status: 'protested' }),
  ];

  it('writes a valid calendar with CRLF lines, folded at 75 octets', () => {
    const ics = buildIcs(entries, { calendarName: 'Acme, IEEPA deadlines', now: NOW });
    const props = parseIcs(ics);
    expect(props[0]).toEqual({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(props.at(-1)).toEqual({ name: 'END', params: '', value: 'VCALENDAR' });
    expect(props).toContainEqual({ name: 'VERSION', params: '', value: '2.0' });
    expect(props).toContainEqual({ name: 'X-WR-CALNAME', params: '', value: 'Acme\\, IEEPA deadlines' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('makes one all-day event per (last day, action) for open windows only', () => {
    const list = events(buildIcs(entries, { calendarName: 'Acme', now: NOW }));
    expect(list.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.SUMMARY])).toEqual([
      ['20260420', '20260421', 'Last day: CAPE declaration (2 entries)'],
      ['20260520', '20260521', 'Last day: Protest (1 entry)'],
      ['20260729', '20260730', 'Last day: Protest (2 entries)'],
    ]);
    const cape = list[0] ?? {};
    expect(cape.DTSTAMP).toBe('20260302T150405Z');
    const description = unescapeText(cape.DESCRIPTION ?? '');
    expect(description).toContain('estimate; not legal advice');
    expect(description).toContain('2 entries: ABC00000011, ABC12345676');
    expect(description).not.toContain('FIN00000033');
  });

  it('derives stable UIDs from action, date and the set of entries covered', () => {
    const uids = (list = entries, name = 'Acme', now = NOW) =>
      events(buildIcs(list, { calendarName: name, now })).map((e) => e.UID);
    const first = uids();
    expect(new Set(first).size).toBe(3);
    expect(first[0]).toMatch(/^cape-20260420-[0-9a-f]{16}@ace-assist$/);
    // The same analysis re-exported later, in another order or under another calendar name: same UIDs.
    expect(uids([...entries].reverse(), 'Other name', '2026-04-01T00:00:00Z')).toEqual(first);
    expect(
      events(buildIcs(entries, { calendarName: 'Acme', now: NOW, uidDomain: 'example.com' }))[0]?.UID,
    ).toMatch(/@example\.com$/);
    expect(events(buildIcs(entries, { calendarName: 'Acme', now: NOW }))[0]?.SEQUENCE).toBe('0');
  });

  it("never gives two analyses' events the same UID (client B's file must not replace client A's)", () => {
    // The analyzer names every file 'ACE Assist deadlines': same name, same last days, other entries.
    const name = 'ACE Assist deadlines';
    const clientA = events(
      buildIcs([analyzedEntry({ entryNumber: 'ABC12345676' })], { calendarName: name, now: NOW }),
    );
    const clientB = events(
      buildIcs([analyzedEntry({ entryNumber: 'XYZ00000019' })], { calendarName: name, now: NOW }),
    );
    expect(clientA.map((e) => e['DTSTART;VALUE=DATE'])).toEqual(clientB.map((e) => e['DTSTART;VALUE=DATE']));
    for (const uid of clientA.map((e) => e.UID)) expect(clientB.map((e) => e.UID)).not.toContain(uid);
    // A file covering more entries on the same day is another event too, never a replacement.
    const both = events(
      buildIcs(
        [analyzedEntry({ entryNumber: 'ABC12345676' }), analyzedEntry({ entryNumber: 'XYZ00000019' })],
        {
          calendarName: name,
          now: NOW,
        },
      ),
    );
    expect(both.map((e) => e.UID).filter((uid) => clientA.some((a) => a.UID === uid))).toEqual([]);
  });

  it('with a uidScope (a portfolio), keeps UIDs when entries are added to a last day', () => {
    const uids = (list: typeof entries, uidScope: string) =>
      events(buildIcs(list, { calendarName: 'Acme', now: NOW, uidScope })).map((e) => e.UID);
    const first = uids(entries.slice(0, 1), 'portfolio-1');
    expect(uids(entries.slice(0, 2), 'portfolio-1')).toEqual(first);
    expect(uids(entries.slice(0, 1), 'portfolio-2')).not.toEqual(first);
  });

  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j with 64-bit FNV-1a to %s', (text, expected) => expect(fnv1a64(text)).toBe(expected));

  it('adds an optional display alarm', () => {
    const [event] = events(
      buildIcs(entries.slice(0, 1), { calendarName: 'Acme', now: NOW, alarmDaysBefore: 7 }),
    );
    expect(event?.['VALARM.TRIGGER']).toBe('-P7D');
    expect(event?.['VALARM.ACTION']).toBe('DISPLAY');
  });

  it('folds long descriptions with multi-byte text without splitting characters', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      analyzedEntry({ entryNumber: `ABC${String(i).padStart(8, '0')}` }),
    );
    const ics = buildIcs(many, { calendarName: 'Zölle für Müller GmbH — 関税 😀', now: NOW });
    const lines = physicalLines(ics);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const description = unescapeText(events(ics)[0]?.DESCRIPTION ?? '');
    expect(description).toContain('300 entries: ABC00000000, ABC00000001');
    expect(description).toContain('ABC00000299');
    expect(parseIcs(ics)).toContainEqual({
      name: 'NAME',
      params: '',
      value: 'Zölle für Müller GmbH — 関税 😀',
    });
  });

  it('writes an empty calendar when nothing is due', () => {
    expect(events(buildIcs([], { calendarName: 'Acme', now: NOW }))).toEqual([]);
  });

  it('rejects an invalid DTSTAMP instant', () => {
    expect(() => buildIcs([], { calendarName: 'Acme', now: 'yesterday' })).toThrow(RangeError);
  });
});

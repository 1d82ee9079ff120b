import { describe, expect, it } from 'vitest';
import { portfolioCalendar, portfolioCalendarFileName } from './calendar';
import { entryInputSchema, toPortfolioEntry } from './entries';
import { mergeEntries } from './merge';
import { row } from './test-helpers';

const ASOF = '2026-11-20';
const NOW = '2026-11-20T12:00:00Z';
const stored = (rows: ReturnType<typeof row>[]) =>
  rows.map((r) => toPortfolioEntry(entryInputSchema.parse(r), ASOF));
const uids = (text: string) => text.match(/^UID:.*$/gm) ?? [];

describe('portfolio calendar', () => {
  it('has one all-day event per last day and action, named after the portfolio', () => {
    const { text, fileName } = portfolioCalendar(
      {
        name: 'Acme Imports',
        entries: stored([row('E1', '2026-11-06'), row('E2', '2026-11-06'), row('E3', null)]),
      },
      ASOF,
      NOW,
    );
    expect(fileName).toBe('ace-assist-deadlines-acme-imports.ics');
    expect(text).toContain('X-WR-CALNAME:Acme Imports');
    expect(uids(text)).toHaveLength(2);
    expect(text).toContain('DTSTART;VALUE=DATE:20270125');
    expect(text).toContain('DTSTART;VALUE=DATE:20270505');
    expect(text).toContain('E1\\, E2');
  });

  it('keeps UIDs stable when a newer import adds entries to the same last day', () => {
    const before = stored([row('E1', '2026-11-06')]);
    const after = mergeEntries(before, stored([row('E2', '2026-11-06')]), ASOF).entries;
    const a = portfolioCalendar({ name: 'Acme', entries: before }, ASOF, NOW).text;
    const b = portfolioCalendar({ name: 'Acme', entries: after }, ASOF, '2026-11-21T08:00:00Z').text;
    expect(uids(b)).toEqual(uids(a));
    expect(uids(portfolioCalendar({ name: 'Other', entries: before }, ASOF, NOW).text)).not.toEqual(uids(a));
  });

  it('makes a safe file name from any portfolio name', () => {
    expect(portfolioCalendarFileName('Déjà / Vu: Imports')).toBe('ace-assist-deadlines-deja-vu-imports.ics');
    expect(portfolioCalendarFileName('///')).toBe('ace-assist-deadlines-portfolio.ics');
  });
});
